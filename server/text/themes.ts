// CHIME theme suggestions (Leamy et al. 2011): phrase lexicons per recovery process, grouped into
// concept families (each phrase weighted by how clearly it speaks to the process), read for how they
// are said (by the teller, now or then, negated, or of someone else), where they fall in the story,
// beside the risk reading, the story's words and what its words mean (the mean of their word vectors,
// so "my pals" and "the lads" count alike for a voice the development corpus never had), by a small
// model per theme trained on the development corpus (`npm run train:text`). The phrases the teller
// says are the evidence a reader sees.

import type { Lemmas } from './lemmas.js';
import { assessReading } from './risk/assess.js';
import type { RiskLevel } from './risk/assess.js';
import { readStory } from './risk/read.js';
import { PAST_STRONG } from './risk/time.js';
import themeModel from './themes-model.json' with { type: 'json' };

export type ChimeCode = 'connectedness' | 'hope' | 'identity' | 'meaning' | 'empowerment';

export const CHIME_CODES: readonly ChimeCode[] = [
  'connectedness',
  'hope',
  'identity',
  'meaning',
  'empowerment',
];

export interface ThemeSuggestion {
  code: ChimeCode;
  /** 0..1; 0.5 or more means suggested. */
  score: number;
  /** The phrases that led to the score, as they appear in the text. */
  evidence: string[];
}

/** A concept family: phrases that say one thing about a recovery process, however it is worded. */
interface Entry {
  family: string;
  source: string;
  weight: number;
}

// weight 1: clear signal; 0.5: supporting; patterns are bounded alternations only
const w = (family: string, weight: number, source: string): Entry => ({ family, source, weight });

const LEXICON: Record<ChimeCode, Entry[]> = {
  connectedness: [
    w(
      'doing-together',
      0.6,
      'each other|one another|we (?:meet|met|go|sit|talk|laugh|cook|share|practise|eat|had)|met (?:other|people|a)|kind(?:ness)?|asked (?:me )?if i was (?:okay|ok|alright)|round of applause|volunteers|knocked|reached out|checked (?:in|on) me|(?:my|a|the) (?:team|crew|lads|girls|folk)',
    ),
    w(
      'peer-groups',
      1,
      "peer (?:support|group|worker|mentors?|supporters?|researcher)|support group|(?:walking|writing|women'?s|men'?s|youth|social|peer|carers'?) group",
    ),
    w(
      'being-with',
      1,
      'sat with me|sit with (?:me|you)|stayed with me|came round|turned up on my doorstep|let (?:me|us) talk|listened|talk(?:ed)? to (?:me|each other|someone)',
    ),
    w(
      'not-alone',
      1,
      "not (?:on your own|alone)|other (?:people|veterans|mums|parents|grandparents|men|women|lads) (?:who|in the same|like me)|people who (?:got it|understood|had been)|been where (?:i|you) (?:was|were|are)|same boat|who'?d been through",
    ),
    w(
      'friends-community',
      0.8,
      'my (?:best )?mate|friends?|sponsor|neighbour|community|belong\\w*|together|welcome\\w*|connection|relationships?|family|fellowship',
    ),
    w(
      'kin',
      0.6,
      'my (?:nan|wife|husband|partner|sister|brother|daughter|son|mum|mam|dad|kids|children|grandchildren|granddaughter)',
    ),
    w(
      'gathering-places',
      0.6,
      'meetings?|the group|this group|our group|club|café|cafe|drop-in|(?:a|the) kettle|cup of tea|brew|blether',
    ),
    w(
      'acts-of-care',
      0.5,
      'helped me|took me in|called me by my name|nodded at me|clapped|hug\\w*|laughed|cried',
    ),
  ],
  hope: [
    w(
      'turning-point',
      1,
      "i never thought i'?d|(?:got|get|getting) better|(?:isn'?t|not) the end|kept me going|keeps? me going|here i am|i'?m here now|back on my feet|got my (?:\\w+ )?back|new start|fresh start|second chance|a way (?:out|forward|through)|stronger than|brighter|paying it forward|it turns out|who'?d have thought|can be (?:different|better)|(?:it|things) will (?:get|be)",
    ),
    w(
      'hope-words',
      1,
      'hope\\w*|optimis\\w*|believe (?:that )?(?:things|it|i can|recovery)|starting to believe|things can (?:change|get better|keep getting better)|it (?:gets|got) (?:better|lighter|easier)|it (?:actually )?lifts',
    ),
    w(
      'future',
      1,
      "the future|next (?:five|few|ten) years|one day|dreams?|aspir\\w*|ambitions?|looking forward|can come back from|will win|it'?s possible|possibility",
    ),
    w(
      'goals',
      0.8,
      "goals?|i want to (?:do|be|become|run|train|study|get)|i'?d like to|want my own|plans? (?:to|for)|we'?ll see|something better|could be better|might be quite good|why not\\?",
    ),
    w(
      'progress',
      0.6,
      "doing (?:much |so |a lot )?better|getting better|better now|still here|still being here|glad i am|one-year|anniversary|chip|milestone|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety|a hundred|a few|a couple of) (?:years?|months?|days) (?:clean|sober|on|since)|i'?ve got (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:years?|months?)|wouldn'?t swap|turning point|changed (?:everything|my life)|proof|motivat\\w*|determin\\w*|inshallah|keep coming back|still here",
    ),
  ],
  identity: [
    w(
      'self-view',
      0.8,
      "i'?m (?:a|an) (?:good|proper|real) |i believed i was|i was a (?:thief|junkie|revolving door|mess|wreck)|the person i am|i (?:quite )?like (?:the person|who|myself)|who i am|(?:my|our|in my) culture|not weak|proud of (?:where|who|myself)|where i'?ve come from|i'?m (?:allowed|not judging)|accept(?:ing|ed)? (?:myself|who)|true self",
    ),
    w(
      'stigma',
      1,
      "stigma\\w*|ashamed|shame\\w*|secret|label\\w*|diagnos\\w*|who i (?:am|was|really am)|sense of (?:self|who)|identity|be(?:ing)? myself|i'?m still me|still being here",
    ),
    w(
      'person-again',
      1,
      "to be a person|a person again|i'?m (?:not|more than) (?:just )?(?:a|the|an)|the (?:girl|boy|woman|man|bloke|lad|fella|person) who|a version of me|version of myself|i used to think i was|i thought i was|came out|trans|queer|gay|bi|non-binary|black man|my (?:own )?name|own body|my community|in our family|being a good",
    ),
    w(
      'proud-roles',
      0.8,
      "proud|not ashamed|i'?m a (?:good|nurse|mum|dad|volunteer|peer|father|mother)|(?:nurse|mum|dad|father) again|who i wanted|rebuild\\w*|myself",
    ),
    w(
      'who-i-was',
      0.8,
      "the (?:man|woman|person|girl|boy|lad|bloke) i (?:was|am|used to be)|i'?m not (?:fixed|broken|a secret|the)|me, (?:on|in|with) a|let-down|experience is expertise|who i'?ve become|be(?:ing)? me|gentle with",
    ),
    w('old-labels', 0.5, 'stranger|different person|broken|a threat|a junkie|an addict|a bin|a case'),
  ],
  meaning: [
    w(
      'purpose-roles',
      0.8,
      'a reason|(?:what|it) (?:does|did) (?:it|the work|that) (?:give|mean)|pension|lanyard|for others|make a difference|difference|(?:telling|tell|show) (?:younger|new|other|the) (?:lads|people|mums|nurses|ones|folk)|youth worker|i tell (?:them|that)|(?:my|a) calling|worthwhile|meaningful|fulfil\\w*',
    ),
    w(
      'purpose-faith',
      1,
      'purpose\\w*|meaning\\w*|reason to (?:get up|live|keep going)|worth something|useful|counting on me|give(?:s|ing)? back|makes? sense|quality of life|spiritual\\w*|faith|pray\\w*|church|mosque|god',
    ),
    w(
      'giving-back',
      1,
      'volunteer\\w*|peer mentor\\w*|(?:help|helping|helped) (?:run|other|others|people|the next|new|train)|i (?:run|help run|co-?ordinate) |(?:run|runs|running) the|listener|helpline|mentor\\w*|committee|role|allotment|garden\\w*|grow\\w*|the (?:fella|bloke|woman|one) who',
    ),
    w('occupation', 0.5, 'job|work(?:ing)? (?:in|as|part)|college|apprenticeship|course|training|studying'),
    w(
      'what-matters',
      0.6,
      'matters?|everything|worth|rebuild\\w*|new life|a life|my life|the bloke who gets|the fella who|supporting|for other|the new lads|carers?|kettle on',
    ),
  ],
  empowerment: [
    w(
      'taking-control',
      0.8,
      "in control|driving seat|(?:i|we) decide|decide (?:when|what|how)|(?:let'?s )?make a plan|asked for help|took (?:the|a) (?:first )?step|co-?run|set (?:it )?up|(?:i|we) started (?:a|the)|qualified|certificate|passed (?:my|the)|i'?ve saved|stronger|my own (?:number|flat|place|money|way)|i (?:applied|registered|booked|emailed|rang|phoned) |stand on my own|speak for myself|my voice|have a say|say in",
    ),
    w(
      'choice',
      1,
      'in charge|control|took charge|take charge|(?:my|your|own) (?:choice|decision|plan)|i (?:choose|chose|decide|decided)|choice every day|decides?|responsibilit\\w*|on my (?:own )?terms|my own (?:tenancy|business|life|health)|for myself',
    ),
    w(
      'voice',
      1,
      "stood up|spoke up|speak (?:at|up|out)|advocat\\w*|campaign\\w*|panel|board|co-?production|expertise|train(?:ing)? the police|appeal|tribunal|boundar\\w*|said no|i'?m allowed|allowed a life|goals? (?:one|two|three)|self-?excluded|put blocks|wrote back",
    ),
    w(
      'strength',
      0.8,
      "strength\\w*|independen\\w*|confiden\\w*|i can (?:do|say|look after|help)|i did it|i (?:did|do) something about|doing something about|sorted|i'?m the one|my decision|stuck it out|fix things|not waiting|get paid|forms?|paperwork|plan",
    ),
    w(
      'coping-skills',
      0.8,
      "the stuff i learned|i use the|coping strateg\\w*|relapse (?:signature|plan)|wrote (?:it )?myself|i'?m the one who",
    ),
    w('learning', 0.5, 'learned|learnt|coping|strategies|manage|managing'),
  ],
};

const MAX_SCAN = 200_000;

/** Every concept family, in a fixed order: one feature each. */
export const FAMILIES: readonly { code: ChimeCode; family: string }[] = CHIME_CODES.flatMap((code) =>
  LEXICON[code].map((e) => ({ code, family: e.family })),
);
const FAMILY_OFFSET: Record<ChimeCode, number> = Object.fromEntries(
  CHIME_CODES.map((code) => [code, FAMILIES.findIndex((f) => f.code === code)]),
) as Record<ChimeCode, number>;

// One scan per code: every phrase becomes a numbered group of a single alternation, which is several
// times faster than one scan per phrase.
const COMBINED: Record<ChimeCode, { re: RegExp; weights: number[] }> = Object.fromEntries(
  CHIME_CODES.map((code) => {
    const entries = LEXICON[code];
    // the word boundary is tested once before the alternation, and the text is lowercased once so the
    // scan can be case-sensitive: both make V8 much faster
    const source = `\\b(?:${entries.map((e) => `(${e.source})`).join('|')})\\b`;
    return [code, { re: new RegExp(source, 'g'), weights: entries.map((e) => e.weight) }];
  }),
) as Record<ChimeCode, { re: RegExp; weights: number[] }>;

/**
 * How a cue is said. A recovery process is evidenced when the teller says it of themselves: "I had no
 * hope" (negated) and "my sister's friends" (someone else's) are not the teller's connectedness or
 * hope, and "back then" places a cue in the past, before the recovery the story tells of.
 */
type Voice = 'now' | 'past' | 'negated' | 'other';
const VOICES: readonly Voice[] = ['now', 'past', 'negated', 'other'];

/**
 * The dense theme features. Per concept family: how many distinct cues the teller says of themselves.
 * Per theme: the cue weight by voice, its density per hundred words, where the first of the teller's
 * cues falls and how much of the weight lies in the last third (recovery stories end where they are).
 * Per story: length, how much is said in the first person, how many cue sentences are told as past,
 * and the risk reading (a story told from crisis rarely evidences recovery processes).
 */
export const THEME_FEATURE_NAMES: readonly string[] = [
  ...FAMILIES.map((f) => `${f.code}/${f.family}`),
  ...CHIME_CODES.flatMap((c) => [
    ...VOICES.map((v) => `${c}:${v}`),
    `${c}:density`,
    `${c}:first-at`,
    `${c}:ending`,
  ]),
  'words',
  'first-person',
  'past-sentences',
  'risk:probability',
  'risk:current',
  'risk:historic',
];

interface PhraseReading {
  code: ChimeCode;
  /** Cues the teller says of themselves, with the strongest weight each was found at. */
  seen: Map<string, number>;
}

const NEGATORS = new Set(['not', 'never', 'no', 'nothing', 'nobody', 'noone', 'neither', 'nor', 'without']);
const TURNS = new Set(['but', 'except', 'though', 'although', 'until']);
const FIRST_PERSON = new Set(['i', 'me', 'my', 'myself', 'mine', 'we', 'us', 'our', 'ourselves']);
// cues that carry their own negation ("not alone", "isn't the end") are read as said
const STARTS_NEGATED = /^(?:not|no|never|isn'?t|nothing)\b/;
// someone else's: "my sister's friends", "his group", "their hope"
const OTHERS_BEFORE = /(?:\b(?:his|her|their|your)|\w's) (?:\w+ )?$/;
// told as past by its verbs when no anchor says when
const PAST_TELLING =
  /\b(?:was|were|had|did|used to|went|felt|thought|believed|knew|lost|seemed|couldn'?t|wasn'?t|weren'?t|hadn'?t|didn'?t)\b/;
const NOW_TELLING =
  /\b(?:now|today|these days|nowadays|still|at the moment|i'?m|i am|i have|i'?ve|we'?re|we are|i can|i will|i'?ll|every (?:day|week|morning|night)|is|are)\b/;

/** The index of the first entry of `xs` at or after `x` (xs ascending). */
function firstAtOrAfter(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((xs[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sentences from the lemma stream: punctuation reads "." there, so no second split is needed. */
function sentencesOf(lemmas: readonly string[], from: readonly number[]) {
  const starts: number[] = [];
  const lemmaStart: number[] = [];
  let open = true;
  let fp = 0;
  let words = 0;
  for (let k = 0; k < lemmas.length; k++) {
    const l = lemmas[k] ?? '';
    if (l === '.') {
      open = true;
      continue;
    }
    if (open) {
      starts.push(from[k] ?? 0);
      lemmaStart.push(k);
      open = false;
    }
    words++;
    if (FIRST_PERSON.has(l)) fp++;
  }
  return { starts, lemmaStart, firstPersonShare: fp / Math.max(1, words), words };
}

const NOW = 1;
const PAST = 2;
const NEGATED = 4;
const OTHER = 8;
const VOICE_BIT: Record<Voice, number> = { now: NOW, past: PAST, negated: NEGATED, other: OTHER };
const OWN = NOW | PAST;

/** One cue as found: its strongest weight, its family and every voice it was said in. */
interface Cue {
  weight: number;
  group: number;
  voices: number;
}

function readPhrases(sample: string, lemmas: readonly string[], from: readonly number[]) {
  const s = sentencesOf(lemmas, from);
  // sentences read for time, by index: 0 not yet, 1 past, 2 not past
  const time = new Uint8Array(s.starts.length);
  const isPast = (i: number): boolean => {
    if (time[i] === 0) {
      const sentence = sample.slice(s.starts[i] ?? 0, s.starts[i + 1] ?? sample.length);
      const past = PAST_STRONG.test(sentence) || (PAST_TELLING.test(sentence) && !NOW_TELLING.test(sentence));
      time[i] = past ? 1 : 2;
    }
    return time[i] === 1;
  };
  const families = new Array<number>(FAMILIES.length).fill(0);
  const perCode = CHIME_CODES.map((code) => {
    // cues by their words as written, each counted once however often it is said
    const cues = new Map<string, Cue>();
    let firstAt = 1;
    let ending = 0;
    const { re, weights } = COMBINED[code];
    re.lastIndex = 0;
    for (let m = re.exec(sample); m !== null; m = re.exec(sample)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let group = 0;
      while (group < weights.length && m[group + 1] === undefined) group++;
      const weight = weights[group] ?? 0;
      const sentence = firstAtOrAfter(s.starts, m.index + 1) - 1;
      const k = firstAtOrAfter(from, m.index);
      const sentenceFirst = s.lemmaStart[sentence] ?? 0;
      let negated = false;
      if (!STARTS_NEGATED.test(m[0])) {
        for (let j = k - 1; j >= Math.max(sentenceFirst, k - 3); j--) {
          const l = lemmas[j] ?? '';
          if (TURNS.has(l)) break;
          if (NEGATORS.has(l)) negated = true;
        }
      }
      // a sentence without I, me or we may still be the teller's ("Nobody judged."): only a cue
      // owned by someone else is set aside
      const other = OTHERS_BEFORE.test(sample.slice(Math.max(0, m.index - 24), m.index));
      const voice = negated ? NEGATED : other ? OTHER : isPast(sentence) ? PAST : NOW;
      const key = m[0];
      let cue = cues.get(key);
      if (cue === undefined) {
        cue = { weight, group, voices: 0 };
        cues.set(key, cue);
      } else if (weight > cue.weight) cue.weight = weight;
      if (voice & OWN) {
        // a cue counts once for its family, however often it is said
        if (!(cue.voices & OWN)) {
          const f = FAMILY_OFFSET[code] + cue.group;
          families[f] = (families[f] ?? 0) + 1;
        }
        const at = m.index / Math.max(1, sample.length);
        if (at < firstAt) firstAt = at;
        if (at >= 2 / 3) ending += weight;
      }
      cue.voices |= voice;
    }
    const totals = VOICES.map(() => 0);
    const seen = new Map<string, number>();
    let own = 0;
    for (const [phrase, cue] of cues) {
      VOICES.forEach((v, i) => {
        if (cue.voices & VOICE_BIT[v]) totals[i] = (totals[i] ?? 0) + cue.weight;
      });
      if (cue.voices & OWN) {
        seen.set(phrase, cue.weight);
        own += cue.weight;
      }
    }
    return {
      reading: { code, seen } as PhraseReading,
      dense: [...totals, Math.min(3, (100 * own) / Math.max(50, s.words)), firstAt, Math.log1p(ending)],
    };
  });
  let pastSentences = 0;
  let read = 0;
  for (const t of time) {
    if (t !== 0) read++;
    if (t === 1) pastSentences++;
  }
  return {
    families: families.map((c) => Math.log1p(c)),
    perCode,
    words: s.words,
    firstPersonShare: s.firstPersonShare,
    pastShare: pastSentences / Math.max(1, read),
  };
}

const lowerSample = (text: string): string =>
  (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase().replace(/[’‘]/g, "'");

/** Lemmas already read from the story, with the spans (identifiers) whose words are left out. */
export interface LemmasRead {
  lemmas: Lemmas;
  skip: readonly { start: number; end: number }[];
}

/** What the risk check made of the story, read by the theme models. */
export interface RiskRead {
  level: RiskLevel;
  /** The risk classifier's probability that a risk is current. */
  probability: number;
}

/**
 * What the theme models read: the phrase features and the story's lemmas. `read` gives lemmas already
 * read from the story, with spans (identifiers) whose words must be left out; `risk` the risk reading.
 * Without them the story is read here.
 */
export function themeFeatures(
  text: string,
  read?: LemmasRead,
  risk?: RiskRead,
): {
  dense: number[];
  words: Set<string>;
  phrases: PhraseReading[];
} {
  const sample = lowerSample(text);
  let lemmasRead = read?.lemmas;
  let riskRead = risk;
  if (lemmasRead === undefined || riskRead === undefined) {
    const reading = readStory(text);
    lemmasRead ??= reading.lemmas;
    riskRead ??= (({ risk: level, probability }) => ({ level, probability }))(assessReading(reading));
  }
  const { lemmas, from } = lemmasRead;
  const skip = read?.skip ?? [];
  const words = new Set<string>();
  for (let i = 0, k = 0; i < lemmas.length; i++) {
    const at = from[i] ?? 0;
    while (k < skip.length && (skip[k]?.end ?? 0) <= at) k++;
    if (k < skip.length && (skip[k]?.start ?? Infinity) <= at) continue;
    words.add(lemmas[i] ?? '');
  }
  const p = readPhrases(sample, lemmas, from);
  return {
    dense: [
      ...p.families,
      ...p.perCode.flatMap((c) => c.dense),
      Math.log1p(p.words / 100),
      10 * p.firstPersonShare,
      p.pastShare,
      riskRead.probability,
      riskRead.level === 'current' ? 1 : 0,
      riskRead.level === 'historic' ? 1 : 0,
    ],
    words,
    phrases: p.perCode.map((c) => c.reading),
  };
}

/**
 * What one word counts for: a long story holds many words by chance, so each counts for less, as if
 * the story's words were a unit vector (a story of a hundred distinct words counts each as 1).
 */
export const wordScale = (distinct: number): number => 1 / Math.sqrt(Math.max(1, distinct / 100));

/** Dimensions of the word vectors the theme models were trained on (server/text/word-vectors.json). */
export const WORD_DIMENSIONS = 100;

interface ThemeModel {
  features: string[];
  vocabulary: string[];
  codes: Record<ChimeCode, { weights: number[]; bias: number }>;
  /**
   * What the story's words mean: the models read the mean vector of a story's words, which, the model
   * being linear, is the mean over its words of one number a word and theme. Words are in one string.
   */
  vectorWords: { words: string; codes: Record<ChimeCode, number[]> };
}
const MODEL: ThemeModel = themeModel as ThemeModel;
// checked on use, not on import, so `npm run train:text` can load this module to write a new model
const MODEL_MATCHES = MODEL.features.join('|') === THEME_FEATURE_NAMES.join('|');
const WORD_WEIGHTS = Object.fromEntries(
  CHIME_CODES.map((code) => [
    code,
    new Map(MODEL.vocabulary.map((w, i) => [w, MODEL.codes[code].weights[MODEL.features.length + i] ?? 0])),
  ]),
) as Record<ChimeCode, Map<string, number>>;

// read on first use: start-up pays nothing for the word table
let vectorScores: Map<string, number[]> | undefined;
function byVector(): Map<string, number[]> {
  if (vectorScores === undefined) {
    const { words, codes } = MODEL.vectorWords;
    vectorScores = new Map(words.split(' ').map((w, i) => [w, CHIME_CODES.map((c) => codes[c][i] ?? 0)]));
  }
  return vectorScores;
}

/** Per theme, what the story's words mean: the mean over its words of what each word's vector says. */
function meaningOfWords(words: ReadonlySet<string>): number[] {
  const table = byVector();
  const sum = CHIME_CODES.map(() => 0);
  let n = 0;
  for (const w of words) {
    const scores = table.get(w);
    if (scores === undefined) continue;
    n++;
    for (let c = 0; c < sum.length; c++) sum[c] = (sum[c] ?? 0) + (scores[c] ?? 0);
  }
  return sum.map((x) => x / Math.max(1, n));
}

/**
 * Suggest CHIME themes with scores and the phrases behind them. The score is a trained model's
 * probability (server/text/themes-model.json, from `npm run train:text`) over the concept families
 * above, how and where the story says them, the risk reading and the story's words; 0.5 or more
 * means suggested (each theme's threshold, chosen by cross-validation, is folded into its bias).
 */
export function suggestThemes(
  text: string,
  options: { read?: LemmasRead; risk?: RiskRead } = {},
): ThemeSuggestion[] {
  if (!MODEL_MATCHES) {
    throw new Error('server/text/themes-model.json does not match the features: run npm run train:text');
  }
  const { dense, words, phrases } = themeFeatures(text, options.read, options.risk);
  const scale = wordScale(words.size);
  const meaning = meaningOfWords(words);
  return CHIME_CODES.map((code, c) => {
    const m = MODEL.codes[code];
    let z = m.bias + (meaning[c] ?? 0);
    for (let i = 0; i < dense.length; i++) z += (m.weights[i] ?? 0) * (dense[i] ?? 0);
    const byWord = WORD_WEIGHTS[code];
    let fromWords = 0;
    for (const w of words) fromWords += byWord.get(w) ?? 0;
    z += fromWords * scale;
    const score = 1 / (1 + Math.exp(-z));
    const evidence = [...(phrases[c]?.seen.entries() ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k]) => k);
    return { code, score: Math.round(score * 1000) / 1000, evidence };
  });
}
