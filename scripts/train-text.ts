// Trains the text toolkit's two small models on the development part of the corpus and writes them
// as data (committed; nothing is learnt or fetched at run time):
//   server/text/risk/model.json     — is a risk current? (logistic regression)
//   server/text/themes-model.json   — which CHIME themes does a story speak to? (one per theme)
//
//   npm run train:text
//
// The risk threshold is chosen on out-of-fold predictions, recall first, with whole sets of stories
// held out (one voice each), so the threshold is set on voices the model had not read:
// the lower of the threshold that keeps recall at TARGET_RECALL (times a margin, so a story a little
// unlike the development ones still reaches a lead) and the lowest one whose false alarms stay within
// FALSE_ALARM_BUDGET. Each theme's penalties and threshold are chosen by cross-validation that holds
// out whole sets of stories (one voice each); the threshold is folded into the bias so that 0.5 means
// "suggested". The test part of the corpus is never read here.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { findPii } from '../server/text/deidentify.js';
import { readCorpus } from '../server/text/quality/corpus.js';
import { FEATURE_NAMES, storyFeatures } from '../server/text/risk/features.js';
import riskModel from '../server/text/risk/model.json' with { type: 'json' };
import { readStory } from '../server/text/risk/read.js';
import {
  CHIME_CODES,
  THEME_FEATURE_NAMES,
  WORD_DIMENSIONS,
  themeFeatures,
  wordScale,
} from '../server/text/themes.js';
import {
  fitLogistic,
  fitLogisticLbfgs,
  outOfFold,
  round4,
  sparseProbability,
  toSparse,
} from './logistic-regression.js';
import type { Example, FitOptions, LbfgsOptions, SparseExample } from './logistic-regression.js';

const TARGET_RECALL = 0.96;
const THRESHOLD_MARGIN = 0.6;
const FALSE_ALARM_BUDGET = 0.14;
const MIN_STORIES = 4;

const RISK_OPTIONS: FitOptions = {
  positiveWeight: 2.5, // a missed current risk is the worst error
  l2: 0.003,
  sparseL2: 0.03, // words are many and each is weak evidence: they are held back harder
  densePart: FEATURE_NAMES.length,
  epochs: 6000,
  rate: 1,
};
// Penalties tried for each theme, on the dense features and on the words: the larger, the more a
// model is held to what every set of stories shares.
const THEME_L2 = [0.003, 0.01, 0.03];
const THEME_SPARSE_L2 = [0.01, 0.03, 0.1];
// The development stories come in sets, one voice and one writer each (a-, b-, …; the first 60 are
// one more). Whole sets are held out together, so a model is judged on voices it has not read.
const SET_FOLDS = 6;
const THEME_MIN_SETS = 8;
// The word vectors' part of each theme model is held back harder than the other dense features (nine
// times: its 100 features are scaled by a third), else the models learn each set's voice from them.
const VECTOR_WEIGHT = 1 / 3;
const round3 = (x: number): number => Math.round(x * 1000) / 1000;

// the development part and the first 60 development stories, written before the corpus
const dev = [...readCorpus('dev'), ...readCorpus('dev-first60')];
// sets in a fixed order, dealt round the folds: each fold holds out whole sets
const sets = [...new Set(dev.map((s) => s.id.split('-')[0] ?? ''))].sort();
const foldOf = dev.map((s) => sets.indexOf(s.id.split('-')[0] ?? '') % SET_FOLDS);
const out = (file: string) => fileURLToPath(new URL(`../server/text/${file}`, import.meta.url));

/** Words in at least MIN_STORIES stories and at most half of them. */
function vocabularyOf(sets: Set<string>[]): string[] {
  const df = new Map<string, number>();
  for (const s of sets) for (const w of s) df.set(w, (df.get(w) ?? 0) + 1);
  return [...df]
    .filter(([w, n]) => n >= MIN_STORIES && n <= sets.length / 2 && /^(?:end:)?[a-z][a-z'-]{2,}$/.test(w))
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

// The threshold the theme models read risk levels at: the committed one, or the one just chosen when
// the risk model is retrained in the same run, so one full run gives the same models as two partial ones.
let riskThreshold: number = riskModel.threshold;

// `--only=themes` retrains the theme models alone (the risk model takes most of the time)
const only = process.argv.find((a) => a.startsWith('--only='))?.slice('--only='.length);

// --- risk ---------------------------------------------------------------------------------------
if (only === undefined || only === 'risk') {
  const readings = dev.map((s) => readStory(s.text));
  const vocabulary = vocabularyOf(readings.map((r) => r.words));
  const examples: Example[] = dev.map((s, i) => ({
    x: storyFeatures(readings[i] ?? readStory(s.text), vocabulary),
    y: s.risk === 'current' ? 1 : 0,
  }));
  const d = FEATURE_NAMES.length + vocabulary.length;
  const y = examples.map((e) => e.y);
  const oof = outOfFold(examples, d, RISK_OPTIONS, foldOf, SET_FOLDS);
  const positives = oof.filter((_, i) => y[i]).sort((a, b) => b - a);
  const negatives = oof.filter((_, i) => !y[i]).sort((a, b) => b - a);
  const recallThreshold =
    (positives[Math.ceil(TARGET_RECALL * positives.length) - 1] ?? 0.5) * THRESHOLD_MARGIN;
  const budgetThreshold = (negatives[Math.floor(FALSE_ALARM_BUDGET * negatives.length)] ?? 0.5) + 1e-6;
  const threshold = Math.min(recallThreshold, budgetThreshold);
  riskThreshold = round4(threshold);
  const r = rates(oof, y, threshold);
  console.log(
    `risk, cross-validated on ${dev.length} development stories in ${sets.length} sets held out whole: recall ${r.recall.toFixed(3)} (${r.tp} of ${r.tp + r.fn}), ` +
      `false-positive rate ${r.fpr.toFixed(3)} (${r.fp} of ${r.fp + r.tn}) at threshold ${threshold.toFixed(3)}`,
  );
  // what other false-alarm budgets would cost in recall on the held-out sets
  console.log(
    `  recall at other budgets: ${[0.08, 0.1, 0.12, 0.14, 0.16]
      .map((b) => {
        const at = (negatives[Math.floor(b * negatives.length)] ?? 0.5) + 1e-6;
        return `${b.toFixed(2)} → ${rates(oof, y, at).recall.toFixed(3)}`;
      })
      .join(', ')}`,
  );
  const missed = dev
    .filter((_, i) => y[i] && (oof[i] ?? 0) < threshold)
    .map((s) => `${s.id} ${s.kind ?? ''}`);
  if (missed.length) console.log(`  missed: ${missed.join(', ')}`);
  // where the held-out false alarms fall, by kind of story: what the next change should look at
  const alarms = new Map<string, number>();
  dev.forEach((s, i) => {
    if (!y[i] && (oof[i] ?? 0) >= threshold) alarms.set(s.kind ?? '', (alarms.get(s.kind ?? '') ?? 0) + 1);
  });
  console.log(
    `  false alarms by kind: ${[...alarms]
      .sort((a, b) => b[1] - a[1])
      .map(([k, n]) => `${k} ${n}`)
      .join(', ')}`,
  );
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
if (only === undefined || only === 'themes') {
  const started = Date.now();
  // read as analyse.ts reads: identifiers blanked for the phrases and left out of the words, with the
  // risk reading beside them
  const outOfSet = (examples: SparseExample[], dims: number, o: LbfgsOptions): number[] => {
    const p = new Array<number>(examples.length).fill(0);
    for (let k = 0; k < SET_FOLDS; k++) {
      const m = fitLogisticLbfgs(
        examples.filter((_, i) => foldOf[i] !== k),
        dims,
        o,
      );
      examples.forEach((e, i) => {
        if (foldOf[i] === k) p[i] = sparseProbability(m, e);
      });
    }
    return p;
  };

  // The theme models read the risk reading, but the committed risk model has seen every development
  // story and is surer of them than of a new one. So each story's risk here is read by a risk model
  // fitted (same loss and penalties, by L-BFGS) without its set, as it would be read if it were new.
  const readings = dev.map((s) => readStory(s.text));
  const riskVocabulary = vocabularyOf(readings.map((r) => r.words));
  const riskProbability = outOfSet(
    toSparse(
      dev.map((s, i) => ({
        x: storyFeatures(readings[i] ?? readStory(s.text), riskVocabulary),
        y: s.risk === 'current' ? 1 : 0,
      })),
    ),
    FEATURE_NAMES.length + riskVocabulary.length,
    {
      l2: RISK_OPTIONS.l2,
      sparseL2: RISK_OPTIONS.sparseL2,
      densePart: FEATURE_NAMES.length,
      positiveWeight: RISK_OPTIONS.positiveWeight,
    },
  );
  const features = dev.map((s, i) => {
    const pii = findPii(s.text);
    let masked = s.text;
    for (const f of pii)
      masked = masked.slice(0, f.start) + ' '.repeat(f.end - f.start) + masked.slice(f.end);
    const reading = readings[i] ?? readStory(s.text);
    const probability = riskProbability[i] ?? 0;
    // the level as assess.ts decides it, from the held-out probability
    const ownCrisis = reading.hits.some(
      (h) => h.context === 'life' && !h.negated && (h.weight >= 1 || h.when === 'past'),
    );
    const level = probability >= riskThreshold ? 'current' : ownCrisis ? 'historic' : 'none';
    return themeFeatures(masked, { lemmas: reading.lemmas, skip: pii }, { level, probability });
  });
  // a word the theme models read must be used in several sets of stories: a word of one set's voice
  // (a dialect, a place, a name) tells of that set, not of a theme
  const setsUsing = new Map<string, Set<number>>();
  features.forEach((f, i) => {
    for (const w of f.words) {
      let using = setsUsing.get(w);
      if (using === undefined) setsUsing.set(w, (using = new Set()));
      using.add(sets.indexOf(dev[i]?.id.split('-')[0] ?? ''));
    }
  });
  const vocabulary = vocabularyOf(features.map((f) => f.words)).filter(
    (w) => (setsUsing.get(w)?.size ?? 0) >= THEME_MIN_SETS,
  );
  // What the story's words mean: the mean vector of its words (server/text/word-vectors.json), each
  // dimension standardised over the development stories. The model is linear in it, so it is written
  // as one number a word and theme, and a story's share is the mean of its words' numbers.
  const vectors = JSON.parse(readFileSync(out('word-vectors.json'), 'utf8')) as {
    words: string;
    scale: number[];
    vectors: string;
  };
  const vectorWords = vectors.words.split(' ');
  const vectorBytes = new Int8Array(Buffer.from(vectors.vectors, 'base64'));
  const vectorOf = new Map(
    vectorWords.map(
      (w, i) => [w, vectors.scale.map((sc, k) => sc * (vectorBytes[i * WORD_DIMENSIONS + k] ?? 0))] as const,
    ),
  );
  const means = features.map((f) => {
    const m = new Array<number>(WORD_DIMENSIONS).fill(0);
    let n = 0;
    for (const w of f.words) {
      const v = vectorOf.get(w);
      if (v === undefined) continue;
      n++;
      v.forEach((x, k) => (m[k] = (m[k] ?? 0) + x));
    }
    return m.map((x) => x / Math.max(1, n));
  });
  const centre = Array.from({ length: WORD_DIMENSIONS }, (_, k) => {
    const col = means.map((m) => m[k] ?? 0);
    const mu = col.reduce((a, b) => a + b, 0) / col.length;
    const sd = Math.sqrt(col.reduce((a, b) => a + (b - mu) ** 2, 0) / col.length) || 1;
    return { mu, sd };
  });
  const dense = THEME_FEATURE_NAMES.length + WORD_DIMENSIONS;
  const d = dense + vocabulary.length;
  const xs = features.map((f, i) => {
    const scale = wordScale(f.words.size);
    return [
      ...f.dense,
      ...centre.map(({ mu, sd }, k) => (VECTOR_WEIGHT * ((means[i]?.[k] ?? 0) - mu)) / sd),
      ...vocabulary.map((w) => (f.words.has(w) ? scale : 0)),
    ];
  });
  const THRESHOLDS = Array.from({ length: 41 }, (_, i) => 0.1 + i * 0.02);
  const bestThreshold = (p: number[], y: (0 | 1)[], keep: (i: number) => boolean) => {
    let best = { threshold: 0.5, f1: -1 };
    const pk = p.filter((_, i) => keep(i));
    const yk = y.filter((_, i) => keep(i));
    for (const t of THRESHOLDS) {
      const f1 = rates(pk, yk, t).f1;
      if (f1 > best.f1 + 1e-9) best = { threshold: t, f1 };
    }
    return best;
  };
  const logLoss = (p: number[], y: (0 | 1)[]): number =>
    p.reduce((s, v, i) => s - Math.log(Math.max(1e-9, y[i] ? v : 1 - v)), 0) / p.length;

  // penalties per theme by held-out log-loss: it does not depend on a threshold, so it is steadier
  // than F1 on a few hundred stories
  const fitted = CHIME_CODES.map((code) => {
    const examples = toSparse(dev.map((s, i) => ({ x: xs[i] ?? [], y: s.chime.includes(code) ? 1 : 0 })));
    const y = examples.map((e) => e.y);
    let best: { o: LbfgsOptions; loss: number; p: number[] } | undefined;
    for (const l2 of THEME_L2) {
      for (const sparseL2 of THEME_SPARSE_L2) {
        const o: LbfgsOptions = { l2, sparseL2, densePart: dense };
        const p = outOfSet(examples, d, o);
        const loss = logLoss(p, y);
        if (best === undefined || loss < best.loss - 1e-9) best = { o, loss, p };
      }
    }
    if (best === undefined) throw new Error('no penalties to try');
    return { code, examples, y, ...best };
  });

  // Thresholds for the figure that matters, micro-F1 over every theme: each starts at its own best F1,
  // then each in turn moves to where the sum over themes is best, given the others. A weak theme's own
  // best F1 often lies at a low threshold that buys its recall with many false suggestions.
  const counts = (t: number, j: number, keep: (i: number) => boolean) => {
    const f = fitted[j];
    const yk = f?.y.filter((_, i) => keep(i)) ?? [];
    return rates(f?.p.filter((_, i) => keep(i)) ?? [], yk, t);
  };
  const microOf = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);
  const chooseThresholds = (keep: (i: number) => boolean): number[] => {
    const t = fitted.map((f) => bestThreshold(f.p, f.y, keep).threshold);
    for (let round = 0; round < 3; round++) {
      for (let j = 0; j < fitted.length; j++) {
        const rest = { tp: 0, fp: 0, fn: 0 };
        t.forEach((tk, k) => {
          if (k === j) return;
          const r = counts(tk, k, keep);
          rest.tp += r.tp;
          rest.fp += r.fp;
          rest.fn += r.fn;
        });
        let best = { threshold: t[j] ?? 0.5, f1: -1 };
        for (const candidate of THRESHOLDS) {
          const r = counts(candidate, j, keep);
          const f1 = microOf({ tp: rest.tp + r.tp, fp: rest.fp + r.fp, fn: rest.fn + r.fn });
          if (f1 > best.f1 + 1e-9) best = { threshold: candidate, f1 };
        }
        t[j] = best.threshold;
      }
    }
    return t;
  };
  const thresholds = chooseThresholds(() => true);
  // the honest figure: each held-out fold judged at thresholds chosen on the other folds
  const honest = fitted.map(() => ({ tp: 0, fp: 0, fn: 0 }));
  for (let k = 0; k < SET_FOLDS; k++) {
    const t = chooseThresholds((i) => foldOf[i] !== k);
    fitted.forEach((_, j) => {
      const r = counts(t[j] ?? 0.5, j, (i) => foldOf[i] === k);
      const h = honest[j];
      if (h === undefined) return;
      h.tp += r.tp;
      h.fp += r.fp;
      h.fn += r.fn;
    });
  }
  const codes: Record<string, { weights: number[]; bias: number }> = {};
  const meanings: Record<string, number[]> = {};
  const seen = { tp: 0, fp: 0, fn: 0 };
  fitted.forEach((f, j) => {
    const threshold = thresholds[j] ?? 0.5;
    const r = counts(threshold, j, () => true);
    seen.tp += r.tp;
    seen.fp += r.fp;
    seen.fn += r.fn;
    console.log(
      `theme ${f.code}: held-out-set F1 ${microOf(honest[j] ?? r).toFixed(3)} ` +
        `(${r.f1.toFixed(3)} at the chosen threshold ${threshold.toFixed(2)}), ` +
        `l2 ${f.o.l2}, word l2 ${f.o.sparseL2}, log-loss ${f.loss.toFixed(3)}`,
    );
    const m = fitLogisticLbfgs(f.examples, d, f.o);
    // fold the threshold into the bias: a probability of 0.5 then means the chosen threshold
    const shift = Math.log(threshold / (1 - threshold));
    // the word-vector weights become one number a word (and the centring a constant in the bias)
    const byDimension = centre.map(
      ({ sd }, k) => ((m.weights[THEME_FEATURE_NAMES.length + k] ?? 0) * VECTOR_WEIGHT) / sd,
    );
    const constant = centre.reduce((a, { mu }, k) => a - (byDimension[k] ?? 0) * mu, 0);
    codes[f.code] = {
      weights: [...m.weights.slice(0, THEME_FEATURE_NAMES.length), ...m.weights.slice(dense)].map(round4),
      bias: round4(m.bias - shift + constant),
    };
    meanings[f.code] = vectorWords.map((w) => {
      const v = vectorOf.get(w) ?? [];
      return round3(v.reduce((a, x, k) => a + x * (byDimension[k] ?? 0), 0));
    });
  });
  const all = honest.reduce((a, h) => ({ tp: a.tp + h.tp, fp: a.fp + h.fp, fn: a.fn + h.fn }), {
    tp: 0,
    fp: 0,
    fn: 0,
  });
  console.log(
    `themes, micro-F1 on held-out sets: ${microOf(all).toFixed(3)} ` +
      `(${microOf(seen).toFixed(3)} at thresholds chosen on all sets), ${((Date.now() - started) / 1000).toFixed(0)} s`,
  );
  writeFileSync(
    out('themes-model.json'),
    `${JSON.stringify({ features: THEME_FEATURE_NAMES, vocabulary, codes, vectorWords: { words: vectorWords.join(' '), codes: meanings } })}\n`,
  );
}
