// The numbers the classifier weighs: for each concept category, how strongly it was said now, with
// no clear time, or in the past; and what the story as a whole says about time (a past frame, a
// recovery ending, a risk in the last sentences). Shared by assess.ts and the training script.
import { RISK_CATEGORIES } from './concepts.js';
import { endingFrom } from './read.js';
import type { RiskHit, StoryReading } from './read.js';

const WHEN = ['now', 'unclear', 'past'] as const;

export const FEATURE_NAMES: readonly string[] = [
  ...RISK_CATEGORIES.flatMap((c) => WHEN.map((w) => `${c}:${w}`)),
  'hits:now',
  'hits:unclear',
  'hits:past',
  'strong:now',
  'ending:now-or-unclear',
  'recovery-after-last-risk',
  'risk-after-last-recovery',
  'past-anchors',
  'negated',
  'context:work',
  'context:play',
  'context:fiction',
  'questions',
  'third-person',
  'quoted',
  'story:work',
  'story:fiction',
  'story:play',
  'story:benign-reason',
  'story:well-now',
  'categories:now-or-unclear',
];

const FEATURE_INDEX = new Map(FEATURE_NAMES.map((n, i) => [n, i]));

/** How much a hit counts: negation, a job, a game or a poem, and a question all weaken it. */
export function hitStrength(h: RiskHit): number {
  let s = h.weight;
  if (h.negated) s *= 0.3;
  if (h.context !== 'life') s *= 0.4;
  if (h.question) s *= 0.5;
  if (h.third) s *= 0.5;
  if (h.quoted) s *= 0.6;
  return s;
}

/**
 * The story's features: the concept features above, then one per vocabulary word (1 when the word is
 * in a sentence not placed in the past). The vocabulary is learnt with the weights (model.json).
 */
export function storyFeatures(reading: StoryReading, vocabulary: readonly string[] = []): number[] {
  const f = new Array<number>(FEATURE_NAMES.length).fill(0);
  const set = (name: string, value: number) => {
    const i = FEATURE_INDEX.get(name);
    if (i !== undefined) f[i] = value;
  };
  // several weaker signs of one kind add up ("paid my debts", "said goodbye"), to a cap
  const add = (name: string, value: number) => {
    const i = FEATURE_INDEX.get(name);
    if (i !== undefined) f[i] = Math.min(2, (f[i] ?? 0) + value);
  };
  let now = 0;
  let unclear = 0;
  let past = 0;
  let strongNow = 0;
  let ending = 0;
  let lastRisk = -1;
  let lastLive = -1;
  const liveCategories = new Set<string>();
  for (const h of reading.hits) {
    const s = hitStrength(h);
    // a denial ("I am not suicidal") says nothing of now: it counts as a time not clear, weakly
    const when = h.negated && h.when === 'now' ? 'unclear' : h.when;
    add(`${h.category}:${when}`, s);
    if (when === 'now') now += s;
    else if (when === 'unclear') unclear += s;
    else past += s;
    if (h.when !== 'past' && s >= 1) strongNow = 1;
    if (h.when !== 'past' && h.sentence >= endingFrom(reading.sentences)) ending = Math.max(ending, s);
    if (h.when !== 'past' && s >= 0.5) {
      liveCategories.add(h.category);
      lastLive = Math.max(lastLive, h.sentence);
    }
    if (s >= 0.5) lastRisk = Math.max(lastRisk, h.sentence);
  }
  set('hits:now', Math.log1p(now));
  set('hits:unclear', Math.log1p(unclear));
  set('hits:past', Math.log1p(past));
  set('strong:now', strongNow);
  set('ending:now-or-unclear', ending);
  set('recovery-after-last-risk', lastRisk >= 0 && reading.lastRecovery > lastRisk ? 1 : 0);
  // a recovery story that turns: a live risk told after the last words of recovery ("…but this week")
  set('risk-after-last-recovery', reading.lastRecovery >= 0 && lastLive > reading.lastRecovery ? 1 : 0);
  set('past-anchors', Math.log1p(reading.pastAnchors));
  const hitsWhere = (test: (h: RiskHit) => boolean) => Math.log1p(reading.hits.filter(test).length);
  set(
    'negated',
    hitsWhere((h) => h.negated),
  );
  set(
    'context:work',
    hitsWhere((h) => h.context === 'work'),
  );
  set(
    'context:play',
    hitsWhere((h) => h.context === 'play'),
  );
  set(
    'context:fiction',
    hitsWhere((h) => h.context === 'fiction'),
  );
  set(
    'questions',
    hitsWhere((h) => h.question),
  );
  set('categories:now-or-unclear', Math.log1p(liveCategories.size));
  set(
    'third-person',
    hitsWhere((h) => h.third),
  );
  set(
    'quoted',
    hitsWhere((h) => h.quoted),
  );
  set('story:work', Math.log1p(reading.markers.work));
  set('story:fiction', Math.log1p(reading.markers.fiction));
  set('story:play', Math.log1p(reading.markers.play));
  set('story:benign-reason', Math.log1p(reading.markers.benign));
  set('story:well-now', Math.log1p(reading.markers.wellNow));
  for (const word of vocabulary) f.push(reading.words.has(word) ? 1 : 0);
  return f;
}
