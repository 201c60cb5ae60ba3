// Reads a story sentence by sentence for risk: finds concept hits over lemmas, places each in time,
// and notes what surrounds it (negation, someone's job, a game, a poem). The decision is made from
// these readings in assess.ts.
import lemmatizer from 'wink-lemmatizer';
import { readTokens } from '../nlp.js';
import { CONCEPTS_BY_PREFIX, CONCEPTS_BY_WORD, UNINDEXED_CONCEPTS } from './concept-index.js';
import { CONCEPTS } from './concepts.js';
import type { RiskCategory } from './concepts.js';
import { PAST_STRONG, RECOVERY_FRAME, readTime } from './time.js';
import type { When } from './time.js';

export interface RiskHit {
  category: RiskCategory;
  weight: number;
  when: When;
  negated: boolean;
  /** The sentence is about work, a game, a poem or a film rather than the teller's life. */
  context: 'life' | 'work' | 'play' | 'fiction';
  question: boolean;
  sentence: number;
  start: number;
  end: number;
  text: string;
  /** The words that matched, as lemmas. */
  cue: string;
  /** Why the time reading came out as it did. */
  timeWhy: string;
}

export interface StoryReading {
  hits: RiskHit[];
  sentences: number;
  /** Index of the last sentence that reads as recovery told from a safe place. */
  lastRecovery: number;
  pastAnchors: number;
  /** Lemmas of the sentences not placed in the past: what the classifier reads besides concepts. */
  words: Set<string>;
}

// Idioms and everyday talk that hold risk words but speak of no risk. Blanked before reading.
const IDIOMS =
  /\b(?:(?:nearly|almost|literally|practically|proper|properly|that|it|this|joke|laugh) (?:killed|kills|killin|killing) (?:me|us)|(?:on|off|keep|lose|lost) track|dying (?:to|for) (?:a |an |the |some )?\w+|to die for|(?:that|it|this|you|he|she|which|they|work|the kids|my back|my knees?|my feet) (?:killed|kills|is killing|was killing|are killing|were killing|('s|’s) killing) (?:me|us)\b|killing (?:it|time|myself laughing)|killed it|kill(?:ing)? (?:time|an hour|a few minutes|the mood|the vibe|the lights?|the engine|a bottle|two birds)|(?:could|would|'d) (?:murder|kill for|kill) (?:a|an|for a|some) \w+|over my dead body|(?:nearly |almost |could have |could've |practically )?died (?:of|from|with) (?:embarrassment|shame|laughing|laughter|boredom|fright|happiness)|dying (?:of (?:embarrassment|laughter|boredom)|laughing)|dead (?:good|funny|proud|chuffed|nice|easy|tired|on|right|quiet|busy|posh|jealous|lucky|keen|excited|cute|sound|serious|loud|handy|end|cert|loss|heat|ringer|on my feet|beat)|drop[- ]dead \w+|(?:bored|sick|worried|scared|frightened) (?:to death|sick|stiff)|my (?:feet|knees?|back|head) (?:are|is|were|was) killing me|shoot me now|cliffhanger|killer \w+|(?:end|ended|ending) (?:it|things) with (?:him|her|them|my)|at the end of (?:it|the day|things)|(?:cut|cutting) (?:down|back|out|ties|corners|my hair|the grass|the hedge|a long story short|it out|loose)|water under the bridge|bridge the gap|cross that bridge|jump (?:at|on) the chance|jump in|shot (?:myself|me) in the foot|hang (?:on|out|about|around|in there|up)|hanging (?:out|around|about|on)|hung over|hangover|give up (?:smoking|the drink|drink|booze|fags|the fags|gambling|the bookies|caffeine|sugar|meat)|(?:phone|battery|car|telly|laptop|tv|engine|plant|plants)(?:'s|’s)? (?:died|dead|is dead|was dead)|(?:died|dead) (?:phone|battery)|overdos\w* on (?:chocolate|caffeine|sugar|telly)|career suicide|social suicide|(?:talk|talking|talked|speak|speaking|write|writing|post|posting|mention|mentions|content note|trigger warning|tw|cw|recovery|recovering|recovered) (?:about |from |on |of )?(?:self[- ]harm|suicide|overdose|suicidal thoughts)|suicide (?:prevention|awareness|training|strategy|leaflet|first aid|bereavement|bereaved)|self[- ]harm (?:awareness|training|policy|leaflet|first aid)|dead(?:line|lift|pan|lock|bolt)s?|lethal (?:weapon|injection)|(?:game|stream|server|battery|party|night) (?:died|was dead)|kill (?:the|a) (?:boss|zombies?|monsters?|enemies|mobs?|dragon))/g;

const WORK =
  /\b(?:training|trainer|trained|course|workshop|module|leaflet|poster|awareness|prevention|policy|protocol|patients?|clients?|service users?|callers?|colleagues?|my shift|on shift|ward round|caseload|risk assessment|safety plan(?:ning)? (?:with|for)|the people i (?:support|work with)|i teach|we teach|lecture|research(?:er)?|study|participants|on the ward|paramedics?|pharmac(?:y|ist)|nurses?|clinicians?|at work|my job|in my job|the job|on call|crew|first aid|we were taught|we learn(?:ed|t)?|trainees|students|delegates|role[- ]play|scenario|the call(?:er)?s? (?:i|we) take)\b/;
const PLAY =
  /\b(?:game|games|gaming|gamer|boss|level|respawn|lives|fortnite|minecraft|call of duty|warzone|elden ring|dark souls|apex|valorant|raid|npc|controller|console|ps5|xbox|stream(?:ing|er)?|twitch|lobby|squad|noob|gg|speedrun|checkpoint|my character|the match|ranked|dungeon|d&d|dice)\b/;
const FICTION =
  /\b(?:poem|poetry|verse|stanza|character|novel|film|movie|song|lyrics?|the play|script|chapter|the book|episode|series|soap|storyline|fiction|short story|narrator|the writing group|prompt)\b/;

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
};
// Closed-class words the lemmatiser must leave alone ("us" is not a plural of "u").
const KEEP = new Set(
  'i me my mine myself we us our you your he him his she her it its they them their this that these those as is was has does its bus less news always perhaps across this thus yes ours yours hers theirs christmas'.split(
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

const lemmaCache = new Map<string, string>();
/** The lemma of one lowercase word: a verb's base form, else a noun's singular. */
function lemmaOf(word: string): string {
  let out = lemmaCache.get(word);
  if (out !== undefined) return out;
  const expanded = EXPAND[word];
  if (expanded !== undefined) out = expanded;
  else if (KEEP.has(word) || word.length < 3) out = word;
  else {
    const verb = lemmatizer.verb(word);
    out = verb !== word ? verb : lemmatizer.noun(word);
  }
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

const tokenCache = new Map<string, string>();
/** Lemmas of one lowercase token, cached: "i've" → "i have", "saving" → "save". */
function tokenLemmas(token: string): string {
  let out = tokenCache.get(token);
  if (out === undefined) {
    out = lemmasOfToken(token);
    if (tokenCache.size > 100_000) tokenCache.clear();
    tokenCache.set(token, out);
  }
  return out;
}

interface Lemmas {
  /** Each token's lemmas (some tokens expand to two words: "im" → "i be"); punctuation reads ".". */
  lemmas: string[];
  /** Where each token starts in the text. */
  from: number[];
}

const WORD = /[a-z0-9]+(?:'[a-z]+)*|[.!?;:\n"]/g;

/** The lemmas of a lowercased story, cheap enough to read for every story. */
export function lemmatise(lower: string): Lemmas {
  const lemmas: string[] = [];
  const from: number[] = [];
  WORD.lastIndex = 0;
  for (let m = WORD.exec(lower); m !== null; m = WORD.exec(lower)) {
    const w = m[0];
    const c = w.charCodeAt(0);
    lemmas.push((c >= 97 && c <= 122) || (c >= 48 && c <= 57) ? tokenLemmas(w) : '.');
    from.push(m.index);
  }
  return { lemmas, from };
}

/** Concepts that could match these lemmas, by the words they share. */
function conceptsFor(lemmas: string[]): Set<number> {
  const out = new Set<number>();
  for (const lemma of lemmas) {
    for (const word of lemma.includes(' ') ? lemma.split(' ') : [lemma]) {
      for (const i of CONCEPTS_BY_WORD.get(word) ?? []) out.add(i);
      if (word.length >= 4) for (const i of CONCEPTS_BY_PREFIX.get(word.slice(0, 5)) ?? []) out.add(i);
    }
  }
  for (const i of UNINDEXED_CONCEPTS) out.add(i);
  return out;
}

interface Sentence {
  start: number;
  end: number;
  text: string;
}

const ABBREVIATION = /(?:^|\s)(?:dr|mr|mrs|ms|st|no|vs|etc|e\.g|i\.e|approx|dept|rd|ave)$/i;

/**
 * Sentences for reading risk. Unlike the splitter used for evidence in careful prose, a full stop
 * before a lowercase word ends a sentence too: text messages are written all in lower case.
 */
function riskSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') push(i + 1);
    else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < text.length && /[.!?…"”’')\]]/.test(text[j] ?? '')) j++;
      const next = text[j];
      if (next !== undefined && next !== ' ' && next !== '\n' && next !== '\t') continue;
      if (c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 8), i))) continue;
      push(j);
      i = j - 1;
    } else if (i - start >= 2000) push(i);
  }
  push(text.length);
  return out;
}

const NEGATOR = / (?:not|never|no|nothing|nobody|neither|nor|without) (?:\S+ ){0,3}$/;
const STARTS_NEGATED = /^ (?:not|never|no|nothing|nobody|noone|no-one)\b/;
const BUT = / (?:but|except|though|although|until) /;

const ENDING_SHARE = 0.3;
// What sets a scene to be told in the present: a year, a night, an age, "picture it".
const SCENE =
  /\b(?:(?:19|20)\d\d|picture (?:it|this|the scene)|one (?:night|day|morning|evening|time)|that (?:night|day|morning|evening|christmas|winter|summer)|i'?m (?:\w+teen|twenty[- \w]*|1\d|2\d)\b|it'?s (?:christmas|new year|diwali|eid|my birthday|the night|the day|the morning))/;
const PAST_VERB =
  /\b(?:was|were|had|did|went|got|took|came|said|told|thought|felt|knew|left|found|died|lost|ran|sat|stood|fell|broke|gave|kept|became|began|met|paid|sold|wrote|drove|\w{3,}ed)\b/;

function firstAtOrAfter(xs: number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentence indices holding a match of a global pattern over the lowercased text. */
function sentencesMatching(re: RegExp, text: string, starts: number[]): Set<number> {
  const out = new Set<number>();
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.add(firstAtOrAfter(starts, m.index + 1) - 1);
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

const PAST_G = new RegExp(PAST_STRONG.source, 'g');
const RECOVERY_G = new RegExp(RECOVERY_FRAME.source, 'g');

/** Read a story for risk. */
export function readStory(text: string): StoryReading {
  let lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  const reading: StoryReading = {
    hits: [],
    sentences: 0,
    lastRecovery: -1,
    pastAnchors: 0,
    words: new Set(),
  };
  // a few letters grow when lowercased ("İ"); offsets must still point into the text
  if (lower.length !== text.length) {
    lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c))
      .join('')
      .replace(/[’‘`]/g, "'");
  }
  const sentences = riskSentences(text);
  reading.sentences = sentences.length;
  if (sentences.length === 0) return reading;
  const starts = sentences.map((s) => s.start);
  // idioms are blanked first, so "dying for a brew" reaches no concept
  const cleaned = lower.replace(IDIOMS, (m) => ' '.repeat(m.length));
  const { lemmas, from } = lemmatise(cleaned);
  const pastSentences = sentencesMatching(PAST_G, cleaned, starts);
  reading.pastAnchors = pastSentences.size;
  // a historic present is set up by a scene in the present ("Christmas Eve 2014. I'm in the bath"),
  // not by a past fact ("My wife died in 2021"), after which the present is the present again
  const scenes = new Set(
    [...pastSentences].filter((i) => {
      const s = sentences[i];
      if (s === undefined) return false;
      const sentence = cleaned.slice(s.start, s.end);
      return SCENE.test(sentence) && !PAST_VERB.test(sentence);
    }),
  );
  // each sentence is tested only against the concepts that share a word with it
  const candidates = new Map<number, { line: string; concepts: Set<number> }>();
  for (let i = 0, t = 0; i < sentences.length; i++) {
    const end = sentences[i + 1]?.start ?? cleaned.length;
    const first = t;
    while (t < from.length && (from[t] ?? 0) < end) t++;
    const own = lemmas.slice(first, t);
    if (!pastSentences.has(i))
      for (const lemma of own) for (const w of lemma.split(' ')) reading.words.add(w);
    const concepts = conceptsFor(own);
    if (concepts.size > 0) candidates.set(i, { line: ` ${own.join(' ')} `, concepts });
  }
  for (const i of sentencesMatching(RECOVERY_G, cleaned, starts))
    reading.lastRecovery = Math.max(reading.lastRecovery, i);
  if (candidates.size === 0) return reading;

  let lastPast = -99;
  for (let index = 0; index < sentences.length; index++) {
    if (scenes.has(index)) lastPast = index;
    const candidate = candidates.get(index);
    if (!candidate) continue;
    const s = sentences[index];
    if (!s) continue;
    const matches: { concept: (typeof CONCEPTS)[number]; m: RegExpExecArray }[] = [];
    for (const i of candidate.concepts) {
      const concept = CONCEPTS[i];
      const m = concept?.re.exec(candidate.line);
      if (concept && m) matches.push({ concept, m });
    }
    if (matches.length === 0) continue;
    const sentenceLine = candidate.line;
    const sentenceLower = cleaned.slice(s.start, s.end);
    const tokens = readTokens(sentenceLower);
    // the ending matters most: the last sentences are never read as a historic present
    const nearEnd = index >= sentences.length - 2;
    const time = readTime(sentenceLower, tokens, index - lastPast <= 4 && index !== lastPast && !nearEnd);
    if (time.nowAnchor) lastPast = -99;
    const context = WORK.test(sentenceLower)
      ? 'work'
      : PLAY.test(sentenceLower)
        ? 'play'
        : FICTION.test(sentenceLower)
          ? 'fiction'
          : 'life';
    const question = /\?\s*$/.test(s.text);
    const seen = new Set<RiskCategory>();
    // the strongest reading of a category comes first, then the order they are written in
    matches.sort(
      (x, y) =>
        y.concept.weight - x.concept.weight || CONCEPTS.indexOf(x.concept) - CONCEPTS.indexOf(y.concept),
    );
    for (const { concept, m } of matches) {
      if (seen.has(concept.category)) continue;
      seen.add(concept.category);
      const before = sentenceLine.slice(0, m.index + 1);
      const negated =
        !STARTS_NEGATED.test(m[0]) && NEGATOR.test(before) && !BUT.test(sentenceLine.slice(m.index));
      reading.hits.push({
        category: concept.category,
        weight: concept.weight,
        when: time.when,
        negated,
        context,
        question,
        sentence: index,
        start: s.start,
        end: s.end,
        text: s.text,
        cue: m[0].trim(),
        timeWhy: time.why,
      });
    }
  }
  return reading;
}

/** The sentence index from which a hit counts as "at the end" of the story. */
export function endingFrom(sentences: number): number {
  return Math.floor(sentences * (1 - ENDING_SHARE));
}
