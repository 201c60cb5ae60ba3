import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { analysisLine } from './analyse-command.js';

const devSet = fileURLToPath(new URL('../../../shared/data/stories-dev.jsonl', import.meta.url));
const scorer = fileURLToPath(new URL('../../../shared/tools/score-analysis.mjs', import.meta.url));
const available = existsSync(devSet) && existsSync(scorer);
const dir = mkdtempSync(join(tmpdir(), 'cairn-quality-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface Scores {
  missing_predictions: number;
  pii_recall_direct: number;
  pii_recall_all: number;
  pii_char_precision: number;
  risk_current_recall: number;
  risk_current_false_positive_rate: number;
  themes_micro_f1: number;
}

describe.skipIf(!available)('quality on the development set (issue 3 targets)', () => {
  it('meets every target', () => {
    const out = join(dir, 'out.jsonl');
    const lines = readFileSync(devSet, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => {
        const story = JSON.parse(l) as { id: string; text: string };
        return analysisLine(story.id, story.text);
      });
    writeFileSync(out, `${lines.join('\n')}\n`);
    const scores = JSON.parse(
      execFileSync(process.execPath, [scorer, devSet, out, '--json'], { encoding: 'utf8' }),
    ) as Scores;
    expect(scores.missing_predictions).toBe(0);
    expect(scores.pii_recall_direct).toBeGreaterThanOrEqual(0.98);
    expect(scores.pii_recall_all).toBeGreaterThanOrEqual(0.95);
    expect(scores.pii_char_precision).toBeGreaterThanOrEqual(0.9);
    expect(scores.risk_current_recall).toBe(1);
    expect(scores.risk_current_false_positive_rate).toBeLessThanOrEqual(0.1);
    expect(scores.themes_micro_f1).toBeGreaterThanOrEqual(0.8);
  });
});
