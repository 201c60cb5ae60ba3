// The first 60 development stories (server/text/corpus/dev-first60.jsonl), scored with the in-repo
// scorer: the figures the toolkit was first built to, kept so they are never lost.
import { describe, expect, it } from 'vitest';
import { predict, readCorpus } from './corpus.js';
import { scoreAnalysis } from './score.js';

describe('quality on the first 60 development stories', () => {
  it('meets every target', () => {
    const gold = readCorpus('dev-first60');
    const scores = scoreAnalysis(gold, predict(gold));
    expect(scores.missing_predictions).toBe(0);
    expect(scores.pii_recall_direct).toBeGreaterThanOrEqual(0.98);
    expect(scores.pii_recall_all).toBeGreaterThanOrEqual(0.95);
    expect(scores.pii_char_precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.risk_current_recall).toBe(1);
    expect(scores.risk_current_false_positive_rate).toBeLessThanOrEqual(0.1);
    expect(scores.themes_micro_f1).toBeGreaterThanOrEqual(0.8);
  });
});
