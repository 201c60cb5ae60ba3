// Safeguarding: decide none / historic / current for a story, with the sentences that decided it.
// Concepts are read per sentence (read.ts), weighed by a small logistic-regression classifier whose
// weights are learnt from the development part of the labelled corpus by `npm run train:text` and
// committed as data (model.json). Its threshold is chosen for recall first: `current` means "a
// safeguarding lead should read this now", and when in doubt the answer is `current`.
import { CATEGORY_LABEL } from './concepts.js';
import type { RiskCategory } from './concepts.js';
import { FEATURE_NAMES, hitStrength, storyFeatures } from './features.js';
import model from './model.json' with { type: 'json' };
import { readStory } from './read.js';
import type { RiskHit, StoryReading } from './read.js';

export type RiskLevel = 'none' | 'historic' | 'current';
export type RiskKind = RiskCategory;

export interface RiskEvidence {
  start: number;
  end: number;
  /** The sentence, as written. */
  text: string;
  level: 'historic' | 'current';
  kind: RiskKind;
  /** The words that matched, as lemmas. */
  cue: string;
  /** Why, in plain words for a safeguarding lead: what kind of risk and when. */
  why: string;
}

export interface RiskAssessment {
  risk: RiskLevel;
  /** How sure the classifier is that the risk is current, 0..1. */
  probability: number;
  evidence: RiskEvidence[];
}

interface Model {
  features: string[];
  vocabulary: string[];
  weights: number[];
  bias: number;
  threshold: number;
}

const MODEL: Model = model;
// checked on use, not on import, so `npm run train:text` can load this module to write a new model
const MODEL_MATCHES = MODEL.features.join('|') === FEATURE_NAMES.join('|');

// Word weights by word: a story's words are looked up, not the whole vocabulary walked.
const WORD_WEIGHTS = new Map(
  MODEL.vocabulary.map((w, i) => [w, MODEL.weights[MODEL.features.length + i] ?? 0]),
);

/** The classifier's probability that the story holds a current risk. */
export function currentRiskProbability(reading: StoryReading): number {
  if (!MODEL_MATCHES) {
    throw new Error('server/text/risk/model.json does not match the features: run npm run train:text');
  }
  const features = storyFeatures(reading);
  let z = MODEL.bias;
  for (let i = 0; i < features.length; i++) z += (MODEL.weights[i] ?? 0) * (features[i] ?? 0);
  for (const w of reading.words) z += WORD_WEIGHTS.get(w) ?? 0;
  return 1 / (1 + Math.exp(-z));
}

function explain(h: RiskHit): string {
  const when = h.when === 'past' ? 'told as past' : h.when === 'now' ? 'told as now' : 'time not clear';
  const extra = [
    h.negated ? 'said with a "not"' : '',
    h.context === 'work'
      ? 'about work'
      : h.context === 'play'
        ? 'about a game'
        : h.context === 'fiction'
          ? 'in a piece of writing'
          : '',
    h.question ? 'a question' : '',
    h.third ? 'said of someone else' : '',
    h.quoted ? 'in quotation marks' : '',
  ].filter(Boolean);
  return `${CATEGORY_LABEL[h.category]}; ${when} (${h.timeWhy})${extra.length ? `; ${extra.join(', ')}` : ''}`;
}

/** Decide none / historic / current for a story. */
export function assessRisk(text: string): RiskAssessment {
  return assessReading(readStory(text));
}

/** The decision for a story already read (analyse.ts reuses the reading's lemmas for themes). */
export function assessReading(reading: StoryReading): RiskAssessment {
  const probability = currentRiskProbability(reading);
  const current = probability >= MODEL.threshold;
  const evidence: RiskEvidence[] = reading.hits
    .filter((h) => hitStrength(h) > 0.15)
    .map((h) => ({
      start: h.start,
      end: h.end,
      text: h.text,
      level: current && h.when !== 'past' ? 'current' : 'historic',
      kind: h.category,
      cue: h.cue,
      why: explain(h),
    }));
  // a current story always shows the lead at least one sentence, even when every hit read as past
  if (current && !evidence.some((e) => e.level === 'current')) {
    const strongest = [...evidence].sort((a, b) => b.end - a.end)[0];
    if (strongest) strongest.level = 'current';
  }
  // a past crisis in the teller's own life makes the story historic; work talk, games and poems do not
  const ownCrisis = reading.hits.some(
    (h) => h.context === 'life' && !h.negated && (h.weight >= 1 || h.when === 'past'),
  );
  const risk: RiskLevel = current ? 'current' : ownCrisis ? 'historic' : 'none';
  return { risk, probability, evidence };
}
