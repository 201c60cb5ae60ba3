// Benchmark for inter-coder agreement: how long a team waits for the comparison page on a large
// project. Synthetic, seeded: N stories of ~400 words, 3 coders, 27 codes, each coder applying
// ~12 codes per story with overlapping spans. Prints one JSON line per figure.
//
//   node --import tsx bench/agreement.bench.ts [--stories N]
import { performance } from 'node:perf_hooks';
import {
  computeAgreement,
  type AgreementUnit,
  type CodeApplication,
} from '../server/modules/analysis/agreement.js';

const args = process.argv.slice(2);
const storiesArg = args.indexOf('--stories');
const STORIES = storiesArg >= 0 ? Number(args[storiesArg + 1]) : 300;
const CODERS = ['a', 'b', 'c'];
const CODES = Array.from({ length: 27 }, (_, i) => `code-${i}`);

// A small deterministic generator, so every run measures the same project.
let seed = 42;
function random(): number {
  seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
  return seed / 2 ** 31;
}
const WORDS =
  'the group helped me feel i belonged and now i have hope for my future with my family again'.split(' ');

const documents = Array.from({ length: STORIES }, (_, d) => {
  const sentences: string[] = [];
  for (let s = 0; s < 30; s++) {
    const length = 8 + Math.floor(random() * 10);
    sentences.push(
      Array.from({ length }, () => WORDS[Math.floor(random() * WORDS.length)] ?? 'and').join(' ') + '.',
    );
  }
  return { id: `story-${d}`, text: sentences.join(' ') };
});

const applications: CodeApplication[] = [];
for (const document of documents) {
  for (let n = 0; n < 12; n++) {
    const codeId = CODES[Math.floor(random() * CODES.length)] ?? 'code-0';
    const start = Math.floor(random() * (document.text.length - 200));
    const end = start + 40 + Math.floor(random() * 160);
    for (const coderId of CODERS) {
      // Coders mostly agree on what, and roughly on where.
      if (random() < 0.2) continue;
      const shift = Math.floor((random() - 0.5) * 30);
      applications.push({
        documentId: document.id,
        coderId,
        codeId,
        start: Math.max(0, start + shift),
        end: Math.min(document.text.length, end + shift),
      });
    }
  }
}

for (const unit of ['sentence', 'character', 'story'] as AgreementUnit[]) {
  const started = performance.now();
  const result = computeAgreement({ unit, documents, coderIds: CODERS, codeIds: CODES, applications });
  const ms = performance.now() - started;
  console.log(
    JSON.stringify({
      bench: 'agreement',
      unit,
      stories: STORIES,
      applications: applications.length,
      ms: Math.round(ms * 10) / 10,
      alpha: result.overall.alpha === null ? null : Math.round(result.overall.alpha * 1000) / 1000,
    }),
  );
}
