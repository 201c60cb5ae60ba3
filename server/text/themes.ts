// CHIME theme suggestions (Leamy et al. 2011): phrase lexicons per recovery process, each phrase
// weighted by how clearly it speaks to the process, read together with the story's words by a small
// model per theme trained on the development corpus. The phrases found are the evidence a reader sees.

import { lemmatise } from './lemmas.js';
import type { Lemmas } from './lemmas.js';
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

interface Entry {
  source: string;
  weight: number;
}

// weight 1: clear signal; 0.5: supporting; patterns are bounded alternations only
const w = (weight: number, source: string): Entry => ({ source, weight });

const LEXICON: Record<ChimeCode, Entry[]> = {
  connectedness: [
    w(
      0.6,
      'each other|one another|we (?:meet|met|go|sit|talk|laugh|cook|share|practise|eat|had)|met (?:other|people|a)|kind(?:ness)?|asked (?:me )?if i was (?:okay|ok|alright)|round of applause|volunteers|knocked|reached out|checked (?:in|on) me|(?:my|a|the) (?:team|crew|lads|girls|folk)',
    ),
    w(
      1,
      "peer (?:support|group|worker|mentors?|supporters?|researcher)|support group|(?:walking|writing|women'?s|men'?s|youth|social|peer|carers'?) group",
    ),
    w(
      1,
      'sat with me|sit with (?:me|you)|stayed with me|came round|turned up on my doorstep|let (?:me|us) talk|listened|talk(?:ed)? to (?:me|each other|someone)',
    ),
    w(
      1,
      "not (?:on your own|alone)|other (?:people|veterans|mums|parents|grandparents|men|women|lads) (?:who|in the same|like me)|people who (?:got it|understood|had been)|been where (?:i|you) (?:was|were|are)|same boat|who'?d been through",
    ),
    w(
      0.8,
      'my (?:best )?mate|friends?|sponsor|neighbour|community|belong\\w*|together|welcome\\w*|connection|relationships?|family|fellowship',
    ),
    w(
      0.6,
      'my (?:nan|wife|husband|partner|sister|brother|daughter|son|mum|mam|dad|kids|children|grandchildren|granddaughter)',
    ),
    w(
      0.6,
      'meetings?|the group|this group|our group|club|café|cafe|drop-in|(?:a|the) kettle|cup of tea|brew|blether',
    ),
    w(0.5, 'helped me|took me in|called me by my name|nodded at me|clapped|hug\\w*|laughed|cried'),
  ],
  hope: [
    w(
      1,
      "i never thought i'?d|(?:got|get|getting) better|(?:isn'?t|not) the end|kept me going|keeps? me going|here i am|i'?m here now|back on my feet|got my (?:\\w+ )?back|new start|fresh start|second chance|a way (?:out|forward|through)|stronger than|brighter|paying it forward|it turns out|who'?d have thought|can be (?:different|better)|(?:it|things) will (?:get|be)",
    ),
    w(
      1,
      'hope\\w*|optimis\\w*|believe (?:that )?(?:things|it|i can|recovery)|starting to believe|things can (?:change|get better|keep getting better)|it (?:gets|got) (?:better|lighter|easier)|it (?:actually )?lifts',
    ),
    w(
      1,
      "the future|next (?:five|few|ten) years|one day|dreams?|aspir\\w*|ambitions?|looking forward|can come back from|will win|it'?s possible|possibility",
    ),
    w(
      0.8,
      "goals?|i want to (?:do|be|become|run|train|study|get)|i'?d like to|want my own|plans? (?:to|for)|we'?ll see|something better|could be better|might be quite good|why not\\?",
    ),
    w(
      0.6,
      "doing (?:much |so |a lot )?better|getting better|better now|still here|still being here|glad i am|one-year|anniversary|chip|milestone|(?:\\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|ninety|a hundred|a few|a couple of) (?:years?|months?|days) (?:clean|sober|on|since)|i'?ve got (?:a|one|two|three|four|five|six|seven|eight|nine|ten|\\d+) (?:years?|months?)|wouldn'?t swap|turning point|changed (?:everything|my life)|proof|motivat\\w*|determin\\w*|inshallah|keep coming back|still here",
    ),
  ],
  identity: [
    w(
      0.8,
      "i'?m (?:a|an) (?:good|proper|real) |i believed i was|i was a (?:thief|junkie|revolving door|mess|wreck)|the person i am|i (?:quite )?like (?:the person|who|myself)|who i am|(?:my|our|in my) culture|not weak|proud of (?:where|who|myself)|where i'?ve come from|i'?m (?:allowed|not judging)|accept(?:ing|ed)? (?:myself|who)|true self",
    ),
    w(
      1,
      "stigma\\w*|ashamed|shame\\w*|secret|label\\w*|diagnos\\w*|who i (?:am|was|really am)|sense of (?:self|who)|identity|be(?:ing)? myself|i'?m still me|still being here",
    ),
    w(
      1,
      "to be a person|a person again|i'?m (?:not|more than) (?:just )?(?:a|the|an)|the (?:girl|boy|woman|man|bloke|lad|fella|person) who|a version of me|version of myself|i used to think i was|i thought i was|came out|trans|queer|gay|bi|non-binary|black man|my (?:own )?name|own body|my community|in our family|being a good",
    ),
    w(
      0.8,
      "proud|not ashamed|i'?m a (?:good|nurse|mum|dad|volunteer|peer|father|mother)|(?:nurse|mum|dad|father) again|who i wanted|rebuild\\w*|myself",
    ),
    w(
      0.8,
      "the (?:man|woman|person|girl|boy|lad|bloke) i (?:was|am|used to be)|i'?m not (?:fixed|broken|a secret|the)|me, (?:on|in|with) a|let-down|experience is expertise|who i'?ve become|be(?:ing)? me|gentle with",
    ),
    w(0.5, 'stranger|different person|broken|a threat|a junkie|an addict|a bin|a case'),
  ],
  meaning: [
    w(
      0.8,
      'a reason|(?:what|it) (?:does|did) (?:it|the work|that) (?:give|mean)|pension|lanyard|for others|make a difference|difference|(?:telling|tell|show) (?:younger|new|other|the) (?:lads|people|mums|nurses|ones|folk)|youth worker|i tell (?:them|that)|(?:my|a) calling|worthwhile|meaningful|fulfil\\w*',
    ),
    w(
      1,
      'purpose\\w*|meaning\\w*|reason to (?:get up|live|keep going)|worth something|useful|counting on me|give(?:s|ing)? back|makes? sense|quality of life|spiritual\\w*|faith|pray\\w*|church|mosque|god',
    ),
    w(
      1,
      'volunteer\\w*|peer mentor\\w*|(?:help|helping|helped) (?:run|other|others|people|the next|new|train)|i (?:run|help run|co-?ordinate) |(?:run|runs|running) the|listener|helpline|mentor\\w*|committee|role|allotment|garden\\w*|grow\\w*|the (?:fella|bloke|woman|one) who',
    ),
    w(0.5, 'job|work(?:ing)? (?:in|as|part)|college|apprenticeship|course|training|studying'),
    w(
      0.6,
      'matters?|everything|worth|rebuild\\w*|new life|a life|my life|the bloke who gets|the fella who|supporting|for other|the new lads|carers?|kettle on',
    ),
  ],
  empowerment: [
    w(
      0.8,
      "in control|driving seat|(?:i|we) decide|decide (?:when|what|how)|(?:let'?s )?make a plan|asked for help|took (?:the|a) (?:first )?step|co-?run|set (?:it )?up|(?:i|we) started (?:a|the)|qualified|certificate|passed (?:my|the)|i'?ve saved|stronger|my own (?:number|flat|place|money|way)|i (?:applied|registered|booked|emailed|rang|phoned) |stand on my own|speak for myself|my voice|have a say|say in",
    ),
    w(
      1,
      'in charge|control|took charge|take charge|(?:my|your|own) (?:choice|decision|plan)|i (?:choose|chose|decide|decided)|choice every day|decides?|responsibilit\\w*|on my (?:own )?terms|my own (?:tenancy|business|life|health)|for myself',
    ),
    w(
      1,
      "stood up|spoke up|speak (?:at|up|out)|advocat\\w*|campaign\\w*|panel|board|co-?production|expertise|train(?:ing)? the police|appeal|tribunal|boundar\\w*|said no|i'?m allowed|allowed a life|goals? (?:one|two|three)|self-?excluded|put blocks|wrote back",
    ),
    w(
      0.8,
      "strength\\w*|independen\\w*|confiden\\w*|i can (?:do|say|look after|help)|i did it|i (?:did|do) something about|doing something about|sorted|i'?m the one|my decision|stuck it out|fix things|not waiting|get paid|forms?|paperwork|plan",
    ),
    w(
      0.8,
      "the stuff i learned|i use the|coping strateg\\w*|relapse (?:signature|plan)|wrote (?:it )?myself|i'?m the one who",
    ),
    w(0.5, 'learned|learnt|coping|strategies|manage|managing'),
  ],
};

const MAX_SCAN = 200_000;

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

/** The dense theme features: per theme the weight of distinct phrases and their number, then length. */
export const THEME_FEATURE_NAMES: readonly string[] = [
  ...CHIME_CODES.flatMap((c) => [`${c}:phrases`, `${c}:distinct`]),
  'words',
];

interface PhraseReading {
  code: ChimeCode;
  total: number;
  seen: Map<string, number>;
}

function readPhrases(sample: string): PhraseReading[] {
  return CHIME_CODES.map((code) => {
    const seen = new Map<string, number>();
    const { re, weights } = COMBINED[code];
    re.lastIndex = 0;
    for (let m = re.exec(sample); m !== null; m = re.exec(sample)) {
      if (m[0].length === 0) {
        re.lastIndex++;
        continue;
      }
      let weight = 0;
      for (let g = 0; g < weights.length; g++) {
        if (m[g + 1] !== undefined) {
          weight = weights[g] ?? 0;
          break;
        }
      }
      seen.set(m[0], Math.max(seen.get(m[0]) ?? 0, weight));
    }
    let total = 0;
    for (const v of seen.values()) total += v;
    return { code, total, seen };
  });
}

const lowerSample = (text: string): string =>
  (text.length > MAX_SCAN ? text.slice(0, MAX_SCAN) : text).toLowerCase().replace(/[’‘]/g, "'");

/** Lemmas already read from the story, with the spans (identifiers) whose words are left out. */
export interface LemmasRead {
  lemmas: Lemmas;
  skip: readonly { start: number; end: number }[];
}

/**
 * What the theme models read: the phrase features and the story's lemmas. `read` gives lemmas already
 * read from the story, with spans (identifiers) whose words must be left out.
 */
export function themeFeatures(
  text: string,
  read?: LemmasRead,
): {
  dense: number[];
  words: Set<string>;
  phrases: PhraseReading[];
} {
  const sample = lowerSample(text);
  const phrases = readPhrases(sample);
  const { lemmas, from } = read?.lemmas ?? lemmatise(sample);
  const skip = read?.skip ?? [];
  const words = new Set<string>();
  for (let i = 0, k = 0; i < lemmas.length; i++) {
    const at = from[i] ?? 0;
    while (k < skip.length && (skip[k]?.end ?? 0) <= at) k++;
    if (k < skip.length && (skip[k]?.start ?? Infinity) <= at) continue;
    words.add(lemmas[i] ?? '');
  }
  return {
    dense: [...phrases.flatMap((p) => [p.total, Math.log1p(p.seen.size)]), Math.log1p(lemmas.length / 100)],
    words,
    phrases,
  };
}

interface ThemeModel {
  features: string[];
  vocabulary: string[];
  codes: Record<ChimeCode, { weights: number[]; bias: number }>;
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

/**
 * Suggest CHIME themes with scores and the phrases behind them. The score is a trained model's
 * probability (server/text/themes-model.json, from `npm run train:text`) over the phrase lexicons
 * above and the story's words; 0.5 or more means suggested. `damp` weakens the phrases of a story
 * told from crisis, which rarely evidences recovery processes.
 */
export function suggestThemes(
  text: string,
  options: { damp?: number; read?: LemmasRead } = {},
): ThemeSuggestion[] {
  if (!MODEL_MATCHES) {
    throw new Error('server/text/themes-model.json does not match the features: run npm run train:text');
  }
  const damp = options.damp ?? 1;
  const { dense, words, phrases } = themeFeatures(text, options.read);
  return CHIME_CODES.map((code, c) => {
    const m = MODEL.codes[code];
    let z = m.bias;
    for (let i = 0; i < dense.length; i++) {
      const isPhrase = i < CHIME_CODES.length * 2 && i % 2 === 0;
      z += (m.weights[i] ?? 0) * (dense[i] ?? 0) * (isPhrase ? damp : 1);
    }
    const byWord = WORD_WEIGHTS[code];
    for (const w of words) z += byWord.get(w) ?? 0;
    const score = 1 / (1 + Math.exp(-z));
    const evidence = [...(phrases[c]?.seen.entries() ?? [])]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 6)
      .map(([k]) => k);
    return { code, score: Math.round(score * 1000) / 1000, evidence };
  });
}
