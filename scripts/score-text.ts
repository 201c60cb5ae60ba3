// Scores the text toolkit on a labelled corpus and prints the figures.
//
//   npm run score:text -- dev|test|FILE.jsonl [--json] [--misses]
//
// "dev" and "test" are the parts of the committed corpus; the test part is for measuring only.
import { readCorpus } from '../server/text/quality/corpus.js';
import { predict } from '../server/text/quality/corpus.js';
import { readJsonLines, scoreAnalysis } from '../server/text/quality/score.js';
import type { GoldStory } from '../server/text/quality/score.js';

const args = process.argv.slice(2);
const which = args.find((a) => !a.startsWith('--')) ?? 'dev';
const gold =
  which === 'dev' || which === 'test' || which === 'dev-first60'
    ? readCorpus(which)
    : readJsonLines<GoldStory>(which);
const scored = scoreAnalysis(gold, predict(gold));
// Which identifiers were missed is shown for the development part only (or when asked with --misses):
// reading the test part's or a new set's misses would start tuning against stories kept unseen.
const { first_misses: misses, ...figures } = scored;
const scores = which === 'dev' || args.includes('--misses') ? scored : figures;
void misses;
if (args.includes('--json')) console.log(JSON.stringify(scores));
else {
  for (const [k, v] of Object.entries(scores)) {
    console.log(`${k}: ${typeof v === 'number' ? v.toFixed(3) : JSON.stringify(v)}`);
  }
}
