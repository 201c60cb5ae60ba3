// Now or then: the hard part of reading risk. Most recovery stories mention a crisis; few are in one.
// Each sentence is placed in time from its anchors ("tonight", "in 2016", "years ago"), then from
// its verbs' tense; a story's frame is carried from sentence to sentence, so a crisis told in the
// historic present inside a past frame ("Ten years ago… so I'm on the bridge, right") stays past.
import type { NlpToken } from '../nlp.js';

export type When = 'now' | 'past' | 'unclear';

export interface SentenceTime {
  when: When;
  /** Why, in words a safeguarding lead can check. */
  why: string;
  /** The sentence sets or keeps a past frame for the ones after it. */
  pastAnchor: boolean;
  nowAnchor: boolean;
}

// Anchors that place a sentence now, whatever its verbs say.
export const NOW_STRONG =
  /\b(?:right now|tonight|tonite|2nite|today|this (?:week|weekend|morning|mornin|afternoon|evening|evenin|month|christmas|year)|at the moment|atm|lately|these days|nowadays|currently|any ?more|(?<!\bthe (?:very )?)last night|yesterday|last (?:week|wk|weekend|month|nite)|the other (?:day|night)|(?:a )?(?:few|couple of|couple|two|three) (?:days|nights|weeks) ago|since (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|christmas|last|the weekend|yesterday|then)|tomorrow|next (?:week|month|friday|monday|tuesday|wednesday|thursday|saturday|sunday)|(?:on|this|by) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:feeling|feelings|thought|thoughts|urge|urges|voice|voices|it)(?:'s| is| are|'re| have| has|'ve)? (?:got )?(?:back|come back|coming back|came back)|i keep|keeps? (?:on )?(?:ringing|texting|turning|coming|saying|telling)|(?<!with (?:the |its |their |his |her |my )?[\w-]+ )still(?! on\b))\b/;
const TONIGHT = /^(?:tonight|tonite|2nite|right now)$/;
const INTENT_NOW =
  /\b(?:could|going to|gonna|want to|wanna|will|i'?ll|feel like|thinking (?:of|about) (?!the |when |how i |that )|ready to|about to|have to|need to|i'?m (?:on|at|in|sat|stood|standing|sitting|here)|im (?:on|at|in|sat|stood|here))\b/;
const NOW_WEAK =
  /\b(?:now|again|soon|recently|keep|keeps|these past|for (?:weeks|days|months) now|every (?:night|day|morning|evening)|most (?:nights|days|mornings))\b/;
// Anchors that place it in the past: a year, an age, "back then", "used to", a recovery frame.
export const PAST_STRONG =
  /\b(?:(?:in|of|by|around|during|summer|winter|spring|autumn|christmas|back in|early|late|mid) (?:19|20)\d\d|(?<!since )(?:19[5-9]\d|200\d|201\d)\b|(?:\w+|\d+) (?:years?|yrs?|months?|decades?) (?:ago|back|before|earlier)|(?:years|ages|a long time|long time|decades|a lifetime) ago|back (?:then|in the day|in (?:the day|my day|those days|them days|19\d\d|20\d\d)|when)|in those days|at the time|that (?:night|day|winter|summer|autumn|spring|year|time|week|christmas|morning|evening|period|first year)|when i (?:was|were|had|lived|first)|as a (?:kid|teenager|child|teen|young|lad|lass|student|boy|girl)|at (?:the age of )?(?:1\d|2\d|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty[- \w]*)\b|aged \d+|in my (?:teens|twenties|thirties|forties|youth|early|late)|used to|looking back|before i (?:got|was|went|came|found|started|stopped|met|had|moved|lost)|the (?:worst|lowest|darkest|bad) (?:point|time|bit|day|night|period|year|patch)|(?:in|at|during) the worst of it,? (?:i|we|he|she|they) (?:was|were|had|did|didn'?t|wouldn'?t|couldn'?t|used|\w+ed)\b|(?:was|were) (?:in|at) the worst of it|(?:was|were) at (?:my|our|his|her|their) (?:worst|lowest|sickest)|at (?:his|her|their) (?:very )?(?:worst|lowest|sickest),? (?:he|she|they)(?:'d| would| was| were| had| used| \w+ed)\b|rock bottom|i (?:remember|recall|can still see)|(?:first|second|third|last|previous) (?:attempt|time i (?:tried|took|was))|once upon|(?:my|the) old (?:life|self|days)|that was|in (?:prison|jail|rehab|the army|hospital|care|the navy|the forces) (?:i|we)|(?:after|before) (?:my|the) (?:first|last) (?:attempt|overdose)|all those years|by then|went on to|eventually|one (?:night|time|morning|evening|afternoon|winter|summer|christmas|new year)|for (?:years|\w+ years|decades|a long time)|the (?:night|day|time|morning|week) (?:he|she|i|we|they|my|it)|never looked back|last year|the year before|(?:for )?most of my (?:teens|twenties|thirties|forties|life|childhood|adult life)|(?:\w+|\d+) (?:years?|months?) since|since i (?:last|stopped|quit|got clean|got sober)|i know what it(?:'s| is) (?:like )?to|by the (?:summer|winter|autumn|spring|time|end)|until i (?:was|were|got|went|turned|stopped)|from (?:about |around )?(?:age )?(?:\d{1,2}|\w+teen)\b|(?:so |right,? )?picture (?:it|this|the scene)|so it'?s (?:19|20)\d\d)\b/;
const STILL_SURVIVING = /\bstill (?:here|alive|breathing|standing|around|with us|in one piece)\b/;
const PAST_SINCE = /\bsince (?:19|20)\d\d\b/;

// Recovery told from a safe place: these after the last risk sentence say the crisis is over.
export const RECOVERY_FRAME =
  /\b(?:i(?:'m| am) (?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ]\w+)?|[2-9]\d) now|now i(?:'m| am)? |these days|nowadays|today i|\d+ (?:years?|months?|yrs?) (?:clean|sober|dry|free|in recovery)|(?:clean|sober|dry) (?:for|since|now)|i volunteer|volunteering|peer (?:support|mentor|worker|supporter)|in recovery|recovered|(?:doing|so much|a lot) better|life is (?:good|better)|proud of (?:myself|me)|back on my feet|never looked back|last year|the year before|(?:for )?most of my (?:teens|twenties|thirties|forties|life|childhood|adult life)|(?:\w+|\d+) (?:years?|months?) since|since i (?:last|stopped|quit|got clean|got sober)|i know what it(?:'s| is) (?:like )?to|by the (?:summer|winter|autumn|spring|time|end)|i'?m (?:still )?here|glad i'?m (?:still )?alive|glad to be alive|i survived|came through|got through it|turned (?:it|my life) around)\b/;

// The stricter cousin of RECOVERY_FRAME: said now, a length of time free of it ("three years clean",
// "not had a drink in years", "those days are gone"). A crisis told in the past tense before such
// words belongs to the time before them, so they must be the teller's, now, and not undone.
export const LONG_FREE_NOW =
  /\b(?:(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty(?:[- ]\w+)?|thirty|forty|a few|a couple of|several|many) (?:years?|yrs?) (?:clean|sober|dry|free|gambling[- ]free|bet[- ]free|drug[- ]free|in recovery|off (?:it|the \w+|\w+))|(?:clean|sober|dry|off (?:it|the \w+)) (?:for|nearly|almost|over|more than) (?:\d+|\w+) (?:years?|yrs?)|(?:six|seven|eight|nine|ten|eleven|eighteen|[6-9]|1\d) months (?:clean|sober|dry|free)|(?:(?:have|has|had|did|do)(?:n'?t| not)|never|not) (?:had a drink|had a drop|drunk|used|self-harmed|self harmed|harmed myself|hurt myself|cut|gambled|had a bet|touched (?:it|a drop|the \w+)|taken anything)(?: \w+){0,2} (?:in|for) (?:years|a long time|ages|(?:\w+|\d+) years)|those days are (?:gone|over|behind me))\b/;
// the teller, now: "I'm", "I've been", "I haven't" (not "I'd been", not "my wife has been")
const TELLER_NOW =
  /\b(?:i'?m|i am|i'?ve|i have|i haven'?t|i have not|i'?ve not)\b|^\W*(?:\d+|\w+) (?:years?|yrs?|months) (?:clean|sober|dry|free)\b[^,;]*[.!]?\s*$/;
// words that undo the time free of it: "three years clean and it means nothing", "until this week"
const UNDONE =
  /\b(?:means nothing|meant nothing|for nothing|until|till|gone|lost|wasted|thrown (?:away|it away)|down the drain|before this|and (?:this|look|now)|and yet|not any more|no more)\b/;
/** A sentence is the teller's own, now, and nothing in it undoes the time free of it. */
export function tellerFreeNow(sentence: string): boolean {
  return TELLER_NOW.test(sentence) && !UNDONE.test(sentence);
}

const PRESENT_AUX = new Set([
  'am',
  'is',
  'are',
  "'m",
  "'re",
  'have',
  'has',
  "'ve",
  'do',
  'does',
  'can',
  'ca',
  'will',
  "'ll",
  'wo',
  'shall',
  'gonna',
  'wanna',
  'gotta',
  'must',
  'im',
  'ive',
]);
const PAST_AUX = new Set([
  'was',
  'were',
  'had',
  'did',
  'could',
  'couldnt',
  'wasnt',
  'werent',
  'didnt',
  'hadnt',
]);
const PERFECT_OR_PASSIVE = new Set([
  'have',
  'has',
  "'ve",
  'had',
  'be',
  'am',
  'is',
  'are',
  'was',
  'were',
  'been',
  "'s",
  "'re",
  "'m",
  'get',
  'got',
  'ive',
]);
const SUBJECT = new Set(['i', 'we', 'you', 'they', 'he', 'she', 'it']);
// verbs whose past is spelt as their present
const SAME_IN_THE_PAST = new Set(
  'cut put hit hurt let set shut quit read spread cost beat burst cast split slit upset bet bid rid shed thrust'.split(
    ' ',
  ),
);

/** Present or past from the verbs, when no anchor decides. */
function tenseOf(tokens: NlpToken[]): 'present' | 'past' | 'none' {
  let present = 0;
  let past = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!t) continue;
    const v = t.value.toLowerCase().replace(/’/g, "'");
    if (t.pos === 'AUX' || t.pos === 'VERB' || t.pos === 'PART' || t.pos === 'NOUN' || t.pos === 'PROPN') {
      if (PRESENT_AUX.has(v) || v === "i'm" || v === "i've" || (v === "'s" && t.pos === 'AUX')) {
        present++;
        continue;
      }
      if (PAST_AUX.has(v)) {
        past++;
        continue;
      }
    }
    if (t.pos !== 'VERB') continue;
    const prev = tokens[i - 1]?.value.toLowerCase() ?? '';
    if (v === t.lemma) {
      // "I want", "we keep": a bare verb after a subject is present simple; "I cut", "I hit" may be
      // either, so they decide nothing
      if (SUBJECT.has(prev) && !SAME_IN_THE_PAST.has(v)) present++;
    } else if (v.endsWith('ing')) {
      // a participle takes its tense from its auxiliary, counted above
    } else if (v.endsWith('s') && v.slice(0, -1).startsWith(t.lemma.slice(0, 3))) {
      present++;
    } else if (!PERFECT_OR_PASSIVE.has(prev)) {
      past++;
    }
  }
  if (present === 0 && past === 0) return 'none';
  return present >= past ? 'present' : 'past';
}

const FIRST_FUTURE = /\b(?:i'?ll|i will|i'?m going to|i am going to|i'?m gonna|im gonna)\b/;
const TOLD_FROM_THE_PAST =
  /\b(?:thought|said|told|promised|swore|decided|knew|felt|was|were|had|would say|kept saying|back then)\b/;

// "the car park where we used to walk": a past that describes a place or a thing, not when the
// sentence happens ("I know where I will go, the car park where we used to walk"); nor does a
// comparison with how it was ("it's getting deeper than it used to")
const RELATIVE_PAST =
  /\b(?:(?:where|that|which|who) (?:we|i|he|she|they|you|my \w+|our \w+)|(?:more|less|worse|better|deeper|longer|harder|\w+er) than (?:it|they|i|we|he|she|you))(?: ever)? used to\b/g;
/** The text with past anchors that only describe a place or a thing blanked out (same length). */
export function blankRelativePast(lower: string): string {
  return lower.replace(RELATIVE_PAST, (m) => ' '.repeat(m.length));
}

// Present perfect, future and modal forms are never a historic present: "I've been saving them".
const NOT_NARRATIVE =
  /\b(?:i'?ve been|i have been|i'?ll|i will|i'?m going to|i am going to|gonna|would|could|might|can'?t|cannot|won'?t|i keep|still|any ?more)\b/;

/**
 * Place one sentence in time; `tokensOf` gives its parts of speech when needed. `pastFrame` is true when a sentence just before it anchored the story
 * in the past ("Ten years ago…"), so a vivid present here may be the historic present.
 */
export function readTime(lower: string, tokensOf: () => NlpToken[], pastFrame: boolean): SentenceTime {
  const nowStrong = NOW_STRONG.exec(lower);
  const pastStrong = PAST_SINCE.test(lower) ? null : PAST_STRONG.exec(blankRelativePast(lower));
  // "I could do it tonight, I tried it at 17", "I'm going to take them all tonight, I overdosed in 2020":
  // tonight or right now, with what the teller will or wants to do, is when it is, whatever past it
  // recalls; "tonight I'm lighting a candle for the night I tried in 2009" stays a memory
  if (nowStrong && pastStrong && TONIGHT.test(nowStrong[0]) && INTENT_NOW.test(lower)) {
    return {
      when: 'now',
      why: `"${nowStrong[0]}", beside "${pastStrong[0]}"`,
      pastAnchor: false,
      nowAnchor: true,
    };
  }
  // "three years ago this week": a distance in time outweighs the anniversary
  if (nowStrong && pastStrong && /\b(?:ago|19\d\d|20\d\d|since)\b/.test(pastStrong[0])) {
    return { when: 'past', why: `"${pastStrong[0]}"`, pastAnchor: true, nowAnchor: false };
  }
  // "I tried twice back then … woke up raging I was still here": "still here" is surviving, not a date;
  // "back then I tried, and I still want to" stays unclear
  if (nowStrong && pastStrong && nowStrong[0] === 'still' && STILL_SURVIVING.test(lower)) {
    return { when: 'past', why: `"${pastStrong[0]}"`, pastAnchor: true, nowAnchor: false };
  }
  if (nowStrong && pastStrong) {
    return {
      when: 'unclear',
      why: `"${nowStrong[0]}" and "${pastStrong[0]}" in one sentence`,
      pastAnchor: false,
      nowAnchor: true,
    };
  }
  if (nowStrong) return { when: 'now', why: `"${nowStrong[0]}"`, pastAnchor: false, nowAnchor: true };
  // "I'll go down to the harbour, where we used to walk": a plan of the teller's own is about what
  // is to come, whatever memory it passes; unless the sentence is itself told from the past
  const plan =
    pastStrong && !/\b(?:ago|19\d\d|20\d\d|since)\b/.test(pastStrong[0]) && FIRST_FUTURE.exec(lower);
  if (plan && !TOLD_FROM_THE_PAST.test(lower)) {
    return { when: 'now', why: `a plan, "${plan[0]}"`, pastAnchor: false, nowAnchor: true };
  }
  if (pastStrong) return { when: 'past', why: `"${pastStrong[0]}"`, pastAnchor: true, nowAnchor: false };
  // the parts of speech are read only when no time word decided: most sentences never need them
  const tense = tenseOf(tokensOf());
  const nowWeak = NOW_WEAK.exec(lower);
  if (nowWeak && tense !== 'past')
    return { when: 'now', why: `"${nowWeak[0]}"`, pastAnchor: false, nowAnchor: true };
  if (tense === 'present') {
    return pastFrame && !NOT_NARRATIVE.test(lower)
      ? {
          when: 'past',
          why: 'told in the present inside a story set in the past',
          pastAnchor: false,
          nowAnchor: false,
        }
      : { when: 'now', why: 'present tense', pastAnchor: false, nowAnchor: false };
  }
  // a past tense alone does not make a crisis history: "he took my phone again" may be this morning
  if (tense === 'past') {
    return pastFrame
      ? { when: 'past', why: 'past tense, in a story set in the past', pastAnchor: false, nowAnchor: false }
      : {
          when: 'unclear',
          why: 'past tense, but not said how long ago',
          pastAnchor: false,
          nowAnchor: false,
        };
  }
  return { when: 'unclear', why: 'no tense or time word', pastAnchor: false, nowAnchor: false };
}
