// One story in, one analysis record out (DESIGN §6): redacted text, PII findings, risk and themes.
import { findPii, redact } from './deidentify.js';
import { readLanguage } from './language.js';
import type { LanguageReading } from './language.js';
import type { PiiFinding } from './deidentify.js';
import { assessReading } from './risk/assess.js';
import { readStory } from './risk/read.js';
import type { RiskEvidence, RiskLevel } from './risk/assess.js';
import { suggestThemes } from './themes.js';
import type { ThemeSuggestion } from './themes.js';

export interface AnalysisResult {
  redacted: string;
  pii: PiiFinding[];
  risk: RiskLevel;
  riskEvidence: RiskEvidence[];
  themes: ThemeSuggestion[];
  /** Whether the toolkit could read the story at all: in another language it must go to a person. */
  language: LanguageReading;
}

/** Analyse one story. Pure and synchronous; offsets are UTF-16 code units into `text`. */
export function analyseStory(text: string): AnalysisResult {
  const pii = findPii(text);
  const reading = readStory(text);
  const risk = assessReading(reading);
  // themes read the text with identifiers blanked, so a person called Hope is not a theme
  let masked = '';
  let at = 0;
  for (const f of pii) {
    if (f.start < at) continue;
    masked += text.slice(at, f.start) + ' '.repeat(f.end - f.start);
    at = f.end;
  }
  masked += text.slice(at);
  const themes = suggestThemes(masked, {
    // the risk check has read the story's lemmas already; the identifiers' words are left out
    read: { lemmas: reading.lemmas, skip: pii },
    // a story told from crisis rarely evidences recovery processes: the theme models read the risk
    risk: { level: risk.risk, probability: risk.probability },
  });
  return {
    redacted: redact(text, pii),
    pii,
    risk: risk.risk,
    riskEvidence: risk.evidence,
    themes,
    language: readLanguage(text),
  };
}
