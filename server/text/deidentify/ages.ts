// Ages: after a trigger ("I was 19", "my son's eight"), "years old", a number opening a sentence
// ("Nineteen I was when…"), a number set off by commas after a name ("Hira, 21,") and a named person's
// age ("Aarav is four"). Times of day, spans of time and amounts are told apart by the words around.
import { NUMBER_WORDS, ROLE_LABELS } from '../lexicons.js';
import { each, lowerVariant } from './regex.js';
import type { Token } from './tokens.js';
import type { Add } from './types.js';
import { isNameLike, isUnknownProper, stripPossessive } from './words.js';

const NUM_WORD = Object.keys(NUMBER_WORDS).join('|');
const AGE_NUM = `(?:1[01]\\d|\\d{1,2}|(?:${NUM_WORD})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?)`;
const AGE_NOT_AFTER =
  "(?![\\d.,]\\d|[-‐](?:plus|year|one|two|three|four|five|six|seven|eight|nine)|s\\b|%| ?(?:per ?cent|pounds?|quid|grand|p\\b|am\\b|pm\\b|a\\.m|p\\.m|o'clock|:\\d|hours?|hrs?|minutes?|mins?|seconds?|days?|weeks?|months?|times?|miles?|stone|kilos?|kg|lbs?|points?|of |in the (?:morning|afternoon|evening)|at night|tonight|this (?:morning|afternoon|evening|week|weekend|month|time)|years? (?:ago|clean|sober|dry|off|free|without|teetotal|later|on|since|before|after|in|of|into)|people|men|women|kids|children|others|tablets|pills|cans|pints|bottles|mils?|mg|ml|mls|nights?|hundred|thousand|million|sessions?|sons|daughters|more|or so|other))";
// "only", "just", "barely": a word between the trigger and the number
const AGE_QUALIFIER =
  '(?:,?\\s+(?:both|all|only|just|barely|about|around|nearly|almost|maybe|probably|like|still|already|roughly|not even|only just|perhaps|um|erm|eh|uh|er|ah|well|now|(?:no |not )?(?:more|older|younger) than),?)?';
const AGE_TRIGGERED = new RegExp(
  `\\b(?:(?:i|he|she|they|you|we)(?:'m|’m|'re|’re|,? am| was| were|'s|’s| is| are| turned| had just turned| have just turned|'ll be|’ll be| will be| must have been| would have been| might have been| 'd have been| ’d have been)|im|hes|shes|aged?|(?:the )?age of|(?:older|younger) than|turned|turning|was|been|from|(?:lived|live|lives|living|made it|make it) to(?: be)?|who(?:'s|’s| is| was)|(?:son|daughter|boy|girl|lad|lass|kid|baby|brother|sister|grandson|granddaughter|niece|nephew|eldest|youngest|oldest|mum|mam|dad|da|ma|maw|mammy|daddy|mother|father|nan|gran|grandad|grandma|granny|grandmother|grandfather|stepdad|stepmum|uncle|auntie|wife|husband|partner|parents|twins)(?:'s|’s| is| was| were| are| turned)|when (?:i|he|she|we|they) (?:was|were)|(?:lad|lass|girl|boy|kid|child|teenager|man|woman) of|at|by)${AGE_QUALIFIER}\\s+(${AGE_NUM})\\b${AGE_NOT_AFTER}`,
  'gi',
);
const AGE_YEARS_OLD = new RegExp(
  `\\b(${AGE_NUM})(?:[- ]years?[- ]old|[- ]yrs?[- ]old|[- ]?y\\/o\\b|[- ](?:year|month|week|day)s?[- ]old|yo\\b| years? of age\\b)`,
  'gi',
);
// a number word opening a sentence: "Nineteen I was when…", "Seventeen, and pregnant", "Fourteen when I…"
const NUMBER_WORD_SET = new Set(Object.keys(NUMBER_WORDS));
const NAMED_AGE_VERBS = new Set(['is', 'turns', 'turned', 'will']);
const NUMBER_INITIALS = new Set([...'otfsenOTFSEN']);
const SENTENCE_BEFORE = /(?:[.!?…]["”’)]?\s+|\n\s*)$/;
// an answer in a transcript starts after the speaker's label: "Winston: Fourteen and knows everything."
const AFTER_SPEAKER_LABEL = /(?:^|\n)[^\n:]{1,40}: $/;
const FRONTED_TAIL =
  /(?:,? (?:i|he|she|we|they) (?:was|were)\b|,? this (?:year|month|back end|spring|summer|autumn|winter|christmas)\b|,? (?:i|he|she)(?:'ll|’ll| will) be\b| on (?:the|my) \d|,? when\b|,? and (?:i|pregnant|homeless|already|still|living|scared|terrified|drinking|using|on the streets)\b)/y;
// A number that stands alone as a sentence's subject, an answer or a heading: "Fifty-two.", "Sixty-nine next
// month.", "Ninety-two in August and moving", "Fifty-one, rage like I've never had", "19 n finally got a flat".
// What follows must close the phrase or say when; a noun after it ("Twenty quid", "Twelve years") is an amount.
const MONTH_NAMES = 'january|february|march|april|may|june|july|august|september|october|november|december';
const FRAGMENT_TAIL = new RegExp(
  `(?:[.!?](?=\\s|$)|$|\\n|,(?! ?(?:${NUM_WORD}|\\d|or\\b|maybe\\b|odd\\b))| next (?:month|year|week|birthday|time)\\b| (?:in|come) (?:${MONTH_NAMES})\\b| this (?:year|month|week|time)\\b| now\\b| (?:and|n) (?!a half\\b|(?:${NUM_WORD}|\\d|odd|change|counting|more|over|under|up|down)\\b)\\p{Ll})`,
  'yu',
);
// the question before an answer asks for an amount, not an age: "How many years?" "Twenty."
const AMOUNT_QUESTION = /\bhow (?:many|long|much|often|far)\b[^\n]{0,80}\?[^?]{0,40}$/i;
// an amount or a span of time soon after the number: "Twenty, maybe thirty quid"
const AMOUNT_AFTER =
  /^[^.!?\n]{0,24}\b(?<!(?:next|this|last|per|every|a) )(?:years?|yrs?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?|times?|quid|pounds?|grand|pence|percent|miles?|people|pills?|tablets?|cans?|pints?|bottles?|stone|kilos?)\b/i;
// a clause about the teller straight after a number: "26, been clean a year", "Forty, living in a van"
const CLAUSE_AFTER =
  /^,? (?:been|got|had|living|lived|using|drinking|sober|clean|homeless|married|divorced|single)\b/i;
// "Thirty-four, three year clean", "Seventy-two, sixteen months off the Valium": the teller's age, then how
// long they have been well
const RECOVERY_SPAN_AFTER = new RegExp(
  `^, (?:a|an|one|\\d{1,2}|(?:${NUM_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?) (?:years?|yrs?|months?|weeks?) (?:clean|sober|off|dry|free|without)\\b`,
  'i',
);
// "Four. Four.": a sentence of one number straight after an age
const SAID_AGAIN = /^(?:[- ]years?[- ]old)?[.!…]+\s+([\p{L}\d-]{1,14})[.!…]/u;
// " and 89" straight after an age
const SECOND_AGE = new RegExp(
  `(?: and| till| until| to|,) (\\d{1,2}|(?:${NUM_WORD})(?:-(?:one|two|three|four|five|six|seven|eight|nine))?)\\b${AGE_NOT_AFTER}`,
  'y',
);
// "her 80th", "the ma's 80th", "my fortieth": whose birthday says how old
const DECADE_ORDINALS = new Set(
  'eighteenth twenty-first thirtieth fortieth fiftieth sixtieth seventieth seventy-fifth eightieth ninetieth'.split(
    ' ',
  ),
);
const TWO_DIGIT_ORDINAL = /^\d\d(?:st|nd|rd|th)$/;
const WHOSE_BEFORE = /(?:['’]s|\b(?:my|his|her|their|your|our)) $/i;
// "my 40th time", "her 21st attempt": an ordinal that counts something else
const ORDINAL_COUNTS =
  /^ (?:of|century|anniversary|time|floor|place|day|week|year|minute|street|attempt|go|try|job|house|school|meeting|session|chapter|step)\b/i;
// a year said aloud after a number: "Nineteen ninety-eight", "Twenty hundred"
const YEAR_WORD_AFTER = new RegExp(`^ (?:hundred|${NUM_WORD})\\b`, 'i');
const COUNTED = /\bcount(?:ed|ing|s)?\b/i;
// "a young man, only nineteen,": a word such as "only" may stand between
const APPOSITION_BEFORE = /[\p{L}_](?:[,:(] ?| \()(?:(?:only|just|barely|about|maybe) )?$/u;
// "Hira, 21, from…", "I'm Terry, sixty-one.", "Reg, eighty-eight next month", "Kieran, eleven he was"
const APPOSITION_AFTER = new RegExp(
  `(?:(?:,| years?[.,]|\\)| and) |[.!?](?:\\s|$)|$|\\n|: |[.!?]?[\\])]| next (?:month|year|week|birthday)\\b| (?:in|come) (?:${MONTH_NAMES})\\b| (?:he|she|i) was\\b)`,
  'yi',
);
// a line that opens with an age: "19, trans masc, Cardiff"
const LINE_START_BEFORE = /(?:^|\n)[ \t]*$/;
// "Hira, 21, from Alum Rock", "I'm Summer, 27, and…", "(ballyhack_boy, 41, belfast)": an age set off by commas
// after a name
const APPOSITION_NOT_AFTER = new RegExp(
  `(?:\\d|\\b(?:${NUM_WORD}|and|or|to|of|at|page|no|number|room|flat|bus|route))[,:( ]*$|£[,:( ]*$`,
  'i',
);
// "Aarav is four", "Archie's two", "Our Mason's eight on Saturday": a named person's age
const AGE_AFTER_NAME = new RegExp(
  `(?: is| turns| turned| will be)${AGE_QUALIFIER} (${AGE_NUM})(?=[ ,.;!?)]|$)`,
  'y',
);
const AGE_AFTER_POSSESSIVE = new RegExp(`${AGE_QUALIFIER} (${AGE_NUM})(?=[ ,.;!?)]|$)`, 'y');
// "is six now": the present age of someone just named
const AGE_NOW = new RegExp(`\\b(?:is|'s|’s)${AGE_QUALIFIER}\\s+(${AGE_NUM})(?= now\\b| this year\\b)`, 'gi');
// an age said as many languages say it: "I have 31 years, I am from Chad", "my son has twelve years"
const AGE_HAVE_YEARS = new RegExp(
  `\\b(?:i|he|she|my \\w+) (?:have|has|having) (${AGE_NUM}) (?:years|yrs)(?= old\\b|,?\\s+(?:and )?(?:i am|i'm|i’m|he is|she is) (?:from|a|an|married|single|born|living)\\b)`,
  'gi',
);
const AGE_TRIGGERED_LC = lowerVariant(AGE_TRIGGERED);
const AGE_HAVE_YEARS_LC = lowerVariant(AGE_HAVE_YEARS);
// "not bad for 72", "fit for a woman of eighty": an age said by what it is good for
const AGE_FOR = new RegExp(
  `\\b(?:not bad|not too bad|good|fit|spry|sprightly|nimble|strong|young|old) for (?:a (?:man|woman|lad|lass|bloke) of |an? |someone of )?(${AGE_NUM})(?=[ ,.;!?)]|$)(?! (?:quid|pounds?|pence|p|grand|minutes?|mins?|hours?|days?|weeks?|months?|years?|quid|people|of us|tablets|pills))`,
  'gi',
);
const AGE_FOR_LC = lowerVariant(AGE_FOR);
const AGE_YEARS_OLD_LC = lowerVariant(AGE_YEARS_OLD);
const AGE_NOW_LC = lowerVariant(AGE_NOW);

export function findAges(text: string, lc: string | null, tokens: Token[], add: Add): void {
  const age = (m: RegExpExecArray, reason: string): void => {
    const num = m[1];
    if (num === undefined) return;
    const lower = m[0].toLowerCase();
    const offset = lower.lastIndexOf(num.toLowerCase());
    const start = m.index + offset;
    const words = /^\d+$/.test(num);
    const value = words ? Number(num) : (NUMBER_WORDS[num.toLowerCase().split(/[- ]/)[0] ?? ''] ?? 0);
    if (value < 1 || value > 110) return;
    // "was one of", "that was one thing": a lone "one" is seldom an age
    if (value === 1 && reason !== 'age in years') return;
    // "at 7" is usually a time; "at 19" an age; "back by ten" a time
    // unless what happened at it is a thing that happens once in a life: "came to Leeds at nine", "taken into
    // care at six", "started drinking at eight"
    if (
      /^at\s/.test(lower) &&
      value < 10 &&
      !(value > 1 && LIFE_EVENT_BEFORE.test(text.slice(Math.max(0, m.index - 48), m.index)))
    )
      return;
    if (/^by\s/.test(lower) && value < 13) return;
    // "start at 11 instead of 10", "at 6 or 7": a time, offered against another
    if (
      /^at\s/.test(lower) &&
      value <= 12 &&
      /^\s*(?:instead of|rather than|or|till|until|to|-|–)\s*(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(
        text.slice(start + num.length, start + num.length + 20),
      )
    )
      return;
    // "it's been two years": a span of time, not an age
    if (
      reason === 'age' &&
      !/^(?:i|he|she|they|you|we)(?:'m|’m|,? am| is|'s|’s| are)/i.test(lower) &&
      /^(?:[-‐](?:odd|ish|something))?\s*(?:years?|yrs?|months?|weeks?|days?|hours?|minutes?)\b(?![- ]old)/i.test(
        text.slice(start + num.length, start + num.length + 20),
      )
    )
      return;
    if (/^(?:was|is|been)\s/.test(lower) && words && value < 10) return;
    // "from nine to five", "from 2 till 4": hours; "from fifteen" an age
    if (
      /^from\s/.test(lower) &&
      (value < 10 ||
        /^\s*(?:to|till|until|-)\s*(?:\d|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\b/i.test(
          text.slice(start + num.length, start + num.length + 16),
        ))
    )
      return;
    if (reason === 'age after a name' && (value < 13 || (words && value > 110))) return;
    // "home at eleven", "open from ten": a time of day
    if (
      /^(?:at|from)\s/.test(lower) &&
      !/^\d/.test(num) &&
      value <= 12 &&
      TIME_CONTEXT.test(text.slice(Math.max(0, m.index - 24), m.index))
    )
      return;
    // the fronted pattern may carry "-one" etc.: take the whole number as written
    const end =
      reason === 'age at the start of a sentence' ||
      reason === 'age after a name' ||
      reason === 'age standing alone'
        ? m.index + m[0].length
        : start + num.length;
    add(start, end, 'AGE', 0.7, reason);
    found.push(end);
    ageTexts.add(text.slice(start, end).toLowerCase());
    // "Ruby's four. Four.", "She was nine years old. Nine.": the age said again, alone, straight after
    const again = SAID_AGAIN.exec(text.slice(end, end + 40));
    const word = again?.[1];
    if (again && word && word.toLowerCase() === text.slice(start, end).toLowerCase()) {
      const at = end + again[0].length - word.length - 1;
      add(at, at + word.length, 'AGE', 0.6, 'age said again');
    }
  };
  // where each age found so far ends, for a second age joined to it, and what each says
  const found: number[] = [];
  const ageTexts = new Set<string>();
  const at = (index: number, whole: string, num: string): RegExpExecArray =>
    Object.assign([whole, num], { index, input: text, groups: undefined }) as RegExpExecArray;
  each(lc ? AGE_TRIGGERED_LC : AGE_TRIGGERED, lc ?? text, (m) => age(m, 'age'));
  // "Mum and Dad are 86 and 89": a second age joined to the first
  const ageCount = found.length;
  for (let k = 0; k < ageCount; k++) {
    const first = found[k] as number;
    SECOND_AGE.lastIndex = first;
    const m = SECOND_AGE.exec(lc ?? text);
    if (m) age(at(m.index, m[0], m[1] ?? ''), 'age');
  }
  each(lc ? AGE_YEARS_OLD_LC : AGE_YEARS_OLD, lc ?? text, (m) => age(m, 'age in years'));
  each(lc ? AGE_NOW_LC : AGE_NOW, lc ?? text, (m) => age(m, 'age'));
  each(lc ? AGE_HAVE_YEARS_LC : AGE_HAVE_YEARS, lc ?? text, (m) => age(m, 'age in years'));
  each(lc ? AGE_FOR_LC : AGE_FOR, lc ?? text, (m) => {
    // "good for 20 minutes", "not bad for 5 quid": only a grown-up's age
    const n = /^\d+$/.test(m[1] ?? '')
      ? Number(m[1])
      : (NUMBER_WORDS[(m[1] ?? '').toLowerCase().split(/[- ]/)[0] ?? ''] ?? 0);
    if (n >= 30) age(m, 'age by what it is good for');
  });
  // the rest start from a word: a number opening a sentence, a number set off by commas, a name and "is"
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] as Token;
    const c = t.text.charCodeAt(0);
    // digits, or a word that may be a number: one, two… twenty, thirty… (o, t, f, s, e, n)
    const maybeNumber = (c >= 48 && c <= 57) || NUMBER_INITIALS.has(t.text.charAt(0));
    // "the ma's 80th", "my fortieth": a birthday that gives the age
    if (
      maybeNumber &&
      // "80th" has four characters, "fortieth" and longer eight or more: cheap tests before the lists
      (c <= 57
        ? t.text.length === 4 && TWO_DIGIT_ORDINAL.test(t.text)
        : t.text.length >= 8 && DECADE_ORDINALS.has(t.cap ? t.text.toLowerCase() : t.text)) &&
      WHOSE_BEFORE.test(text.slice(Math.max(0, t.start - 7), t.start)) &&
      !ORDINAL_COUNTS.test(text.slice(t.end, t.end + 14))
    ) {
      add(t.start, t.end, 'AGE', 0.6, 'birthday');
      continue;
    }
    const dash = maybeNumber ? t.text.indexOf('-') : -1;
    const first = !maybeNumber ? '' : dash < 0 ? t.text : t.text.slice(0, dash);
    const numberWord =
      first.length >= 3 && first.length <= 9 && NUMBER_WORD_SET.has(t.cap ? first.toLowerCase() : first);
    const isNumber = numberWord || (maybeNumber && /^\d\d$/.test(t.text));
    if (isNumber) {
      // "Nineteen I was when…", "Seventeen, and pregnant"
      if (
        lc &&
        numberWord &&
        (t.start === 0 ||
          SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) ||
          (text.charCodeAt(t.start - 2) === 58 &&
            AFTER_SPEAKER_LABEL.test(text.slice(Math.max(0, t.start - 42), t.start))))
      ) {
        FRONTED_TAIL.lastIndex = t.end;
        if (FRONTED_TAIL.test(lc)) age(at(t.start, t.text, first), 'age at the start of a sentence');
        else if (isAgeFragment(t, first)) age(at(t.start, t.text, first), 'age standing alone');
      } else if (
        lc &&
        /^\d\d$/.test(t.text) &&
        SENTENCE_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)) &&
        isAgeFragment(t, t.text)
      )
        age(at(t.start, t.text, t.text), 'age standing alone');
      // "Hira, 21, from Alum Rock", "I'm Summer, 27, and…"
      if (
        APPOSITION_BEFORE.test(text.slice(Math.max(0, t.start - 10), t.start)) ||
        (/^\d\d$/.test(t.text) &&
          text.charCodeAt(t.end) === 44 &&
          LINE_START_BEFORE.test(text.slice(Math.max(0, t.start - 4), t.start)))
      ) {
        APPOSITION_AFTER.lastIndex = t.end;
        if (APPOSITION_AFTER.test(text)) appositionAge(t);
      }
      continue;
    }
    // "Aarav is four", "Archie's two", "Our Mason's eight on Saturday"
    if (!t.cap) continue;
    const possessive = t.text.endsWith('s') && /['’]s$/.test(t.text);
    const next = tokens[i + 1];
    if (!possessive && !(next && NAMED_AGE_VERBS.has(next.text))) continue;
    const who = stripPossessive(t.text);
    if (NOT_AGE_SUBJECTS.has(who) || !(isNameLike(who) || isUnknownProper(who))) continue;
    const after = possessive ? AGE_AFTER_POSSESSIVE : AGE_AFTER_NAME;
    after.lastIndex = t.end;
    const m = after.exec(text);
    if (m) {
      age(at(t.end, m[0], m[1] ?? ''), 'age of someone named');
      // someone with an age is a person: "Ruby's four"
      if (isNameLike(who) || isUnknownProper(who))
        add(t.start, t.start + who.length, 'PERSON', 0.55, 'name with an age');
    }
  }

  /** A number opening a sentence that stands alone as an age: thirteen or more, closed by what follows. */
  function isAgeFragment(t: Token, first: string): boolean {
    if (lc === null) return false;
    const value = first.charCodeAt(0) <= 57 ? Number(first) : (NUMBER_WORDS[first.toLowerCase()] ?? 0);
    if (!(value >= 13 && value <= 110)) return false;
    const span = RECOVERY_SPAN_AFTER.test(text.slice(t.end, t.end + 40));
    FRAGMENT_TAIL.lastIndex = t.end;
    if (!span && !FRAGMENT_TAIL.test(lc)) return false;
    if (YEAR_WORD_AFTER.test(text.slice(t.end, t.end + 12))) return false;
    // "26, been on ket six years": a verb straight after says the number is the teller, and the
    // span that follows has a number of its own
    if (
      !span &&
      !CLAUSE_AFTER.test(text.slice(t.end, t.end + 12)) &&
      AMOUNT_AFTER.test(text.slice(t.end, t.end + 40))
    )
      return false;
    const before = lc.slice(Math.max(0, t.start - 140), t.start);
    // "died 43 times, I counted. 43.", "they took forty-two head. Forty-two.": a count said again, unless what
    // was said before was already an age ("you're sixteen, you said." "Sixteen in March.")
    const said = lc.slice(t.start, t.end);
    if (COUNTED.test(before.slice(-60)) || (before.includes(said) && !ageTexts.has(said))) return false;
    // "you said you'd talk about 1983. Yes. Eighty-three.": a year said short
    const dash = t.text.indexOf('-');
    const unit = dash > 0 ? (NUMBER_WORDS[lc.slice(t.start + dash + 1, t.end)] ?? 0) : 0;
    const short = String(value + unit);
    const earlier = lc.slice(Math.max(0, t.start - 300), t.start);
    if (earlier.includes(`19${short}`) || earlier.includes(`20${short}`)) return false;
    return !AMOUNT_QUESTION.test(before);
  }

  function appositionAge(t: Token): void {
    // not a list of numbers ("three, four, five") nor a time or an amount
    const before = text.slice(Math.max(0, t.start - 16), t.start);
    if (APPOSITION_NOT_AFTER.test(before)) return;
    // "Dawn: Nineteen years": a speaker label, not a name with an age
    // the line so far, read no further back than a speaker label could be
    const near = text.slice(Math.max(0, t.start - 48), t.start);
    const line = near.slice(near.lastIndexOf('\n') + 1);
    const label = /^\s*([^:\n]{1,40}):\s*$/.exec(line)?.[1]?.trim() ?? '';
    const head = label.split(' ')[0] ?? '';
    if (
      label &&
      label.split(' ').length <= 3 &&
      (isNameLike(head) || isUnknownProper(head) || ROLE_LABELS.has(head.toLowerCase()))
    )
      return;
    if (!/^\d/.test(t.text) && /^ years?\b/.test(text.slice(t.end, t.end + 7))) return;
    // "Kieran, eleven he was": said as an age, however young
    const said = /^ (?:he|she|i) was\b/i.test(text.slice(t.end, t.end + 8));
    age(at(t.start, t.text, t.text), said ? 'age of someone named' : 'age after a name');
  }
}

// something that happens once in a life, before "at nine": the number is an age
const LIFE_EVENT_BEFORE =
  /\b(?:came|come|moved|brought|sent|started|began|begun|left|lost|diagnosed|adopted|fostered|orphaned|taken into care|put into care|into care|arrived|emigrated|fled|abused|first|told me|wish someone told me|learned|learnt)\b[^.!?\n]{0,30}$/i;
const TIME_CONTEXT =
  /\b(?:home|back|bed|up|out|work|shift|finish|finished|start|started|open|opens|close|closes|leave|left|arrive|arrived|taxi|bus|train|meet|met|night|morning|evening|door|every day|tonight)\b[^.!?\n]{0,10}$/i;
const NOT_AGE_SUBJECTS = new Set([
  'It',
  'That',
  'There',
  'What',
  'This',
  'Here',
  'Which',
  'Who',
  'Where',
  'Time',
]);
