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
 * What to cut from the original: the reviewer's decisions, with the lead's withheld spans as cuts.
 * A cut swallows any redaction it overlaps, widening to cover all of it, so no part of a removed
 * detail is left beside it; redactions it does not touch stay as they are.
 */
export function withWithheldCuts(
  decisions: readonly RedactionDecision[],
  withheld: readonly Span[],
): RedactionDecision[] {
  const reviewer = decisions.filter((d) => d.replacement !== WITHHELD_MARK);
  let cuts = mergeSpans(withheld);
  if (cuts.length === 0) return [...reviewer];
  // Widen until stable: a widened cut may reach another redaction.
  for (let changed = true; changed;) {
    changed = false;
    const widened = cuts.map((cut) => {
      let { start, end } = cut;
      for (const d of reviewer) {
        if (d.action === 'keep' || d.end <= start || d.start >= end) continue;
        if (d.start < start || d.end > end) changed = true;
        start = Math.min(start, d.start);
        end = Math.max(end, d.end);
      }
      return { start, end };
    });
    cuts = mergeSpans(widened);
  }
  const inside = (d: RedactionDecision) => cuts.some((c) => d.start < c.end && c.start < d.end);
  return [
    ...reviewer.filter((d) => !inside(d)),
    ...cuts.map((c) => ({
      start: c.start,
      end: c.end,
      action: 'redact' as const,
      replacement: WITHHELD_MARK,
    })),
  ].sort((a, b) => a.start - b.start);
}

/**
 * What a version keeps of how it was made: every decision the reviewer took (even those a cut
 * swallowed, so that un-withholding a sentence restores its redactions) and the lead's spans.
 */
export function decisionsToKeep(
  decisions: readonly RedactionDecision[],
  withheld: readonly Span[],
): RedactionDecision[] {
  return [
    ...decisions.filter((d) => d.replacement !== WITHHELD_MARK),
    ...mergeSpans(withheld).map((c) => ({
      start: c.start,
      end: c.end,
      action: 'redact' as const,
      replacement: WITHHELD_MARK,
    })),
  ].sort((a, b) => a.start - b.start);
}
