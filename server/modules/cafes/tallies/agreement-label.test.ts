import { describe, expect, it } from 'vitest';
import { agreementLabel } from './agreement-label.js';

const label = (agrees: number, disagrees: number) => agreementLabel({ agrees, disagrees });

describe('agreementLabel', () => {
  it('says too few until three people have taken a side, however many passed', () => {
    expect(label(0, 0)).toBe('too_few');
    expect(label(2, 0)).toBe('too_few');
    expect(label(1, 1)).toBe('too_few');
    expect(label(3, 0)).toBe('everyone_agreed');
  });

  it('says everyone agreed or disagreed when nobody took the other side', () => {
    expect(label(6, 0)).toBe('everyone_agreed');
    expect(label(0, 4)).toBe('everyone_disagreed');
  });

  it('says most at two in three of those who took a side, exactly', () => {
    expect(label(2, 1)).toBe('most_agreed');
    expect(label(4, 2)).toBe('most_agreed');
    expect(label(1, 2)).toBe('most_disagreed');
    expect(label(10, 5)).toBe('most_agreed');
  });

  it('says split when neither side has two in three', () => {
    expect(label(3, 2)).toBe('split');
    expect(label(2, 3)).toBe('split');
    expect(label(5, 5)).toBe('split');
    expect(label(6, 4)).toBe('split');
  });
});
