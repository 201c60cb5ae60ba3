// Names a text gives outright: speaker labels, introductions ("my name's Lorna", "its kyle"), greetings
// ("hiya amber!!"), a sign-off ("rob x"), lowercase titles ("dr pryce"), honorifics ("harpreet ji") and
// nicknames given as such ("known as Tiny"). Each is then found wherever else it stands in the text.
import { GENERIC_NAMES, NOT_NAMES, NUMBER_WORDS, PLACES, ROLE_LABELS } from '../lexicons.js';
import { ALL_WORDS, FIRST_NAMES_LOWER, isAmbiguousName } from '../names.js';
import type { AddPerson } from './name-scan.js';
import { INFORMAL, SPACE_THEN_CAPITAL } from './person-words.js';
import { each, lowerVariant } from './regex.js';
import { isUpper } from './tokens.js';
import type { Token } from './tokens.js';
import {
  isAcronym,
  isBareContraction,
  isCommonWord,
  isNameLike,
  isUnknownProper,
  stripPossessive,
  isShortDay,
} from './words.js';

// a diary's heading for a day: "Thu 01", "Day 3", "Week 2"
const isDiaryDay = (w: string): boolean => isShortDay(w) || /^(?:Day|Week|Entry|Night)$/.test(w);

const AFTER_SELF_NAMED = /^(?:[,.!]| \p{Lu}\p{Ll}| and\b)/u;
// a sign-off on the same line as the message: "…a monster. rob x", "…love li"
const SIGN_OFF_TAIL =
  /(?:[.!?)]|\p{Extended_Pictographic}|\bx{1,4})\s+((?:love|lots of love|cheers|thanks|ta|from|peace)?,?\s*[\p{L}][\p{L}'’-]{1,20}(?:\s+x{1,4})?)[)\]]?$/iu;
const WORD_SHAPE = /^\p{L}[\p{L}'’-]+$/u;
const INTRO =
  /\b(?:my name is|my name's|my name’s|names|name's|name’s|is mise|i'm|i’m|i am|it's me,?|it’s me,?|its me,?|it's|it’s|its|this is|call me|i'm called|known as)\s+([\p{L}][\p{L}\p{M}'’-]{0,30})/giu;
const INTRO_LC = lowerVariant(INTRO);
// "it's me, don't tell mum": a word with a verb's ending run on is what someone says next, not who they are
const CONTRACTED = /['’](?:t|ll|re|ve|m|d)$/;
// a byline: "By Farrukh.", "read by Wing Yee Chan", "from Hazim." at a line's end, "Piece read by Morven, 52"
const BYLINE =
  /(?:^|[.:,\]\n]\s{0,3}|\b(?:read|written|reading|piece|poem|words|story|shared|told|performed) )(?:[Bb]y|[Ff]rom) (\p{Lu}[\p{Ll}'’-]+(?: \p{Lu}[\p{Ll}'’-]+){0,2})(?=\s*(?:[.,(]|\n|$))/gmu;
const KIN_OF =
  /\b(?:son|daughter|grandson|granddaughter|widow|widower|wife|husband|brother|sister|nephew|niece|mother|father) of (\p{Lu}[\p{Ll}'’-]+)(?![\p{L}'’-]| \p{Lu})/gu;
const LOWER_LABEL = /^[ \t]{0,4}([a-z][a-z'-]{1,20}):[ \t]/gm;
const HONORIFIC_HINT = /(?:ji|sahib|bhai|baji|jaan)\b/i;
const HONORIFIC = /(?<![\p{L}\p{N}])([\p{L}][\p{L}'’-]{1,25})[ -](?:ji|sahib|bhai|baji|jaan)\b/giu;
// a person's name said as a vocative where a message begins: "grace!!!", "chase mate!!", "sol guess what"
const OPENING_NAME =
  /^(?:(?:omg|oh|ah|aw|aww|ok|okay|right|so)[ ,]+)?([\p{L}][\p{L}'’-]{1,20})(?=\s{0,2}(?:!|\?|,|mate\b|bro\b|hun\b|babe\b|guess\b|its\b|it['’]s\b|im\b|i['’]m\b|x+\b))/iu;
// a greeting at the start of a message or a line, then the name of the one greeted
const GREETING_WORDS = new Set(
  'hiya hi hey heya yo oi alright morning evening afternoon dear hello cheers thanks ta night nite congrats well haway howay shwmae salaam salam azul hola ciao hallo ahoj namaste'.split(
    ' ',
  ),
);
const GREETING =
  /(?:hiya|hi|hey|heya|yo|oi|alright|morning|evening|afternoon|dear|hello|cheers|thanks|ta|night|nite|congrats|well done|haway|howay|shwmae|salaam|salam|azul|hola|ciao|hallo|ahoj|namaste)[ ,]{1,3}([\p{L}][\p{L}'’-]{1,20})(?=\s{0,3}(?:[!?.,:)]|x{1,3}\b|its\b|it['’]s\b|mate\b|bro\b|hun\b|butt\b|bach\b|pal\b|babe\b|hen\b|$))/iuy;
// words after a greeting or in a sign-off that are not a name: "hiya all", "thanks mate"
const NOT_ADDRESSEES = new Set(
  'me you u all everyone everybody guys lads girls ladies folks mate bro hun babe there again love pal sis team auntie aunty uncle cuz boss chief doll sweetheart sister brother granda grandad grandma nana nan mum unuh yuh salam gang fam both mum mam dad nan doc sir miss gorgeous darling sweetie pet chuck duck hen son lass lad people friends world back ya yous youse it its so um erm well yeah aye ok okay then just sorry guess today tonight i we this that what how hello hi again'.split(
    ' ',
  ),
);
const LOWER_TITLE =
  /\b(?:dr|mr|mrs|ms|miss|mx|nurse|sister|pastor|father|auntie|aunty|uncle)\.? ([a-z][\p{Ll}'’-]{1,25})/gu;

// who is speaking, said at a message's start or after a greeting to everyone: "morning all dougie here"
const SELF_HERE =
  /(?:^[ \t]*|[.!?][ \t]+|\b(?:morning|evening|afternoon|hi|hiya|hey|hello|alright|right|ok|okay) (?:all|everyone|everybody|folks|guys|lads|ladies|team|gang)[,!]?[ \t]+)([\p{L}][\p{L}'’-]{1,20}) here\b/gimu;
// "everyone called him Smiler", "known as Tiny", "she goes by Bex", "my nickname's Pringles"
const NICKNAME_HINT = /call|known as|knew|know|nickname|goes by|went by|go by/i;
// "Hi, I'm hope.", "I'm jack, 19", "I'm amber x", "I'm rose from Leeds": said as who someone is
function introduces(text: string, start: number, end: number): boolean {
  return (
    /^(?:,\s*\d|,? (?:from|fae|here)\b|\s+x+\b)/.test(text.slice(end, end + 12)) ||
    /\b(?:hi|hiya|hey|hello|alright)[,!.]?\s*$/i.test(text.slice(Math.max(0, start - 10), start))
  );
}

// a post's own headings, written like a speaker's label ("Edit: thanks all", "Update: day 30")
// a line's heading, not who speaks: "Edit:", "Caption:", "Q5 Answer:", "Comment:"
const HEADINGS = new Set(
  'Edit Update Recap Note PS TLDR Trigger TW CW Caption Comment Comments Reply Review Answer Question Feedback Postcard Card Survey Post Subject Title Tags Location Status Bio Quote Prompt Notes Summary Reason Today Tonight Goal Goals Gratitude Mood Weather Rating'.split(
    ' ',
  ),
);
const SIGNED_LINE =
  /^[ \t]{0,8}(?:[Ss]igned|[Ss]ignature|[Nn]ame|[Ff]ull [Nn]ame|[Pp]rint [Nn]ame|[Ww]itness|[Ff]rom)(?:[ \t]{0,3}\([^)\n]{1,20}\))?[ \t]{0,3}:[ \t]{0,3}(\p{Lu}[\p{L}'’-]{1,30}(?:[ \t]\p{Lu}[\p{L}'’-]{1,30}){0,2})(?=[ \t]*(?:$|[.,;](?:[ \t]|$)))/gmu;
const NICKNAME_GIVEN =
  /\b(?:(?:call(?:s|ed|ing)?|nicknamed) (?:him|her|them|me|us|himself|herself|themselves|myself)|(?:knew|know|knows) (?:him|her|them|me|us) as|known as|nicknamed|(?:[Mm]y|[Hh]is|[Hh]er|[Tt]heir) nickname(?:'s|’s| is| was)|goes by|went by|go by)\s+(["“‘']?)(\p{Lu}[\p{L}'’-]{1,30})((?: \p{Lu}[\p{L}'’-]{1,30}){0,2}(?=["”’']))?/gu;

/**
 * The names a text gives outright. Lowercase titles and honorifics are reported as people here too, as
 * they are found.
 */
export function namesGivenInText(
  text: string,
  lc: string | null,
  informal: boolean,
  tokens: Token[],
  person: AddPerson,
): Set<string> {
  const known = new Set<string>();
  // speaker labels at the start of a line or after a chat's time: "Kev:", "Dawn (facilitator):",
  // "Facilitator (Nadia):", "[21:47] Jade:", "[Sun 07:48] Emyr:", a chat exported as text's
  // "08/05/2024, 22:47 - Jade:"
  // every repetition is bounded, so a long line of spaces cannot make this backtrack
  each(
    /(?:^\d{1,2}\/\d{1,2}\/\d{2,4},?[ \t]\d{1,2}[:.]\d{2}(?:[ \t]?[AaPp][Mm])?[ \t][-–][ \t]|^[ \t]{0,8}|\[[^\]\n]{0,24}?\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t]?[AaPp][Mm])?\][ \t]{0,3})([^\n:()[\]\s][^\n:()[\]]{0,39}?)[ \t]{0,3}(?:\(([^)\n]{1,40})\))?[ \t]{0,3}:/gm,
    text,
    (m) => {
      for (const part of [m[1], m[2]]) {
        if (!part) continue;
        const ws = part.trim().split(/\s+/);
        // "Thu 01:", "Day 3:": a diary's date or a count, never a name ("Cerys 19:02:" is still Cerys)
        if (ws.length > 3 || (ws.length > 1 && isDiaryDay(ws[0] ?? '') && /^\d/.test(ws[1] ?? ''))) continue;
        const head = ws[0] ?? '';
        // "Recap:", "Edit:", "Mum:": a heading or a relative, not a name
        if (
          ROLE_LABELS.has(head.toLowerCase()) ||
          NOT_NAMES.has(head) ||
          (ws.length === 1 && HEADINGS.has(head)) ||
          !isUpper(head[0])
        )
          continue;
        // "P:", "Q:", "IG:": a transcript's letter for a role, or a site's short name, not a person; a play's
        // "AMAL:" is still a name
        if (
          head.length === 1 ||
          (head.length <= 3 && isAcronym(head) && !isNameLike(head.charAt(0) + head.slice(1).toLowerCase()))
        )
          continue;
        if (ws.some((w) => isCommonWord(w) && !isNameLike(w) && !isUnknownProper(w))) continue;
        // a time beside the name ("Cerys 19:02:") is not part of it
        // "Rokeya apa:": the family word beside a name is not part of it
        for (const w of ws)
          if (
            !ROLE_LABELS.has(w.toLowerCase()) &&
            !/\d/.test(w) &&
            !NOT_NAMES.has(w.charAt(0).toUpperCase() + w.slice(1))
          )
            known.add(stripPossessive(w));
      }
    },
  );

  // a form's or a statement's own line for who signs it: "Signed: Chantelle Dobson", "Name: Ola Bello",
  // or the first field of a form typed on one line ("Name: Fergal Doyle. Line: chilled meals.")
  each(SIGNED_LINE, text, (m) => {
    // "From: Poland, came over in 2004": where someone is from, unless the line holds the name alone
    if (/^\s*from/i.test(m[0]) && !/^[ \t]*$/m.test(text.slice(m.index + m[0].length).split('\n')[0] ?? ''))
      return;
    for (const w of (m[1] ?? '').split(/[ \t]+/)) if (!isCommonWord(w) || isNameLike(w)) known.add(w);
  });

  // introductions: "my name's Lorna", "I'm Jordan", "it's Zoë", "this is bex", "names Lee"
  const noCapitals = !/\p{Lu}/u.test(text);
  each(lc ? INTRO_LC : INTRO, lc ?? text, (m) => {
    const found = m[1] ?? '';
    const at = m.index + m[0].length - found.length;
    // read the word from the original text: its capital letter matters
    const w = text.slice(at, at + found.length);
    const after = text.slice(m.index + m[0].length, m.index + m[0].length + 8);
    // "my name is X" and "call me X" name a person whatever the word; "it's X" needs a name-like X
    const explicit = /^(?:my name|names|name['’]s|call me|i['’]m called)/i.test(m[0]);
    const bareIAm = /^i(?:['’]?m| am)\b/i.test(m[0]);
    // where the writer uses capitals, an English word after a bare "I'm" ("I'm happy.", "Now I'm
    // natty") says how they are, unless it is a first name said as an introduction ("I'm jack, 19")
    const saysHowTheyAre =
      !informal &&
      !noCapitals &&
      bareIAm &&
      ALL_WORDS.has(w) &&
      !(FIRST_NAMES_LOWER.has(w) && introduces(text, m.index, m.index + m[0].length));
    if (isUpper(w[0])) {
      if (
        (explicit && !isCommonWord(w)) ||
        (isNameLike(w) && !isAmbiguousName(w)) ||
        // "I'm Summer, 27", "I'm Amber, this is…", "I'm Blessing Moyo"
        (isNameLike(w) && /^i/i.test(m[0]) && AFTER_SELF_NAMED.test(after)) ||
        (isUnknownProper(w) && /^(?:[,.!]| (?:from|here|and))/.test(after))
      )
        known.add(stripPossessive(w));
    } else if (
      !saysHowTheyAre &&
      w.length >= 3 &&
      !INFORMAL.has(w) &&
      !isBareContraction(w) &&
      !CONTRACTED.test(w)
    ) {
      // "its kyle.", "its me sky got out", "i'm ghostmoth on here": a name outside the dictionary, or a
      // first name, where the writer says who they are
      const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
      const ends = /^(?:[,.!?)]|\s*$|\s+x+\b| \(| (?:here|from|fae|again|on here|x)\b)/.test(rest);
      const meIntro = /^it['’]?s me/i.test(m[0]);
      // "i'm knackered.", "I'm alreet": after "I'm" a word outside the dictionary is more often how
      // someone is than who; it names them only when it is a first name or they say where from
      const howIAm = bareIAm && !/^ (?:here|from|fae|on here)\b/.test(rest);
      if (
        (!ALL_WORDS.has(w) && !howIAm && (ends || meIntro)) ||
        (FIRST_NAMES_LOWER.has(w) && (ends || meIntro))
      )
        known.add(w);
    }
  });
  // "Gareth here, filming"
  if (text.includes(' here'))
    each(/(?:^|[.,!]\s)([A-Z][\p{L}'’-]{1,30}) here\b/gmu, text, (m) => {
      const w = m[1] ?? '';
      if (isNameLike(w) || isUnknownProper(w)) known.add(w);
    });

  // who a message greets: "hiya amber!!", "yo sunny its ash", "Morning Pat.", "grace!!! cant believe"
  for (const t of tokens) {
    // only where a message, a line or a sentence begins
    if (!t.sentenceStart || !GREETING_WORDS.has(t.text.toLowerCase())) continue;
    if (t.start > 0 && !/[\n.!?\])]\s{0,3}$/.test(text.slice(Math.max(0, t.start - 4), t.start))) continue;
    GREETING.lastIndex = t.start;
    const m = GREETING.exec(text);
    if (!m) continue;
    const w = m[1] ?? '';
    const lw = w.toLowerCase();
    if (NOT_ADDRESSEES.has(lw) || INFORMAL.has(lw) || NOT_NAMES.has(w) || lw.length < 2) continue;
    if (isNameLike(w) || isNameLike(lw.charAt(0).toUpperCase() + lw.slice(1)) || !ALL_WORDS.has(lw))
      known.add(w);
  }
  {
    const open = OPENING_NAME.exec(text.slice(0, 40));
    const w = open?.[1] ?? '';
    const lw = w.toLowerCase();
    if (
      open &&
      !NOT_ADDRESSEES.has(lw) &&
      !INFORMAL.has(lw) &&
      !NOT_NAMES.has(w) &&
      // "Fifty-one, rage like I've never had": a number opening a message is not who it greets
      !NUMBER_WORDS[lw.split('-')[0] ?? ''] &&
      (FIRST_NAMES_LOWER.has(lw) || (!ALL_WORDS.has(lw) && !/^(?:omg|lol|hiya|hi|hey|yo|ok|okay)$/.test(lw)))
    )
      known.add(w);
  }
  // who signs a message off: its last line is a name ("rob x", "Tash", "Dami")
  signOff(text, known);
  // "dr pryce", "ms okoro", "miss trebilcock": a title typed in lowercase before a surname
  if (informal)
    each(LOWER_TITLE, text, (m) => {
      const w = m[1] ?? '';
      if (w.length >= 3 && !ALL_WORDS.has(w) && !INFORMAL.has(w)) {
        person(m.index, m.index + m[0].length, 0.65, 'title and name in lowercase');
        known.add(w);
      }
    });
  // "harpreet ji", "Auntie ji": a name before an honorific
  if (HONORIFIC_HINT.test(text))
    each(HONORIFIC, text, (m) => {
      const w = m[1] ?? '';
      const lw = w.toLowerCase();
      // "Harjeet-ji": the name; "harpreet ji": the name and the word said with it
      const joined = m[0].charAt(w.length) === '-';
      if (!ALL_WORDS.has(lw) || isNameLike(w) || FIRST_NAMES_LOWER.has(lw))
        person(m.index, m.index + (joined ? w.length : m[0].length), 0.6, 'name and honorific');
    });

  // who wrote or read a piece: "Two Rivers. By Farrukh.", "Piece read by Morven, 52", "from Abakar."
  each(BYLINE, text, (m) => {
    for (const w of (m[1] ?? '').split(' ')) {
      const base = stripPossessive(w);
      if (NOT_NAMES.has(base) || PLACES.has(base) || GENERIC_NAMES.has(base) || isAcronym(base)) return;
      if (!(isNameLike(base) || isUnknownProper(base))) return;
    }
    for (const w of (m[1] ?? '').split(' ')) known.add(stripPossessive(w));
  });
  // "grandson of Ferenc", "the widow of Tadeusz": a person named by whose kin they are
  each(KIN_OF, text, (m) => {
    const w = stripPossessive(m[1] ?? '');
    if (isNameLike(w) || isUnknownProper(w)) known.add(w);
  });
  // "morning all dougie here", "Jason here.": a voice note or a message opening with who is speaking
  each(SELF_HERE, text, (m) => {
    const w = m[1] ?? '';
    const lw = w.toLowerCase();
    if (NOT_ADDRESSEES.has(lw) || NOT_NAMES.has(w) || PLACES.has(w) || ROLE_LABELS.has(lw)) return;
    if (FIRST_NAMES_LOWER.has(lw) || !ALL_WORDS.has(lw)) known.add(w);
  });
  // a text-message thread's lowercase labels: "jade: u up" on two lines or more names the writer
  {
    const labels = new Map<string, number>();
    each(LOWER_LABEL, text, (m) => {
      const w = m[1] ?? '';
      labels.set(w, (labels.get(w) ?? 0) + 1);
    });
    for (const [w, n] of labels)
      if (
        n >= 2 &&
        !ROLE_LABELS.has(w) &&
        !INFORMAL.has(w) &&
        !NOT_ADDRESSEES.has(w) &&
        (FIRST_NAMES_LOWER.has(w) || !ALL_WORDS.has(w))
      )
        known.add(w);
  }

  // nicknames given as such: "everyone called him Smiler", "known as Tiny", "she goes by Bex"
  if (NICKNAME_HINT.test(text))
    each(NICKNAME_GIVEN, text, (m) => {
      const w = m[2] ?? '';
      const base = stripPossessive(w);
      if (NOT_NAMES.has(base) || PLACES.has(base) || GENERIC_NAMES.has(base) || isAcronym(base)) return;
      // a nickname of several words in quotation marks, "nicknamed us 'Lemonade Steve'": every word
      if (m[1] && m[3]) {
        // "They called us 'The Three Amigos'": a name, not a nickname of one person
        if (/^(?:The|A|An)$/.test(base)) return;
        known.add(base);
        for (const more of m[3].trim().split(' ')) if (!NOT_NAMES.has(more)) known.add(stripPossessive(more));
        return;
      }
      // "known as Green Shoots" names a group: a plain word needs "called him" or "called her"
      const afterWord = text.slice(m.index + m[0].length, m.index + m[0].length + 2);
      if (SPACE_THEN_CAPITAL.test(afterWord)) return;
      if (
        isCommonWord(base) &&
        !/^(?:call(?:s|ed)? |my nickname|his nickname|her nickname|their nickname)/i.test(m[0]) &&
        !isNameLike(base)
      )
        return;
      known.add(base);
    });
  return known;
}

// what a dashed last line says when it names nobody: "- Anonymous", "- The End"
const UNSIGNED = new Set('anonymous anon end the fin me everyone all thanks survivor member'.split(' '));

/** The last line of a message, when it is a name: "rob x", "Tash", "Love Li", "— Dami". */
function signOff(text: string, known: Set<string>): void {
  const end = text.trimEnd();
  const nl = end.lastIndexOf('\n');
  let line = end.slice(nl + 1);
  // a sign-off on the same line as the message: "…a monster. rob x", "…love li"
  if (nl < 0 || line.length > 40) {
    const tail = SIGN_OFF_TAIL.exec(end.slice(-60));
    if (!tail) return;
    line = tail[1] ?? '';
  }
  // "- Ploy", "— Dami": a dash before the last line marks it as who wrote it
  const dashed = /^\s*[—–-]/.test(line);
  // "Anitha, ward 12", "Kez, Year 10": who wrote it, then where they are
  const comma = line.indexOf(',');
  if (nl >= 0 && comma > 0 && line.length - comma <= 20) line = line.slice(0, comma);
  const words = line
    .replace(/^[\s(—–-]+|(?:[\s).!\]x]|\p{Extended_Pictographic}|\uFE0F)+$/gu, '')
    .replace(/^(?:love|lots of love|cheers|thanks|ta|from|peace)\b,?\s*/i, '')
    .split(/\s+/)
    .map((x) => x.replace(/[,;]+$/, ''));
  if (words.length === 0 || words.length > 2) return;
  const w = words[0] ?? '';
  const lw = w.toLowerCase();
  if (!WORD_SHAPE.test(w) || NOT_ADDRESSEES.has(lw) || INFORMAL.has(lw) || NOT_NAMES.has(w) || PLACES.has(w))
    return;
  if (words.length === 2 && !isUpper((words[1] ?? '')[0])) return;
  if (
    isNameLike(w) ||
    FIRST_NAMES_LOWER.has(lw) ||
    !ALL_WORDS.has(lw) ||
    (dashed && isUpper(w[0]) && !UNSIGNED.has(lw))
  )
    known.add(w);
}
