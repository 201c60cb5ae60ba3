// group cross-validation by story set (letter), to compare model settings on dev only
import { readCorpus } from '../server/text/quality/corpus.js';
import { FEATURE_NAMES, storyFeatures } from '../server/text/risk/features.js';
import { readStory } from '../server/text/risk/read.js';
import { fitLogistic, probability } from './logistic-regression.js';
import type { Example, FitOptions } from './logistic-regression.js';
const dev = [...readCorpus('dev'), ...readCorpus('dev-first60')];
const readings = dev.map((s) => readStory(s.text));
const groupOf = (id: string) => (/^[a-z]-/.test(id) ? id[0]! : 'x');
const groups = [...new Set(dev.map((s) => groupOf(s.id)))];
function vocab(min: number) {
  const df = new Map<string, number>();
  for (const r of readings) for (const w of r.words) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df].filter(([w, n]) => n >= min && n <= readings.length / 2 && /^[a-z][a-z'-]{2,}$/.test(w)).map(([w]) => w).sort();
}
function run(name: string, o: Partial<FitOptions>, useWords: boolean) {
  const v = useWords ? vocab(4) : [];
  const ex: Example[] = dev.map((s, i) => ({ x: storyFeatures(readings[i]!, v), y: s.risk === 'current' ? 1 : 0 }));
  const d = FEATURE_NAMES.length + v.length;
  const O: FitOptions = { positiveWeight: 2.5, l2: 0.003, sparseL2: 0.03, densePart: FEATURE_NAMES.length, epochs: 3000, rate: 1, ...o };
  const p = new Array<number>(dev.length).fill(0);
  for (const g of groups) {
    const m = fitLogistic(ex.filter((_, i) => groupOf(dev[i]!.id) !== g), d, O);
    ex.forEach((e, i) => { if (groupOf(dev[i]!.id) === g) p[i] = probability(m, e.x); });
  }
  const neg = p.filter((_, i) => !ex[i]!.y).sort((a, b) => b - a);
  const pos = p.filter((_, i) => ex[i]!.y);
  const at = (fpr: number) => { const t = neg[Math.floor(fpr * neg.length)]! + 1e-9; return pos.filter((x) => x >= t).length / pos.length; };
  console.log(name.padEnd(28), 'recall@fpr.10', at(0.1).toFixed(3), '@.15', at(0.15).toFixed(3), '@.20', at(0.2).toFixed(3));
}
run('current (words, sparse .03)', {}, true);
run('words sparse .1', { sparseL2: 0.1 }, true);
run('words sparse .3', { sparseL2: 0.3 }, true);
run('no words', {}, false);
run('no words l2 .01', { l2: 0.01 }, false);
