// The redaction writer: the text with each finding replaced by what it becomes ("[PERSON]", "[hospital]").
import type { PiiFinding } from './types.js';

/** Replace each finding with its replacement; findings must come from the same text. */
export function redact(
  text: string,
  findings: readonly Pick<PiiFinding, 'start' | 'end' | 'replacement'>[],
): string {
  const sorted = [...findings].sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const f of sorted) {
    const start = Math.max(at, Math.min(text.length, f.start));
    const end = Math.max(start, Math.min(text.length, f.end));
    if (end <= at) continue;
    out += text.slice(at, start) + f.replacement;
    at = end;
  }
  return out + text.slice(at);
}
