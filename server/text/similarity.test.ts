import { describe, expect, it } from 'vitest';
import { findSimilarPairs, similarity } from './similarity.js';

describe('similarity', () => {
  it('scores near-duplicate ideas high and unrelated ones low', () => {
    expect(
      similarity('More drop-in sessions at weekends', 'more drop in sessions on the weekend please'),
    ).toBeGreaterThan(0.6);
    expect(similarity('More drop-in sessions at weekends', 'A bus pass for volunteers')).toBeLessThan(0.2);
    expect(similarity('same text', 'same text')).toBe(1);
  });

  it('is symmetric and stays within 0..1', () => {
    const a = 'Cheaper tea at the café';
    const b = 'cafe tea should be cheaper';
    expect(similarity(a, b)).toBe(similarity(b, a));
    expect(similarity(a, b)).toBeGreaterThan(0.5);
    expect(similarity(a, b)).toBeLessThanOrEqual(1);
  });

  it('finds similar pairs without comparing texts that share no word', () => {
    const ideas = [
      'More drop-in sessions at weekends',
      'A bus pass for volunteers',
      'more drop in sessions on the weekend',
      'Free bus passes for our volunteers',
      'Peer support in the evenings',
    ];
    const pairs = findSimilarPairs(ideas, 0.45);
    expect(pairs.map((p) => [p.a, p.b])).toEqual(
      expect.arrayContaining([
        [0, 2],
        [1, 3],
      ]),
    );
    expect(pairs.every((p) => p.a < p.b && p.score >= 0.45)).toBe(true);
    expect(pairs.some((p) => p.a === 4 || p.b === 4)).toBe(false);
  });
});
