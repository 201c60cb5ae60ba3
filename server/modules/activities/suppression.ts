import { FEWER_THAN_5, SUPPRESSION_THRESHOLD, type Count } from '../../../contracts/activities.js';

type Cell = { value: number; suppressed: boolean };

/**
 * Small-number suppression for one column of a table with its total (the rows partition the total).
 *
 * Rule: (1) every cell under 5 is suppressed (primary suppression). (2) If any cell is suppressed,
 * the suppressed cells together must not be recoverable as a small number by subtracting the
 * visible cells from the total: so while fewer than two cells are suppressed, or the suppressed
 * cells add up to under 5, the smallest visible cell is suppressed as well (secondary suppression).
 * (3) If no visible cell is left to suppress, or the total itself is under 5, the total is
 * suppressed. A suppressed total with every cell visible cannot happen (the total would be their sum).
 */
export function suppressColumn(values: number[]): { cells: Count[]; total: Count } {
  const cells: Cell[] = values.map((value) => ({ value, suppressed: value < SUPPRESSION_THRESHOLD }));
  const total = values.reduce((a, b) => a + b, 0);
  let totalSuppressed = total < SUPPRESSION_THRESHOLD;
  const hidden = () => cells.filter((c) => c.suppressed);
  while (!totalSuppressed && hidden().length > 0) {
    const hiddenSum = hidden().reduce((a, c) => a + c.value, 0);
    if (hidden().length >= 2 && hiddenSum >= SUPPRESSION_THRESHOLD) break;
    const visible = cells.filter((c) => !c.suppressed).sort((a, b) => a.value - b.value);
    const next = visible[0];
    if (!next) {
      totalSuppressed = true;
      break;
    }
    next.suppressed = true;
  }
  if (totalSuppressed) for (const c of cells) c.suppressed = true;
  const out = (value: number, suppressed: boolean): Count =>
    suppressed || value < SUPPRESSION_THRESHOLD
      ? { value: null, suppressed: FEWER_THAN_5 }
      : { value, suppressed: null };
  return { cells: cells.map((c) => out(c.value, c.suppressed)), total: out(total, totalSuppressed) };
}
