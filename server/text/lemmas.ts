// Lemmas for matching words by what they mean rather than how they are spelt: "saving", "saved"
// and "I've been saving" all read "save". A verb's base form, else a noun's singular, as
// wink-lemmatizer gives them (WordNet's exceptions and rules), read from a table built from it for
// every English word (scripts/build-lemma-table.ts); informal and contracted spellings are expanded
// first. Cheap enough for every story: each token is cached.
import { readFileSync } from 'node:fs';

// Informal and contracted spellings, read as their full forms ("im" → "i be", "dont" → "do not").
const EXPAND: Record<string, string> = {
  im: 'i be',
  ive: 'i have',
  id: 'i would',
  dont: 'do not',
  cant: 'can not',
  cannae: 'can not',
  canny: 'can not',
  cannot: 'can not',
  wont: 'will not',
  didnt: 'do not',
  doesnt: 'do not',
  // "is", "am" and "was" read as "be" like "are", "were" and "'m", so one pattern covers every tense
  is: 'be',
  am: 'be',
  was: 'be',
  isnt: 'be not',
  wasnt: 'be not',
  aint: 'be not',
  havent: 'have not',
  couldnt: 'could not',
  wouldnt: 'would not',
  shouldnt: 'should not',
  dinnae: 'do not',
  dinny: 'do not',
  wouldnae: 'would not',
  nt: 'not',
  wanna: 'want to',
  gonna: 'go to',
  gotta: 'have to',
  meself: 'myself',
  mesel: 'myself',
  mysen: 'myself',
  masel: 'myself',
  mysel: 'myself',
  maself: 'myself',
  u: 'you',
  ur: 'your',
  ye: 'you',
  yous: 'you',
  youse: 'you',
  cos: 'because',
  coz: 'because',
  cuz: 'because',
  n: 'and',
  tabs: 'tablet',
  tonite: 'tonight',
  '2nite': 'tonight',
  tae: 'to',
  // Scots and Caribbean spellings that carry the words the risk concepts need
  wi: 'with',
  noo: 'now',
  naebody: 'nobody',
  mi: 'i',
  nuh: 'not',
  fi: 'to',
  tek: 'take',
  cyaan: 'can not',
  nae: 'no',
  av: 'have',
  ave: 'have',
  better: 'good',
  being: 'be',
  scared: 'scared',
  tired: 'tired',
  worried: 'worried',
  hes: 'he be',
  shes: 'she be',
  thats: 'that be',
  theyre: 'they be',
  youre: 'you be',
  itll: 'it will',
  ull: 'you will',
  whats: 'what be',
  nowt: 'nothing',
  b4: 'before',
  tmrw: 'tomorrow',
  morra: 'tomorrow',
  fae: 'from',
  wk: 'week',
  killin: 'kill',
  dyin: 'die',
  cuttin: 'cut',
  takin: 'take',
  thinkin: 'think',
  sayin: 'say',
  goin: 'go',
  tryin: 'try',
  feelin: 'feel',
  nothin: 'nothing',
  born: 'born',
  left: 'leave',
  has: 'have',
  does: 'do',
};
// Closed-class words the lemmatiser must leave alone ("us" is not a plural of "u"), and a word whose
// form says what its lemma loses: "calming" describes a thing ("teaching him is weirdly calming"),
// "calm" a person.
const KEEP = new Set(
  'i me my mine myself we us our you your he him his she her it its they them their this that these those as is was has does its bus less news always perhaps across this thus yes ours yours hers theirs christmas calming'.split(
    ' ',
  ),
);
const CONTRACTION: Record<string, string> = {
  "'m": 'be',
  "'re": 'be',
  "'ve": 'have',
  "'ll": 'will',
  "'d": 'would',
};
const PRONOUN_IS = new Set([
  'he',
  'she',
  'it',
  'that',
  'there',
  'what',
  'who',
  'where',
  'here',
  'this',
  'everything',
  'nobody',
  'everyone',
]);
const NOT_STEM: Record<string, string> = {
  ca: 'can',
  wo: 'will',
  ai: 'be',
  sha: 'shall',
  do: 'do',
  does: 'do',
  did: 'do',
};

// read as data rather than imported, so the type checker does not walk 32,000 entries
const LEMMAS: Readonly<Record<string, string>> = JSON.parse(
  readFileSync(new URL('./lemma-table.json', import.meta.url), 'utf8'),
);
const lemmaCache = new Map<string, string>();
/** The lemma of one lowercase word: a verb's base form, else a noun's singular. */
function lemmaOf(word: string): string {
  let out = lemmaCache.get(word);
  if (out !== undefined) return out;
  const expanded = EXPAND[word];
  if (expanded !== undefined) out = expanded;
  else if (KEEP.has(word) || word.length < 3) out = word;
  else out = LEMMAS[word] ?? word;
  if (lemmaCache.size > 100_000) lemmaCache.clear();
  lemmaCache.set(word, out);
  return out;
}

function lemmasOfToken(token: string): string {
  const apostrophe = token.indexOf("'");
  if (apostrophe <= 0) return lemmaOf(token);
  if (token.endsWith("n't")) {
    const stem = token.slice(0, -3);
    return `${NOT_STEM[stem] ?? lemmaOf(stem)} not`;
  }
  const head = token.slice(0, apostrophe);
  const tail = token.slice(apostrophe);
  if (tail === "'s") return PRONOUN_IS.has(head) ? `${head} be` : lemmaOf(head);
  const c = CONTRACTION[tail];
  return c ? `${lemmaOf(head)} ${c}` : lemmaOf(head);
}

const tokenCache = new Map<string, readonly string[]>();
const PUNCTUATION: readonly string[] = ['.'];
/** Lemmas of one lowercase token, cached: "i've" → ["i", "have"], "saving" → ["save"]. */
function tokenLemmas(token: string): readonly string[] {
  let out = tokenCache.get(token);
  if (out === undefined) {
    out = lemmasOfToken(token).split(' ');
    if (tokenCache.size > 100_000) tokenCache.clear();
    tokenCache.set(token, out);
  }
  return out;
}

export interface Lemmas {
  /** One lemma a word (a token may give two: "im" → "i", "be"); punctuation reads ".". */
  lemmas: string[];
  /** Where the token each lemma came from starts in the text. */
  from: number[];
}

// letters with accents are part of a word: "café", "chcę umrzeć", "vreau să mor", "bàsachadh"
const WORD = /[a-z0-9\u00df-\u00f6\u00f8-\u024f]+(?:'[a-z]+)*|[.!?;:\n"]/g;
const ACCENTED = /[\u00df-\u024f]/;
// letters that do not come apart into a plain letter and an accent
const FOLDED: Record<string, string> = {
  ł: 'l',
  ø: 'o',
  đ: 'd',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  þ: 'th',
  ð: 'd',
  ı: 'i',
  ħ: 'h',
};

const UNFOLDED = new RegExp(`[${Object.keys(FOLDED).join('')}]`, 'g');

/**
 * A word with its accents taken off, so that words typed with or without them read the same ("cafe",
 * "café"), and words of the other languages people mix into their English can be matched at all.
 */
function withoutAccents(word: string): string {
  return word
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(UNFOLDED, (c) => FOLDED[c] ?? c);
}

/** The lemmas of a lowercased story, cheap enough to read for every story. */
export function lemmatise(lower: string): Lemmas {
  const lemmas: string[] = [];
  const from: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = ACCENTED.test(m[0]) ? withoutAccents(m[0]) : m[0];
    const c = w.charCodeAt(0);
    for (const lemma of (c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? tokenLemmas(w) : PUNCTUATION) {
      lemmas.push(lemma);
      from.push(m.index);
    }
  }
  return { lemmas, from };
}
