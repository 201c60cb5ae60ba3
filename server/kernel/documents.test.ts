import { describe, expect, it } from 'vitest';
import { columnWidths } from './documents.js';

describe('table column widths in a PDF', () => {
  it('gives a rank its own width and the words the rest when everything fits on one line', () => {
    const widths = columnWidths([30, 200, 100, 50], [30, 60, 40, 50], 480);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(480);
    expect(widths[0]).toBeLessThan(40);
    expect(widths[1]).toBeGreaterThan(widths[2] ?? 0);
  });

  it('keeps every longest word whole and shares what is left by how much each column wants', () => {
    const widths = columnWidths([30, 900, 300, 50], [30, 80, 60, 50], 480);
    expect(widths.reduce((a, b) => a + b, 0)).toBeCloseTo(480);
    expect(widths[0]).toBeCloseTo(30);
    expect(widths[3]).toBeCloseTo(50);
    expect(widths[1]).toBeGreaterThan(3 * (widths[2] ?? 0) - 100);
  });

  it('shrinks every column alike when even the longest words do not fit', () => {
    expect(columnWidths([300, 300], [300, 100], 200)).toEqual([150, 50]);
  });
});
