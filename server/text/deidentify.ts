// De-identification of UK English text. The detectors live in deidentify/ (find-pii.ts says how they fit
// together); this file keeps the toolkit's public names where their importers look for them.
export { findPii } from './deidentify/find-pii.js';
export { redact } from './deidentify/redact.js';
export type { PiiFinding, PiiType } from './deidentify/types.js';
