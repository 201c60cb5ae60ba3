// Overlapping findings become one: the span covering both, typed by the stronger finding, with the text
// it stands for and what it becomes when redacted.
import type { Draft, PiiFinding, PiiType } from './types.js';

// Higher wins when two findings overlap.
const PRIORITY: Record<PiiType, number> = {
  EMAIL: 10,
  URL_OR_HANDLE: 9,
  NHS_NUMBER: 9,
  NI_NUMBER: 9,
  PHONE: 8,
  POSTCODE: 8,
  DATE_OF_BIRTH: 7,
  ADDRESS: 6,
  DATE: 6,
  FACILITY: 5,
  ORGANISATION: 5,
  PERSON: 4,
  AGE: 3,
};

function replacementFor(type: PiiType, text: string): string {
  if (type === 'FACILITY') {
    if (/hospital|infirmary|general|ward|unit/i.test(text))
      return /ward|unit/i.test(text) ? '[ward]' : '[hospital]';
    if (/surgery|practice|clinic|health centre|medical/i.test(text)) return '[clinic]';
    if (/school|academy|college|university|st /i.test(text)) return '[school]';
    if (/prison|hmp|yoi/i.test(text)) return '[prison]';
    return '[place]';
  }
  return `[${type}]`;
}

export function resolve(text: string, drafts: Draft[]): PiiFinding[] {
  drafts.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Draft[] = [];
  for (const d of drafts) {
    const last = kept[kept.length - 1];
    if (!last || d.start >= last.end) {
      kept.push({ ...d });
      continue;
    }
    // overlapping: keep one span covering both, typed by the stronger finding
    const stronger =
      PRIORITY[d.type] > PRIORITY[last.type] ||
      (PRIORITY[d.type] === PRIORITY[last.type] && d.end - d.start > last.end - last.start)
        ? d
        : last;
    last.end = Math.max(last.end, d.end);
    last.type = stronger.type;
    last.confidence = Math.max(last.confidence, d.confidence);
    last.reason = stronger.reason;
  }
  return kept.map((d) => {
    const s = text.slice(d.start, d.end);
    return {
      start: d.start,
      end: d.end,
      type: d.type,
      text: s,
      confidence: Math.round(d.confidence * 100) / 100,
      replacement: replacementFor(d.type, s),
      reason: d.reason,
    };
  });
}
