// Trains the risk classifier on the development part of the corpus and writes its weights to
// server/text/risk/model.json (committed as data; nothing is learnt or fetched at run time).
//
//   npm run train:text
//
// Logistic regression with an L2 penalty, fitted by full-batch gradient descent on the concept
// features of server/text/risk/features.ts. Current stories weigh more than the rest, because a
// missed current risk is the worst error. The threshold is chosen on out-of-fold predictions
// (5-fold cross-validation), recall first: the highest threshold that keeps recall at TARGET_RECALL,
// then lowered by a margin, so a story a little unlike the development ones still reaches a lead.
// The test part of the corpus is never read here.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../server/text/quality/corpus.js';
import { FEATURE_NAMES, storyFeatures } from '../server/text/risk/features.js';
import { readStory } from '../server/text/risk/read.js';

const TARGET_RECALL = 0.96;
const THRESHOLD_MARGIN = 0.6;
const FALSE_ALARM_BUDGET = 0.1; // the chosen threshold is multiplied by this: when in doubt, current
const L2 = 0.003;
const CURRENT_WEIGHT = 2.5;
const EPOCHS = 6000;
const RATE = 1;
const FOLDS = 5;
const MIN_STORIES = 4;
const WORD_L2 = 0.03; // words are many and each is weak evidence: they are held back harder

interface Example {
  id: string;
  kind: string;
  x: number[];
  y: 0 | 1;
}

let featureNames: string[] = [];
const sigmoid = (z: number): number => 1 / (1 + Math.exp(-z));

function fit(examples: Example[]): { weights: number[]; bias: number } {
  const d = featureNames.length;
  const w = new Array<number>(d).fill(0);
  let b = 0;
  const total = examples.reduce((n, e) => n + (e.y ? CURRENT_WEIGHT : 1), 0);
  for (let epoch = 0; epoch < EPOCHS; epoch++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (const e of examples) {
      let z = b;
      for (let i = 0; i < d; i++) z += (w[i] ?? 0) * (e.x[i] ?? 0);
      const err = (sigmoid(z) - e.y) * (e.y ? CURRENT_WEIGHT : 1);
      for (let i = 0; i < d; i++) gw[i] = (gw[i] ?? 0) + err * (e.x[i] ?? 0);
      gb += err;
    }
    for (let i = 0; i < d; i++) {
      const penalty = i < FEATURE_NAMES.length ? L2 : WORD_L2;
      w[i] = (w[i] ?? 0) - RATE * ((gw[i] ?? 0) / total + penalty * (w[i] ?? 0));
    }
    b -= RATE * (gb / total);
  }
  return { weights: w, bias: b };
}

const probability = (m: { weights: number[]; bias: number }, x: number[]): number =>
  sigmoid(x.reduce((z, v, i) => z + v * (m.weights[i] ?? 0), m.bias));

/** The highest threshold at which recall over `scored` is still at least `recall`. */
function thresholdFor(scored: { p: number; y: 0 | 1 }[], recall: number): number {
  const positives = scored
    .filter((s) => s.y === 1)
    .map((s) => s.p)
    .sort((a, b) => b - a);
  const keep = Math.ceil(recall * positives.length);
  return positives[keep - 1] ?? 0.5;
}

function report(
  label: string,
  scored: { p: number; y: 0 | 1; kind: string; id: string }[],
  threshold: number,
) {
  const tp = scored.filter((s) => s.y && s.p >= threshold).length;
  const fn = scored.filter((s) => s.y && s.p < threshold);
  const fp = scored.filter((s) => !s.y && s.p >= threshold);
  const negatives = scored.filter((s) => !s.y).length;
  console.log(
    `${label}: recall ${(tp / (tp + fn.length)).toFixed(3)} (${tp} of ${tp + fn.length}), ` +
      `false-positive rate ${(fp.length / negatives).toFixed(3)} (${fp.length} of ${negatives}) at threshold ${threshold.toFixed(3)}`,
  );
  if (fn.length) console.log(`  missed: ${fn.map((s) => `${s.id} ${s.kind}`).join(', ')}`);
  if (fp.length) console.log(`  false alarms: ${fp.map((s) => `${s.id} ${s.kind}`).join(', ')}`);
}

// the development part and the first 60 development stories, written before the corpus
const dev = [...readCorpus('dev'), ...readCorpus('dev-first60')];
const readings = dev.map((s) => readStory(s.text));
// the vocabulary: words in present-time sentences of at least MIN_STORIES development stories
const documentFrequency = new Map<string, number>();
for (const r of readings)
  for (const w of r.words) documentFrequency.set(w, (documentFrequency.get(w) ?? 0) + 1);
const vocabulary = [...documentFrequency]
  .filter(([w, n]) => n >= MIN_STORIES && n <= readings.length / 2 && /^[a-z][a-z'-]{2,}$/.test(w))
  .map(([w]) => w)
  .sort();
featureNames = [...FEATURE_NAMES, ...vocabulary.map((w) => `word:${w}`)];
const examples: Example[] = dev.map((s, i) => ({
  id: s.id,
  kind: s.kind ?? s.risk,
  x: storyFeatures(readings[i] ?? readStory(s.text), vocabulary),
  y: s.risk === 'current' ? 1 : 0,
}));

// out-of-fold probabilities: each story scored by a model that never saw it
const outOfFold: { p: number; y: 0 | 1; kind: string; id: string }[] = [];
for (let k = 0; k < FOLDS; k++) {
  const train = examples.filter((_, i) => i % FOLDS !== k);
  const held = examples.filter((_, i) => i % FOLDS === k);
  const m = fit(train);
  for (const e of held) outOfFold.push({ p: probability(m, e.x), y: e.y, kind: e.kind, id: e.id });
}
for (const r of [1, 0.98, 0.95, 0.9]) {
  const t = thresholdFor(outOfFold, r);
  const fp = outOfFold.filter((s) => !s.y && s.p >= t).length;
  console.log(
    `  out of fold: recall ${r} needs threshold ${t.toFixed(3)}, false-positive rate then ${(fp / outOfFold.filter((s) => !s.y).length).toFixed(3)}`,
  );
}
// Recall first: the threshold is the lower of the recall-target one (with its margin) and the lowest
// one whose out-of-fold false-alarm rate stays within FALSE_ALARM_BUDGET: a false alarm costs a lead
// a read, a miss can cost a life, so the budget is spent on recall.
const negativesOutOfFold = outOfFold
  .filter((s) => !s.y)
  .map((s) => s.p)
  .sort((a, b) => b - a);
const budgetThreshold = negativesOutOfFold[Math.floor(FALSE_ALARM_BUDGET * negativesOutOfFold.length)] ?? 0.5;
const threshold = Math.min(thresholdFor(outOfFold, TARGET_RECALL) * THRESHOLD_MARGIN, budgetThreshold + 1e-6);
report('cross-validated on the development part', outOfFold, threshold);

const final = fit(examples);
report(
  'fitted on the whole development part',
  examples.map((e) => ({ p: probability(final, e.x), y: e.y, kind: e.kind, id: e.id })),
  threshold,
);
const out = fileURLToPath(new URL('../server/text/risk/model.json', import.meta.url));
const round = (x: number) => Math.round(x * 10_000) / 10_000;
writeFileSync(
  out,
  `${JSON.stringify({
    features: FEATURE_NAMES,
    vocabulary,
    weights: final.weights.map(round),
    bias: round(final.bias),
    threshold: round(threshold),
  })}\n`,
);
const strongest = featureNames
  .map((n, i) => [n, final.weights[i] ?? 0] as const)
  .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
console.log(`wrote ${out}`);
console.log(
  `strongest weights: ${strongest
    .slice(0, 12)
    .map(([n, w]) => `${n} ${w.toFixed(2)}`)
    .join(', ')}`,
);
