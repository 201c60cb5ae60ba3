// The public face of the text toolkit: pure functions, no database, no network.
export { analyseStory } from './analyse.js';
export type { AnalysisResult } from './analyse.js';
export { findPii, redact } from './deidentify.js';
export { readLanguage } from './language.js';
export type { LanguageReading } from './language.js';
export { splitSentences } from './sentences.js';
export type { Sentence } from './sentences.js';
export type { PiiFinding, PiiType } from './deidentify.js';
export { assessRisk } from './risk/assess.js';
export type { RiskAssessment, RiskEvidence, RiskKind, RiskLevel } from './risk/assess.js';
export { suggestThemes, CHIME_CODES } from './themes.js';
export type { ChimeCode, ThemeSuggestion } from './themes.js';
export { similarity, findSimilarPairs } from './similarity.js';
export type { SimilarPair } from './similarity.js';
export { isValidNhsNumber, isValidNiNumber, isValidPostcode, isUkPhoneNumber } from './validators.js';
export { runAnalyseCommand } from './analyse-command.js';
export type { AnalyseCommandOptions } from './analyse-command.js';
