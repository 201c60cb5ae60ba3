import { describe, expect, it } from 'vitest';
import type { Count } from '../../../contracts/activities.js';
import { suppressColumn } from './suppression.js';

describe('small-number suppression', () => {
  const values = (column: { cells: Count[]; total: Count }) => [
    column.cells.map((c) => c.value),
    column.total.value,
  ];

  it('hides cells under 5, and a second cell or the total when a hidden one could be worked out', () => {
    expect(values(suppressColumn([7, 9]))).toEqual([[7, 9], 16]);
    // 3 alone could be worked out as 12 − 9: the next smallest cell goes too.
    expect(values(suppressColumn([3, 9, 12]))).toEqual([[null, null, 12], 24]);
    // Hidden cells adding up to 4 would reveal a small number, so the 6 is hidden as well.
    expect(values(suppressColumn([2, 0, 6, 2]))).toEqual([[null, null, null, null], 10]);
    // Nothing left to hide: the total goes.
    expect(values(suppressColumn([3]))).toEqual([[null], null]);
    expect(values(suppressColumn([5, 2]))).toEqual([[null, null], 7]);
    expect(values(suppressColumn([1, 1]))).toEqual([[null, null], null]);
    expect(suppressColumn([2]).total).toEqual({ value: null, suppressed: 'fewer than 5' });
  });
});
