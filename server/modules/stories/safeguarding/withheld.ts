import type { RedactionDecision } from '../../../../contracts/stories.js';

export type Span = { start: number; end: number };

/** What stands in for withheld words in every shared version: it says nothing about what was there. */
export const WITHHELD_MARK = '[…]';

/** Sorts spans and joins those that overlap or touch, so each part of the text is cut at most once. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/**
 * The reviewer's decisions with the lead's withheld spans added as cuts. A withheld span wins over
 * any decision it overlaps (a redaction inside it would only leak its length and position).
 */
export function withWithheldCuts(
  decisions: readonly RedactionDecision[],
  withheld: readonly Span[],
): RedactionDecision[] {
  const cuts = mergeSpans(withheld);
  if (cuts.length === 0) return [...decisions];
  const overlaps = (d: RedactionDecision) => cuts.some((c) => d.start < c.end && c.start < d.end);
  return [
    ...decisions.filter((d) => !overlaps(d)),
    ...cuts.map((c) => ({
      start: c.start,
      end: c.end,
      action: 'redact' as const,
      replacement: WITHHELD_MARK,
    })),
  ].sort((a, b) => a.start - b.start);
}
