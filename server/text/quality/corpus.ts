// The labelled corpus committed with Cairn (server/text/corpus/README.md): a development part the
// toolkit is built and trained on, and a test part nobody tunes against.
import { fileURLToPath } from 'node:url';
import { analyseStory } from '../analyse.js';
import { readJsonLines } from './score.js';
import type { GoldStory, PredictedStory } from './score.js';

export type CorpusPart = 'dev' | 'dev-first60' | 'test';

export const corpusPath = (part: CorpusPart): string =>
  fileURLToPath(new URL(`../corpus/${part}.jsonl`, import.meta.url));

export function readCorpus(part: CorpusPart): GoldStory[] {
  return readJsonLines<GoldStory>(corpusPath(part));
}

/** Analyse each story as `cairn analyse` would and keep what the scorer reads. */
export function predict(stories: GoldStory[]): PredictedStory[] {
  return stories.map((s) => {
    const a = analyseStory(s.text);
    return {
      id: s.id,
      pii: a.pii.map((p) => ({ start: p.start, end: p.end, type: p.type })),
      risk: a.risk,
      themes: a.themes.map((t) => ({ code: t.code, score: t.score })),
    };
  });
}
