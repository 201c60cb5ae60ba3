import { describe, expect, it } from 'vitest';
import {
  analyseStory,
  assessRisk,
  findPii,
  findSimilarPairs,
  redact,
  similarity,
  suggestThemes,
} from './index.js';

/**
 * The processor time a call takes in this test's own process, in milliseconds: unlike the clock, it
 * does not grow when other work shares the machine (CI runs the browser journeys beside these tests).
 */
function cpuMs(run: () => unknown): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

// seeded so a failure can be replayed
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = [
  ...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789',
  ...' .,;:!?\'"()[]{}@#-_/\\+*&%$\n\t’‘“”…',
  ...'éüñçøßЖжДיםשלוםمرحبا中文字😀🙂👍🏽‍❤️\u200f\u200e\u202e',
];

function randomText(r: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(r() * ALPHABET.length)] ?? ' ';
  return s;
}

const MB = 1024 * 1024;
const adversarial: [string, string][] = [
  ['1 MB of one letter', 'a'.repeat(MB)],
  ['1 MB of one digit', '7'.repeat(MB)],
  ['1 MB of spaces', ' '.repeat(MB)],
  ['1 MB of dots', '.'.repeat(MB)],
  ['1 MB of at signs', '@'.repeat(MB)],
  ['deep punctuation', '(['.repeat(100_000) + '])'.repeat(100_000)],
  ['email-like run', 'a.'.repeat(200_000) + '@' + 'b.'.repeat(200_000)],
  ['digit and space run', '1 '.repeat(300_000)],
  ['capitalised words', 'Ward '.repeat(150_000)],
  ['name-like words', 'Dr Okafor Smith '.repeat(60_000)],
  ['emoji', '😀🙂👍🏽'.repeat(80_000)],
  ['right-to-left text', 'שלום עולם مرحبا بالعالم '.repeat(30_000)],
  ['mixed scripts', 'Привет 你好 hello مرحبا '.repeat(30_000)],
  ['lone surrogates', '\ud800a\udc00'.repeat(100_000)],
];

function checkOffsets(text: string): void {
  for (const f of findPii(text)) {
    expect(f.start).toBeGreaterThanOrEqual(0);
    expect(f.end).toBeLessThanOrEqual(text.length);
    expect(f.end).toBeGreaterThan(f.start);
    expect(text.slice(f.start, f.end)).toBe(f.text);
  }
  for (const e of assessRisk(text).evidence) {
    expect(e.start).toBeGreaterThanOrEqual(0);
    expect(e.end).toBeLessThanOrEqual(text.length);
  }
}

describe('safety under bad input', () => {
  it.each(adversarial)('handles %s quickly with offsets inside the text', (_name, text) => {
    let a = analyseStory('');
    const elapsed = cpuMs(() => {
      a = analyseStory(text);
    });
    // linear work on about a megabyte; catastrophic backtracking would take minutes
    expect(elapsed).toBeLessThan(8000);
    for (const f of a.pii) {
      expect(f.start).toBeGreaterThanOrEqual(0);
      expect(f.end).toBeLessThanOrEqual(text.length);
    }
    expect(typeof a.redacted).toBe('string');
    expect(similarity(text.slice(0, 5000), text.slice(5000, 10_000))).toBeGreaterThanOrEqual(0);
  });

  it('keeps offsets inside random text and round-trips redaction', () => {
    const r = rng(42);
    for (let k = 0; k < 300; k++) {
      const text = randomText(r, Math.floor(r() * 2000));
      checkOffsets(text);
      const pii = findPii(text);
      const red = redact(text, pii);
      expect(typeof red).toBe('string');
      for (const t of suggestThemes(text)) {
        expect(t.score).toBeGreaterThanOrEqual(0);
        expect(t.score).toBeLessThanOrEqual(1);
      }
    }
  });

  it('grows linearly: ten times the text takes far less than a hundred times as long', () => {
    const unit = 'My name is Lorna. Ring 07700 900112. I was 15. ';
    const small = unit.repeat(2000);
    const large = unit.repeat(20_000);
    analyseStory(small);
    const tSmall = cpuMs(() => analyseStory(small));
    const tLarge = cpuMs(() => analyseStory(large));
    expect(tLarge).toBeLessThan(Math.max(50, tSmall) * 40);
  });

  it('handles empty input', () => {
    expect(analyseStory('')).toMatchObject({ redacted: '', pii: [], risk: 'none' });
    expect(findSimilarPairs([])).toEqual([]);
    expect(similarity('', '')).toBe(1);
  });
});
