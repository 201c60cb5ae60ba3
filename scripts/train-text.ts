// Trains the text toolkit's two small models on the development part of the corpus and writes them
// as data (committed; nothing is learnt or fetched at run time):
//   server/text/risk/model.json     — is a risk current? (logistic regression)
//   server/text/themes-model.json   — which CHIME themes does a story speak to? (one per theme)
//
//   npm run train:text
//
// The risk threshold is chosen on out-of-fold predictions (5-fold cross-validation), recall first:
// the lower of the threshold that keeps recall at TARGET_RECALL (times a margin, so a story a little
// unlike the development ones still reaches a lead) and the lowest one whose false alarms stay within
// FALSE_ALARM_BUDGET. Each theme's threshold is the one with the best out-of-fold F1, folded into its
// bias so that 0.5 means "suggested". The test part of the corpus is never read here.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPii } from '../server/text/deidentify.js';
import { readCorpus } from '../server/text/quality/corpus.js';
import { FEATURE_NAMES, storyFeatures } from '../server/text/risk/features.js';
import { readStory } from '../server/text/risk/read.js';
import { CHIME_CODES, THEME_FEATURE_NAMES, themeFeatures } from '../server/text/themes.js';
import { fitLogistic, outOfFold, round4 } from './logistic-regression.js';
import type { Example, FitOptions } from './logistic-regression.js';

const TARGET_RECALL = 0.96;
const THRESHOLD_MARGIN = 0.6;
const FALSE_ALARM_BUDGET = 0.12;
const FOLDS = 5;
const MIN_STORIES = 4;

const RISK_OPTIONS: FitOptions = {
  positiveWeight: 2.5, // a missed current risk is the worst error
  l2: 0.003,
  sparseL2: 0.03, // words are many and each is weak evidence: they are held back harder
  densePart: FEATURE_NAMES.length,
  epochs: 6000,
  rate: 1,
};
const THEME_OPTIONS: FitOptions = {
  positiveWeight: 1,
  l2: 0.003,
  sparseL2: 0.02,
  densePart: THEME_FEATURE_NAMES.length,
  epochs: 3000,
  rate: 1,
};

// the development part and the first 60 development stories, written before the corpus
const dev = [...readCorpus('dev'), ...readCorpus('dev-first60')];
const out = (file: string) => fileURLToPath(new URL(`../server/text/${file}`, import.meta.url));

/** Words in at least MIN_STORIES stories and at most half of them. */
function vocabularyOf(sets: Set<string>[]): string[] {
  const df = new Map<string, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df]
    .filter(([w, n]) => n >= MIN_STORIES && n <= sets.length / 2 && /^[a-z][a-z'-]{2,}$/.test(w))
    .map(([w]) => w)
    .sort();
}

function rates(p: number[], y: (0 | 1)[], threshold: number) {
  let tp = 0;
  let fp = 0;
  let fn = 0;
  let tn = 0;
  p.forEach((v, i) => {
    if (y[i] && v >= threshold) tp++;
    else if (y[i]) fn++;
    else if (v >= threshold) fp++;
    else tn++;
  });
  return {
    tp,
    fp,
    fn,
    tn,
    recall: tp / (tp + fn || 1),
    fpr: fp / (fp + tn || 1),
    f1: (2 * tp) / (2 * tp + fp + fn || 1),
  };
}

// --- risk ---------------------------------------------------------------------------------------
{
  const readings = dev.map((s) => readStory(s.text));
  const vocabulary = vocabularyOf(readings.map((r) => r.words));
  const examples: Example[] = dev.map((s, i) => ({
    x: storyFeatures(readings[i] ?? readStory(s.text), vocabulary),
    y: s.risk === 'current' ? 1 : 0,
  }));
  const d = FEATURE_NAMES.length + vocabulary.length;
  const y = examples.map((e) => e.y);
  const oof = outOfFold(examples, d, RISK_OPTIONS, FOLDS);
  const positives = oof.filter((_, i) => y[i]).sort((a, b) => b - a);
  const negatives = oof.filter((_, i) => !y[i]).sort((a, b) => b - a);
  const recallThreshold =
    (positives[Math.ceil(TARGET_RECALL * positives.length) - 1] ?? 0.5) * THRESHOLD_MARGIN;
  const budgetThreshold = (negatives[Math.floor(FALSE_ALARM_BUDGET * negatives.length)] ?? 0.5) + 1e-6;
  const threshold = Math.min(recallThreshold, budgetThreshold);
  const r = rates(oof, y, threshold);
  console.log(
    `risk, cross-validated on ${dev.length} development stories: recall ${r.recall.toFixed(3)} (${r.tp} of ${r.tp + r.fn}), ` +
      `false-positive rate ${r.fpr.toFixed(3)} (${r.fp} of ${r.fp + r.tn}) at threshold ${threshold.toFixed(3)}`,
  );
  const missed = dev
    .filter((_, i) => y[i] && (oof[i] ?? 0) < threshold)
    .map((s) => `${s.id} ${s.kind ?? ''}`);
  if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
  const final = fitLogistic(examples, d, RISK_OPTIONS);
  writeFileSync(
    out('risk/model.json'),
    `${JSON.stringify({
      features: FEATURE_NAMES,
      vocabulary,
      weights: final.weights.map(round4),
      bias: round4(final.bias),
      threshold: round4(threshold),
    })}\n`,
  );
  const names = [...FEATURE_NAMES, ...vocabulary.map((w) => `word:${w}`)];
  const strongest = names
    .map((n, i) => [n, final.weights[i] ?? 0] as const)
    .sort((a, b) => Math.abs(b[1]) - Math.abs(a[1]));
  console.log(
    `  strongest: ${strongest
      .slice(0, 10)
      .map(([n, w]) => `${n} ${w.toFixed(2)}`)
      .join(', ')}`,
  );
}

// --- themes -------------------------------------------------------------------------------------
{
  // read as analyse.ts reads: identifiers blanked for the phrases and left out of the words
  const features = dev.map((s) => {
    const pii = findPii(s.text);
    let masked = s.text;
    for (const f of pii)
      masked = masked.slice(0, f.start) + ' '.repeat(f.end - f.start) + masked.slice(f.end);
    return themeFeatures(masked, { lemmas: readStory(s.text).lemmas, skip: pii });
  });
  const vocabulary = vocabularyOf(features.map((f) => f.words));
  const xs = features.map((f) => [...f.dense, ...vocabulary.map((w) => (f.words.has(w) ? 1 : 0))]);
  const d = THEME_FEATURE_NAMES.length + vocabulary.length;
  const codes: Record<string, { weights: number[]; bias: number }> = {};
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const code of CHIME_CODES) {
    const examples: Example[] = dev.map((s, i) => ({ x: xs[i] ?? [], y: s.chime.includes(code) ? 1 : 0 }));
    const y = examples.map((e) => e.y);
    const oof = outOfFold(examples, d, THEME_OPTIONS, FOLDS);
    let best = { threshold: 0.5, f1: -1 };
    for (let t = 0.1; t <= 0.9; t += 0.02) {
      const f1 = rates(oof, y, t).f1;
      if (f1 > best.f1) best = { threshold: t, f1 };
    }
    const r = rates(oof, y, best.threshold);
    tp += r.tp;
    fp += r.fp;
    fn += r.fn;
    console.log(`theme ${code}: out-of-fold F1 ${best.f1.toFixed(3)} at ${best.threshold.toFixed(2)}`);
    const m = fitLogistic(examples, d, THEME_OPTIONS);
    // fold the threshold into the bias: a probability of 0.5 then means the best-F1 threshold
    const shift = Math.log(best.threshold / (1 - best.threshold));
    codes[code] = { weights: m.weights.map(round4), bias: round4(m.bias - shift) };
  }
  console.log(`themes, cross-validated micro-F1: ${((2 * tp) / (2 * tp + fp + fn)).toFixed(3)}`);
  writeFileSync(
    out('themes-model.json'),
    `${JSON.stringify({ features: THEME_FEATURE_NAMES, vocabulary, codes })}\n`,
  );
}
