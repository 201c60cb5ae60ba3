// Capitalised words that name a person: after a title ("Dr Shah"), a first name with or without a
// surname, a nickname ("Big Tam"), a word outside the dictionary where a person stands, or a word the
// text has named already. Places, products and the words of other names are told apart by the words around.
import {
  FACILITY_SUFFIXES,
  GENERIC_NAMES,
  NICKNAME_WORDS,
  NOT_NAMES,
  ORG_SUFFIXES,
  PLACES,
  RELATION_NOUNS,
  ROLE_LABELS,
  STREET_SUFFIXES,
  TITLES,
} from '../lexicons.js';
import { isAmbiguousName } from '../names.js';
import type { NameScan } from './name-scan.js';
import { commonWordAsName, mayBeVerb, personCue } from './person-cues.js';
import { DETERMINERS, INFORMAL, NICKNAME_WORDS_LOWER } from './person-words.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import {
  CONTRACTION,
  isAcronym,
  isCommonWord,
  isMonthOrDay,
  isNameLike,
  isStrongFirstName,
  isUnknownProper,
  stripPossessive,
  isShortDay,
} from './words.js';

const VERB_AFTER_FULL_NAME = /^,? (?:was|is|has|had|and|who|would|will|used|never|always|\p{Ll}+(?:ed|s))\b/u;
const PERSON_VERBS = new Set(
  "said says told tells asked asks rang rings called calls came come comes texted texts messaged replied answered shouted shouts laughed laughs cried cries smiled smiles nodded nods sat sits stood stands walked walks drove drives looked looks noticed showed shows taught teaches keeps kept used would will was is has had and who wouldn't won't didn't can't couldn't doesn't isn't wasn't hasn't hadn't wouldn’t won’t didn’t can’t couldn’t doesn’t isn’t wasn’t hasn’t hadn’t".split(
    ' ',
  ),
);
// words that open a request or a reminder, before the name of whom it is for: "Ring Jógvan", "Ask Óli"
const OPENING_REQUESTS = new Set(
  'Ring Call Phone Text Ask Tell Thank Meet Visit See Email Message Invite Pay Remind Help Send Bring Take Get Let Give Love'.split(
    ' ',
  ),
);
// "from church", "from the allotments", "from youth fellowship in Dromore", then what someone does
const FROM_SOMEWHERE =
  /^ from (?:the |my |our |his |her )?(?:[\p{L}'’-]+ ){1,4}?(?:said|says|told|asked|rang|called|came(?! (?:when|at|just|right|from|as|true|back to me|easier|easy|naturally|slowly))|come (?:round|over|by)|texted|messaged|replied|shouted|laughed|cried|smiled|nodded|sat|stood|walked|drove|visited|hugged|phoned|popped|dropped|brought|sent|gave|picked)\b/u;
// letters of Faroese, Icelandic, Welsh, Polish, Czech, Turkish… names that English words do without
const ACCENTED = /[À-ÖØ-öø-ÿĀ-ſ]/;
const AFTER_SOMEONE =
  /^(?:,| (?:on|from|and|who|would|was|is|had|has|will|can|could|did|does|never|always|just|still)\b)/;
const HUMAN_AFTER =
  /^(?:,? (?:said|says|told|tells|asked|asks|rang|rings|called|texted|messaged|replied|shouted|laughed|laughs|cried|cries|smiled|nodded|hugged|phoned|sobbed|whispered|kissed|married|promised|visited|put up with|has gone|had gone|is crying|was crying|is sobbing|is in hospital|was in hospital|has the|keeps? (?:saying|asking|texting|ringing|phoning|telling)|is my|was my|is our|was our)\b|, (?:my|our|his|her|their) (?:\w+ )?(?:friend|mate|sister|brother|cousin|wife|husband|partner|son|daughter|neighbour|boss|uncle|aunt|auntie|nephew|niece|colleague)\b)/;
// people-words that are not names, even capitalised before "said"
const NOT_PERSON_WORDS = new Set(
  'Nobody Somebody Anybody Everybody Someone Anyone Everyone People Staff Doctors Nurses Police Cops Mates Friends Family Parents Kids Lads Girls Boys Teachers Others Both None Some Many Most All Each Neither Either Nothing Something Everything They He She We You It Who What Which That This These Those There Here Then When Nurse Doctor Counsellor Mum Dad Nan'.split(
    ' ',
  ),
);
// after these a first name is a person more often than a place: "from Priya", "near Karen", "towards Dev"
const PERSON_PLACE_PREPOSITIONS = new Set(['from', 'near', 'towards', 'toward', 'around']);
// "that", "this": a word that usually makes what follows a thing, unless a name then does something or a
// surname follows ("the momos that Kamala made", "that Shane Mullins")
const RELATIVE_BEFORE = new Set(['that', 'this']);
// titles for family members, in English and in the languages of families who came here
// Titles only ever put before a surname, and the few words after them that are characters, brands or
// sayings ("Mr Right", "Dr Who", "Mr Whippy") rather than anyone's name
const HONORIFICS = new Set('Dr Mr Mrs Ms Mx Prof Professor Cllr Councillor Rev Reverend'.split(' '));
const NOT_SURNAMES = new Set(
  'Right Wrong Who Whippy Pepper Motivator Muscle Nobody Universe World Nice Perfect Fix Big Blobby Sheen Men Clean Freeze Kipling Tickle Happy Grumpy Bump'.split(
    ' ',
  ),
);
// given names that are kept off the name lists because they are more often a word (a faith, a people,
// a word for mother, an endearment): a name only where a relative stands before them
const GIVEN_NAMES_ALSO_WORDS = new Set(['Jesus', 'Christian', 'Roma', 'Amma', 'Cariad']);
const KIN_BEFORE_A_NAME = new Set(
  'son daughter boy girl lad lass grandson granddaughter nephew niece brother sister husband wife partner cousin stepson stepdaughter called named neighbour colleague flatmate'.split(
    ' ',
  ),
);
const FAMILY_TITLES = new Set(
  'Auntie Aunty Aunt Uncle Nana Nanna Nanny Nan Gran Granny Grandma Grandad Grandpa Ate Kuya Lolo Lola Tita Tito Manang Manong Didi Dai Bhaiya Chacha Chachi Mamu Khala Abuela Abuelo Nonna Nonno Babcia Dziadek Yiayia Bubbe Zayde'.split(
    ' ',
  ),
);
const NAME_CONTRACTION = /^(\p{Lu}\p{Ll}+)['’](?:d|ll)$/u;
const SPOUSE_BEFORE =
  /\b(?:married to|engaged to|divorced from|separated from|wife,|husband,|(?:my|his|her|our|their) (?:partner|wife|husband|girlfriend|boyfriend|fianc[eé]e?|missus|ex|daughter|son|sister|brother),?) $/i;
// after these a first name and a surname may follow: "from Sarah Jones", "towards Dr Shah"
const PERSON_PREPOSITIONS = new Set(['from', 'towards', 'toward']);
const PLACE_HEADS = new Set(
  'Loch Lough Mount Glen Port Fort Isle Lake River Cape Strath Blaenau Kirk Bally Inis'.split(' '),
);
const PLACE_PREPOSITIONS = new Set(
  'in into near outside around across through towards toward via from'.split(' '),
);
const LOWER_FAMILY_TITLES = new Set(
  'auntie aunty aunt uncle nana nanna nan gran granny grandma grandad granda grandpa mama papa mammy mammi daddy mummy'.split(
    ' ',
  ),
);
const WHOSE = new Set(['his', 'her', 'their']);
const THING_BEFORE = new Set(
  'a an the his her their its this that these those some any every drinking drank smoking smoked taking eating ate prescribed'.split(
    ' ',
  ),
);
// words before a capitalised word that make it a person: "told Oksana", "me and Wei", "thanks to Hodan"
const OBJECT_CUE =
  /\b(?:told|tell|asked|ask|texted|text|rang|ring|phoned|phone|married|marry|hugged|hug|thanked|thank|thank you|thanks to|cheers to|shout ?out to|big up|respect to|visited|me and|with my|and my|love you|miss you|met|our|telt|tellt|wi|never see|see|saw|miss|missed)\s+$/i;
// "give my phone to Nashwan", "the £300 I owed to Abdelrahim": what is given, paid or said goes to a person
const GIVEN_TO =
  /\b(?:give|gave|given|giving|pay|paid|owe|owed|owing|lend|lent|hand|handed|say|said|saying|speak|spoke|talk|talked|talking|explain|explained|apologise|apologised|apologize|apologized|sorry|listen|listened|belongs?|belonged)\b(?: [\w'’£$]+){0,5},? to\s+$/i;
const VOCATIVE_OPENING =
  /^, (?:you|how|what|are|is|do|did|can|could|would|will|thank|thanks|listen|look|come|tell|please|i|i'm|i’m|we|it's|it’s|that's|that’s|where|when|why|remember|sorry)\b/i;
// a quotation opening straight before the word: "he just said, 'Ashur, you are not yourself.'"
const QUOTE_OPENS = /(?:^|[\s,:])['"“‘]$/;
const COMPANION_CUE = /\b(?:with|having|take|took|taking|bring|brought|for)\s+$/i;
// "written in Farsi by Behrouz", "a group run by Tendai": who made or leads something
const MADE_BY =
  /\b(?:written|run|led|hosted|translated|interpreted|signed|painted|drawn|organised|organized|sung|read)\b[^.!?\n]{0,20}\bby\s+$/i;
// "like Marsaili did": after "like", only a word that then does something is a person ("like Netflix" is not)
const LIKE_SOMEONE = /\blike\s+$/i;
// after two capitalised words, signs that the name goes on ("Kuala Lumpur is", "Abu Dhabi")
const CONTINUES_NAME = /^ (?:Road|Street|Lane|Way|Park|Hall|Centre|Hospital|Club|Group)\b/;

/**
 * Reads the capitalised token at i (`base` without a possessive; `end` past the surname when one follows).
 * Returns the index of the last token it used: one past i when it read a two-word name.
 */
export function readCapitalisedWord(
  scan: NameScan,
  i: number,
  base: string,
  nextIsSurname: boolean,
  end: number,
): number {
  const { text, tokens, known, learned, pending, midCaps, person } = scan;
  const t = tokens[i] as Token;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // "Thu 01", "Sat 14 Mar": a diary's day and date, not Thu or Sat
  if (isShortDay(t.text) && next && /^\d{1,2}(?:st|nd|rd|th)?$/.test(next.text)) return i + 1;
  // "Dr Shah", "Mrs Okoro", "Father Ted Crilly": a title, the name after it and a surname if one follows
  if (
    TITLES.has(t.text) &&
    next &&
    next.cap &&
    next.text !== 'I' &&
    gapIs(text, t, next, t.text.length <= 4 ? /^\.? $/ : /^ $/)
  ) {
    // "Tita Baby", "Auntie Sweetie": after a family title even an everyday word is what she is called
    if (
      isCommonWord(next.text) &&
      !isNameLike(next.text) &&
      !isUnknownProper(next.text) &&
      !(FAMILY_TITLES.has(t.text) && !next.sentenceStart && gapIs(text, t, next, ONE_SPACE)) &&
      // "old Dr Fell", "Mrs Wood": after a formal title a surname that is also a word is still a surname
      !(HONORIFICS.has(t.text.replace(/\.$/, '')) && !NOT_SURNAMES.has(next.text))
    )
      return i;
    let e = next.end;
    const after = tokens[i + 2];
    if (
      after &&
      after.cap &&
      gapIs(text, next, after, ONE_SPACE) &&
      !isCommonWord(after.text) &&
      !ORG_SUFFIXES.has(after.text)
    )
      e = after.end;
    person(t.start, e, 0.9, `title "${t.text}" and name`);
    known.add(stripPossessive(next.text));
    return i + 1;
  }
  if (known.has(base)) {
    person(t.start, end, 0.85, 'name given earlier in the text');
    return i;
  }
  // "Big Tam", "Wee Mags", "Young Kev": a nickname made of a describing word and a name
  if (NICKNAME_WORDS.has(t.text) && next && next.cap && gapIs(text, t, next, ONE_SPACE)) {
    const nb = stripPossessive(next.text);
    const third = tokens[i + 2];
    if (
      (isNameLike(nb) || isUnknownProper(nb)) &&
      !GENERIC_NAMES.has(`${t.text} ${nb}`) &&
      !PLACES.has(nb) &&
      !(third && third.cap && gapIs(text, next, third, ONE_SPACE))
    ) {
      person(t.start, next.start + nb.length, 0.65, 'nickname');
      learned.add(nb);
      return i + 1;
    }
  }
  // "Kerry Walsh": a place name that is also a first name, followed by a surname
  if (
    PLACES.has(base) &&
    next &&
    next.cap &&
    gapIs(text, t, next, ONE_SPACE) &&
    (isUnknownProper(next.text) || (isNameLike(next.text) && !isMonthOrDay(next.text))) &&
    !STREET_SUFFIXES.has(next.text) &&
    !ORG_SUFFIXES.has(next.text) &&
    !FACILITY_SUFFIXES.has(next.text)
  ) {
    person(t.start, next.end, 0.6, 'first name and surname');
    return i + 1;
  }
  // "a jumper that says RHODRI": a first name in capitals
  if (isAcronym(t.text) && t.text.length >= 4) {
    const proper = t.text.charAt(0) + t.text.slice(1).toLowerCase();
    if (isStrongFirstName(proper)) person(t.start, t.end, 0.55, 'first name in capitals');
    return i;
  }
  // "Bridget'd be better off", "Kaz'll know": a first name with a verb run on to it
  const contracted = t.text.length > 3 && !t.text.endsWith('s') ? NAME_CONTRACTION.exec(t.text) : null;
  if (contracted && contracted[1] && isStrongFirstName(contracted[1])) {
    person(t.start, t.start + contracted[1].length, 0.6, 'first name with a contraction');
    return i;
  }
  if (contracted && contracted[1] && (known.has(contracted[1]) || learned.has(contracted[1]))) {
    person(t.start, t.start + contracted[1].length, 0.6, 'name given earlier in the text');
    return i;
  }
  // "married to Kerry": a place-name that only a person can be here
  if (
    PLACES.has(base) &&
    !isAcronym(t.text) &&
    SPOUSE_BEFORE.test(text.slice(Math.max(0, t.start - 16), t.start))
  ) {
    person(t.start, end, 0.6, 'name of a spouse');
    // and everywhere else she is named ("put Kerry's number on his file")
    learned.add(base);
    return i;
  }
  // "my son Jesus", "our daughter Roma", "her husband Christian": a given name that is also a word kept
  // off the name lists, after a word for a relative
  if (
    GIVEN_NAMES_ALSO_WORDS.has(base) &&
    prev &&
    KIN_BEFORE_A_NAME.has(prev.text.toLowerCase()) &&
    gapIs(text, prev, t, /^,? $/)
  ) {
    // not learned: elsewhere the word is more often the word ("I am a Christian", "Roma families")
    person(t.start, end, 0.55, 'name after a relation');
    return i;
  }
  if (isAcronym(t.text) || NOT_NAMES.has(base) || PLACES.has(base) || CONTRACTION.test(t.text)) return i;
  if (!isNameLike(base) && !isUnknownProper(base)) {
    // "my flatmate Wen Jie": after a word for a relation, a capitalised word that is not a common one
    if (
      prev &&
      RELATION_NOUNS.has(prev.text.toLowerCase()) &&
      gapIs(text, prev, t, /^,? $/) &&
      !isCommonWord(base) &&
      !RELATION_NOUNS.has(base.toLowerCase())
    ) {
      person(t.start, end, 0.55, 'name after a relation');
      learned.add(base);
      return i;
    }
    // "Snipes just laughed", "these lads, Snipes and his mate": an ordinary word used as a nickname, where
    // only a person can stand
    if (
      !NOT_PERSON_WORDS.has(base) &&
      !RELATION_NOUNS.has(base.toLowerCase()) &&
      !ROLE_LABELS.has(base.toLowerCase()) &&
      !GENERIC_NAMES.has(base) &&
      !(next && next.cap && gapIs(text, t, next, ONE_SPACE)) &&
      !(prev && prev.cap && gapIs(text, prev, t, ONE_SPACE)) &&
      !(prev && PLACE_PREPOSITIONS.has(prev.text.toLowerCase())) &&
      commonWordAsName(text, tokens, i, midCaps)
    ) {
      person(t.start, end, 0.5, 'nickname in context');
      learned.add(base);
    }
    return i;
  }
  const relation =
    prev !== undefined && RELATION_NOUNS.has(prev.text.toLowerCase()) && gapIs(text, prev, t, /^,? $/);
  // "Fort William", "Ebbw Vale", "Kings Heath": a name-word inside another capitalised name
  if (
    prev &&
    prev.cap &&
    !prev.sentenceStart &&
    gapIs(text, prev, t, ONE_SPACE) &&
    !isNameLike(prev.text) &&
    !isUnknownProper(prev.text) &&
    !TITLES.has(prev.text) &&
    !NICKNAME_WORDS.has(prev.text) &&
    !known.has(stripPossessive(prev.text)) &&
    // "On Saturdays Ethan and I", "my CPN Iain": a day or a role's initials do not start a name
    !(isStrongFirstName(base) && (isMonthOrDay(prev.text.replace(/s$/, '')) || isAcronym(prev.text)))
  )
    return i;
  // "his Weetabix", "the Mersey", "a Milo", "drinking Irn Bru", "gave me Valium": a thing, not a person
  if (
    prev &&
    (THING_BEFORE.has(prev.text.toLowerCase()) ||
      (prev.text === 'me' && /\bgave me $/i.test(text.slice(Math.max(0, t.start - 9), t.start)))) &&
    gapIs(text, prev, t, ONE_SPACE) &&
    !known.has(base) &&
    // "the momos that Kamala made": a first name that does something is a person, whatever stands before
    !(
      isStrongFirstName(base) &&
      RELATIVE_BEFORE.has(prev.text.toLowerCase()) &&
      (nextIsSurname || personCue(text, tokens, i))
    ) &&
    // "his Martha in the churchyard", "her Derek": someone's own person, as people speak of a wife or a son
    !(isStrongFirstName(base) && WHOSE.has(prev.text.toLowerCase()) && !(next && next.cap))
  )
    return i;
  // "a bottle of Jameson", "cans of Irn-Bru": a product
  if (
    /\b(?:bottles?|cans?|pints?|glass|glasses|box|boxes|packets?|tins?|bags?|packs?|doses?|tubs?) of $/i.test(
      text.slice(Math.max(0, t.start - 12), t.start),
    )
  )
    return i;
  // "in Camborne", "near Omagh", "from Craiova": after these a capitalised word is a place, unless a surname
  // follows ("from Sarah Jones") or the word is a name the text has given
  if (
    prev !== undefined &&
    PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) &&
    gapIs(text, prev, t, ONE_SPACE) &&
    (!nextIsSurname || !PERSON_PREPOSITIONS.has(prev.text.toLowerCase())) &&
    !(PERSON_PLACE_PREPOSITIONS.has(prev.text.toLowerCase()) && isStrongFirstName(base))
  )
    return i;
  // "Loch Baghasdail", "Fort William", "Craig Phadrig": a word that opens the names of places
  if (PLACE_HEADS.has(base) && next && next.cap && gapIs(text, t, next, ONE_SPACE)) {
    return i + 1;
  }
  // "big Hughie", "wee Senga": a nickname whose describing word is typed in lowercase
  if (
    prev &&
    NICKNAME_WORDS_LOWER.has(prev.text) &&
    gapIs(text, prev, t, ONE_SPACE) &&
    isNameLike(base) &&
    // "our baby Freya": after a determiner the describing word is a noun, and only the name is hers
    !(tokens[i - 2] && /^(?:our)$/i.test((tokens[i - 2] as Token).text)) &&
    !(tokens[i - 2] && DETERMINERS.has((tokens[i - 2] as Token).text.toLowerCase()))
  ) {
    person(prev.start, end, 0.65, 'nickname');
    learned.add(base);
    return i;
  }
  // "auntie Nyasha", "nana Pat": a family title typed in lowercase belongs to the name
  const from =
    prev && LOWER_FAMILY_TITLES.has(prev.text) && gapIs(text, prev, t, ONE_SPACE) ? prev.start : t.start;
  if (isStrongFirstName(base)) {
    // a name that starts an organisation ("Ruby's Diner") is handled as the organisation
    person(from, end, 0.8, 'first name');
    return i;
  }

  if (isNameLike(base)) {
    // "Ring Shona", "Ring Jógvan": a sentence-initial word before a clear first name, or a word asking
    // for something before a name no list holds, is not part of the name
    if (
      t.sentenceStart &&
      next &&
      (isStrongFirstName(next.text) || (OPENING_REQUESTS.has(base) && isUnknownProper(next.text)))
    )
      return i;
    // "the Red Cross": a word-name inside a capitalised run that does not start with a name
    if (
      isAmbiguousName(base) &&
      prev &&
      prev.cap &&
      !prev.sentenceStart &&
      gapIs(text, prev, t, ONE_SPACE) &&
      !isStrongFirstName(prev.text)
    )
      return i;
    // Hope, Grace, Will, Dawn, Bill: a name only when the context says so
    const midSentence =
      !t.sentenceStart && !(next && next.cap && gapIs(text, t, next, ONE_SPACE) && !nextIsSurname);
    const followedByVerb =
      next !== undefined &&
      gapIs(text, t, next, /^,? $/) &&
      PERSON_VERBS.has(next.text.toLowerCase()) &&
      !t.sentenceStart;
    const vocative =
      prev !== undefined &&
      /, $/.test(text.slice(prev.end, t.start)) &&
      /^["”’']?[.!?]/.test(text.slice(t.end, t.end + 2));
    // "Will and I met", "Grace, our daughter, is three"
    const after = text.slice(t.end, t.end + 40);
    // "Mercy from church came round", "Grace from youth fellowship messaged": someone from somewhere
    // who then does what people do
    const cameFromSomewhere = FROM_SOMEWHERE.test(text.slice(t.end, t.end + 60));
    const pairedWithMe = /^ and (?:i|me)\b/i.test(after);
    const described =
      /^, (?:my|our|his|her|their) (?:\w+ )?\w+,/.test(after) &&
      RELATION_NOUNS.has(/^, \w+ (?:\w+ )?(\w+),/.exec(after)?.[1] ?? '');
    if (TITLES.has(base) && !nextIsSurname) return i;
    if (
      nextIsSurname ||
      relation ||
      (midSentence && !isMonthOrDay(base)) ||
      followedByVerb ||
      vocative ||
      pairedWithMe ||
      described ||
      cameFromSomewhere ||
      (!isMonthOrDay(base) && personCue(text, tokens, i)) ||
      (!t.sentenceStart && OBJECT_CUE.test(text.slice(Math.max(0, t.start - 14), t.start)))
    ) {
      person(from, end, 0.6, 'name in context');
      if (!isMonthOrDay(base)) learned.add(base);
    }
    return i;
  }
  // "Bikash Gurung was my bunkmate": two unknown capitalised words opening a sentence, then a verb
  if (
    t.sentenceStart &&
    isUnknownProper(base) &&
    nextIsSurname &&
    next &&
    isUnknownProper(next.text) &&
    VERB_AFTER_FULL_NAME.test(text.slice(next.end, next.end + 12)) &&
    !CONTINUES_NAME.test(text.slice(next.end, next.end + 12))
  ) {
    person(t.start, end, 0.55, 'capitalised first name and surname');
    learned.add(base);
    return i + 1;
  }
  // "Tendai Pryce": two unknown capitalised words mid-sentence have the shape of a full name
  if (
    !t.sentenceStart &&
    isUnknownProper(base) &&
    nextIsSurname &&
    next &&
    isUnknownProper(next.text) &&
    !(tokens[i + 2]?.cap && gapIs(text, next, tokens[i + 2] as Token, ONE_SPACE))
  ) {
    person(t.start, end, 0.55, 'capitalised first name and surname');
    return i + 1;
  }
  if (isUnknownProper(base)) {
    const vocative =
      prev !== undefined &&
      /, $/.test(text.slice(prev.end, t.start)) &&
      /^["”’']?[.!?]/.test(text.slice(t.end, t.end + 2));
    const byVerb =
      next !== undefined && gapIs(text, t, next, /^,? $/) && PERSON_VERBS.has(next.text.toLowerCase());
    const appositive =
      prev !== undefined &&
      /, $/.test(text.slice(prev.end, t.start)) &&
      /^,/.test(text.slice(t.end, t.end + 1));
    // "Siti, how is the exam?", "Michiko, you said…": a word outside the dictionary that opens a sentence
    // by calling someone
    const calledOn =
      (t.sentenceStart || QUOTE_OPENS.test(text.slice(Math.max(0, t.start - 3), t.start))) &&
      base.length >= 3 &&
      !INFORMAL.has(base.toLowerCase()) &&
      !LOWER_FAMILY_TITLES.has(base.toLowerCase()) &&
      VOCATIVE_OPENING.test(text.slice(t.end, t.end + 12));
    // "mend nets with Erlend", "take Adwoa to Kumasi": one word where a person or a group stands (either
    // identifies); a second capitalised word would make it the name of something bigger
    const before = text.slice(Math.max(0, t.start - 36), t.start);
    const companion =
      !t.sentenceStart &&
      (COMPANION_CUE.test(before) ||
        MADE_BY.test(before) ||
        (LIKE_SOMEONE.test(before) && personCue(text, tokens, i))) &&
      !(next && next.cap && gapIs(text, t, next, ONE_SPACE));
    // "two kids, Gurleen and Arjan": joined by "and" or "or" to someone already named
    const before2 = i >= 2 ? tokens[i - 2] : undefined;
    const pairedWithName =
      !t.sentenceStart &&
      prev !== undefined &&
      before2 !== undefined &&
      (prev.text === 'and' || prev.text === 'or' || prev.text === '&') &&
      gapIs(text, before2, prev, ONE_SPACE) &&
      gapIs(text, prev, t, ONE_SPACE) &&
      (known.has(stripPossessive(before2.text)) ||
        learned.has(stripPossessive(before2.text)) ||
        isStrongFirstName(before2.text)) &&
      !(next && next.cap && gapIs(text, t, next, ONE_SPACE));
    if (
      relation ||
      vocative ||
      calledOn ||
      companion ||
      pairedWithName ||
      (byVerb && !t.sentenceStart) ||
      // "Jelena is crying", "Morven has gone to her sister's", "Salwa rang": opening a sentence, a word
      // outside the dictionary and the places is a person when what follows is something people do
      (t.sentenceStart && next !== undefined && HUMAN_AFTER.test(text.slice(t.end, t.end + 24))) ||
      // "Jógvan on the crew would laugh", "Óli, who is 11": opening a sentence, a word spelt with letters
      // English words do not use, before what goes with a person
      (t.sentenceStart &&
        ACCENTED.test(base) &&
        base.length >= 3 &&
        AFTER_SOMEONE.test(text.slice(t.end, t.end + 12))) ||
      (appositive && !t.sentenceStart) ||
      personCue(text, tokens, i) ||
      (!t.sentenceStart && OBJECT_CUE.test(text.slice(Math.max(0, t.start - 14), t.start))) ||
      (!t.sentenceStart && GIVEN_TO.test(before) && !(next && next.cap && gapIs(text, t, next, ONE_SPACE)))
    ) {
      person(t.start, end, 0.55, 'capitalised name in context');
      learned.add(base);
    } else if (t.sentenceStart && mayBeVerb(next, text, t)) pending.push(i);
  }
  return i;
}
