// Organisations and the places where care, custody and work happen: runs of capitalised words (each
// classified in capitalised-runs.ts), chain shops and lenders, prisons, wards and named places typed in
// lowercase.
import { CHAINS, NOT_NAMES, PLACES, SHARED_ACRONYMS, SURNAMES } from '../lexicons.js';
import { ALL_WORDS, COMMON_WORDS, FIRST_NAMES_LOWER } from '../names.js';
import { INFORMAL } from './person-words.js';
import { classifyRun } from './capitalised-runs.js';
import { CONNECTORS } from './organisation-words.js';
import { each } from './regex.js';
import { gapIs, ONE_SPACE } from './tokens.js';
import type { Token } from './tokens.js';
import type { Add } from './types.js';
import { CONTRACTION, isAcronym, isCommonWord, isMonthOrDay, stripPossessive } from './words.js';

const CHAINS_LOWER = new Set([...CHAINS].filter((c) => !c.includes(' ')).map((c) => c.toLowerCase()));
// every word that starts a chain's name, with and without a possessive: a quick first test for each token
const CHAIN_WORDS = new Set(
  [...CHAINS].flatMap((c) => {
    const w = c.split(' ')[0] ?? '';
    return [w, `${w}'s`, `${w}’s`];
  }),
);
const MAX_RUN = 12;
const LOWER_FACILITY_HINT =
  /(?:surgery|clinic|ward|unit|hospital|hospice|practice|hostel|centre|project|cafe|café)\b/;
const INFORMAL_PLACE_WORDS =
  /^(?:psych|rehab|detox|gp|camhs|cmht|maternity|dementia|methadone|drop|youth|mh|a&e)$/;

const LOCAL_INITIALS = / the ([A-Z](?:[A-Z]|&[A-Z]){1,4})(?![\p{L}\p{N}&'’])/gu;
// the word before "the": somewhere someone goes, is taken or is kept
const TO_OR_AT = /\b(?:at|in|to|from|into|outside|near|round|up|down|by)$/;
const MEETING_PLACE =
  /\b(?:at|before|after|behind|outside|coming|comin) (?:the )?([a-z]{3,15}(?: [a-z]{3,15})?)(?= (?:on )?(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b| (?:later|tonight|tomorrow|tmrw|tmr|tomoz)\b)/g;
// places everyone goes, named by what they are: "at college monday", "at the gym later"
const SHARED_VENUES = new Set(
  'mine yours his hers ours theirs home work school college uni church chapel mosque temple gurdwara gym pub club group meeting meetin session class rave party gig depot bowling bingo cinema pictures match game doctors dentist hospital station office library park beach town city shop shops cafe café chippy bookies court hostel house flat centre clinic surgery pool football footy training practice rehab detox round back out over down up there here again too support peer'.split(
    ' ',
  ),
);
// "HMP Greystoke Moor": the prison's name may be two words
const PRISON = /\b(?:HMP|HMYOI|YOI|HMIP) [A-Z][\p{L}'’-]{1,30}(?: [A-Z][\p{L}'’-]{1,30})?/gu;
const HOSPITAL_AS_CALLED =
  /\b(?:in|at|to|from|into) the (royal|infirmary|general|ri|gen)\b(?! (?:family|mail|navy|marines|british|air|legion|opera|ballet|albert|public))/g;
const RELEASED_REASON = 'place someone was released from, in lowercase';
const CELTIC_INSTITUTION =
  /\b(?:Ysgol|Coleg|Ysbyty|Sgoil|Scoil|Colaiste|Coláiste|Ospadal|Ospidéal|Bunscoil|Gaelscoil)(?: (?:y|yr|na|an|a|Gyfun|Gynradd|Uwchradd))?(?: [A-Z][\p{L}'’-]{1,30}){1,3}/gu;
// "Côr Meibion Taf", "Còisir an Lochain", "Capel Bethel", "Masjid an-Noor": Welsh, Gaelic, Irish and Arabic
// names of choirs, chapels, clubs, halls and mosques start with the kind of group or place
const KIND_FIRST_GROUP =
  /\b(?:Côr|Còisir|Coisir|Capel|Eglwys|Clwb|Canolfan|Neuadd|Caffi|Tafarn|Cymdeithas|Comann|Comunn|Cumann|Ionad|Eaglais|Buidheann|Masjid|Jamia|Jamea)(?: (?:y|yr|na|nan|an|a|al|e))?(?: (?:(?:al|an|as|ar|ash|at|ul|e)-)?\p{Lu}[\p{L}'’-]{1,30}){1,3}/gu;
// "Posted in Recovery Cornwall Chat", "posting in Moving On Mid-Essex", "on the Bet Free Scotland forum": the
// group or forum a post was written in; the platforms everyone uses are not one group
const POSTED_IN =
  /\b(?:[Pp]ost(?:ed|ing)?(?: by @?[\p{L}\p{N}_.]{2,30})?|[Ww]rit(?:ten|ing)|[Ss]har(?:ed|ing)) (?:in|to|on) (?:the |The )?(\p{Lu}[\p{L}'’-]*(?: (?:(?:&|and|of|on|for|in|the|to) )?\p{Lu}[\p{L}'’-]*){0,5})/gu;
const PLATFORMS =
  /^(?:Facebook|Reddit|Instagram|Insta|TikTok|Twitter|X|YouTube|Discord|WhatsApp|Mumsnet|Snapchat|Tumblr|Threads|Bluesky|Twitch|Kick|Steam|LinkedIn|Telegram|Signal|Messenger|Zoom|Teams|Google|Here|There|This|That)$/;
// A chat, page or meeting named on a line of its own, as exports and transcripts head themselves:
// "Redcar Rovers Vets chat", "Thornaby Quiz League Facebook page", "[WhatsApp — Chepstow GA Tuesday]",
// "[Zoom — Long Eaton CA online meeting, share transcript]"
const CHAT_HEADING =
  /^[ \t]*(?:\[(?:(?:WhatsApp|Zoom|Facebook|Messenger|Discord|Teams|Signal|Telegram|Google Meet)[ \t]*[—–:-][ \t]*))?(\p{Lu}[\p{L}\p{N}'’-]*(?: (?:(?:&|and|of|the|on|for|in) )?[\p{Lu}\p{N}][\p{L}\p{N}'’-]*){1,5})(?: (?:group chat|chat|Facebook page|page|forum|thread|online meeting|meeting|WhatsApp group|WhatsApp))?(?=[ \t]*(?:[\],]|$))/gmu;
const KNOWN_SURNAMES = new Set(SURNAMES);
const CHAT_HEADING_HINT =
  /^[ \t]*\[(?:WhatsApp|Zoom|Facebook|Messenger|Discord|Teams|Signal|Telegram|Google Meet)|(?:chat|page|forum|thread|meeting|WhatsApp(?: group)?)[ \t]*(?:\]|,|$)/mu;
// typed in lowercase in a message, a name of up to three words and the kind of place or group it is:
// "lecale mens shed", "sunderland young carers", "holme court foyer", "caithness colts"
const LOWER_KIND_RUN =
  /\b(?:at|from|with|in|for|behind|outside|the|to|wi|down|joined) ((?:[a-z][a-z'’-]{1,20} ){1,3})(barbers|barber|kebabs?|carers|shed|colts|rovers|social|club|foyer|caff|chippy|salon|gym|chapel|mosque|mandir|gurdwara|hub|project|pantry|kitchen|bakery|takeaway|diner|tavern|lodge|hall|academy|trust|network|collective|circle|alliance|foundation|allotments|boxing)\b/g;
// words that describe a kind of place rather than name one: "the new mens shed", "the bus station cafe"
const LOWER_KIND_STOP = new Set(
  'the a an my our your his her their this that these those local big little new old nearest same other usual next main mens womens young youth community day night drop support recovery sports working soup food'.split(
    ' ',
  ),
);
// "Mind in Hillingdon", "Mind in Furness": a local branch is named by where it is
const LOCAL_MIND = /\bMind in (\p{Lu}[\p{L}'’-]+(?: (?:and )?\p{Lu}[\p{L}'’-]+)?)/gu;
const RELEASED_HINT = /\b(?:out|oot)\b/;
const RELEASED_FROM =
  /\b(?:got|get|gets|getting|gettin|came|come|comin|coming|let) (?:out|oot)(?: of| o['’]?)? ([a-z][a-z'’-]{2,20})(?: ([a-z][a-z'’-]{2,20}))?(?=[ ,.!?\n]|$)/g;
const DAY_WORD = /^(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?$/;
// a day or a time straight after the place: "monday", "tues", "weds", "today", "last week"
const DAY_AFTER =
  /^[ ,]+(?:mon|tue|tues|wed|weds|thu|thur|thurs|fri|sat|sun)(?:day)?\b|^[ ,]+(?:today|yesterday|last|this|on|the other day)\b/;
// words that leave a place unnamed: "got out of the car", "out of my head", "out of bed early"
const NOT_PLACE_WORDS = new Set(
  'the a an my his her their our your this that there here it its me him them us bed work school jail prison hospital rehab detox hand control order breath line time nowhere somewhere town early late again finally now yet already today tonight yesterday of and to for with on in at by it'.split(
    ' ',
  ),
);

/** A capitalised word that carries a name on past a small joining word ("Back on Track"). */
function joinsName(x: Token | undefined): boolean {
  return (
    x !== undefined &&
    x.cap &&
    x.text !== 'I' &&
    !isMonthOrDay(x.text) &&
    !isMonthOrDay(x.text.replace(/s$/, '')) &&
    !CONTRACTION.test(x.text)
  );
}

export function findOrganisations(text: string, informal: boolean, tokens: Token[], add: Add): void {
  // runs of capitalised words on one line: "Harbour Lights Veterans Hub", "Dearnebrook Miners' Welfare"
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (!t || !t.cap || t.text === 'I' || CONTRACTION.test(t.text)) {
      i++;
      continue;
    }
    let j = i;
    // a name is at most a dozen words: longer runs are lists or shouting, and are cut
    while (j + 1 < tokens.length && j - i < MAX_RUN) {
      const a = tokens[j] as Token;
      const b = tokens[j + 1] as Token;
      if (b.cap && b.text !== 'I' && !CONTRACTION.test(b.text) && gapIs(text, a, b, /^(?:['’]? |-| & )$/)) {
        j++;
        continue;
      }
      const c = tokens[j + 2];
      // "Freedom from Torture", "Back on Track", "Mind the Gap", "Sober in the Isles"
      if (
        c &&
        !b.cap &&
        (CONNECTORS.has(b.text) ||
          (b.text === 'the' && !a.sentenceStart && !NOT_NAMES.has(a.text) && !PLACES.has(a.text))) &&
        gapIs(text, a, b, ONE_SPACE) &&
        gapIs(text, b, c, ONE_SPACE)
      ) {
        if (joinsName(c)) {
          j += 2;
          continue;
        }
        const d = tokens[j + 3];
        if (
          CONNECTORS.has(b.text) &&
          c.text === 'the' &&
          joinsName(d) &&
          gapIs(text, c, d as Token, ONE_SPACE)
        ) {
          j += 3;
          continue;
        }
      }
      break;
    }
    classifyRun(text, tokens, i, j, add);
    i = j + 1;
  }
  // shops, bookmakers, lenders and employers with branches everywhere: "Tesco", "lidl", "Paddy Power"
  for (let k = 0; k < tokens.length; k++) {
    const t = tokens[k] as Token;
    if (t.cap ? !CHAIN_WORDS.has(t.text) : !informal || !CHAINS_LOWER.has(t.text)) continue;
    const next = tokens[k + 1];
    const two = next && gapIs(text, t, next, ONE_SPACE) ? `${t.text} ${next.text}` : '';
    if (two && CHAINS.has(two)) {
      add(t.start, (next as Token).end, 'ORGANISATION', 0.7, 'named shop or company');
      k++;
      continue;
    }
    const base = stripPossessive(t.text);
    if (
      CHAINS.has(base)
        ? !t.sentenceStart || !isCommonWord(base)
        : !t.cap && CHAINS_LOWER.has(base) && !ALL_WORDS.has(base)
    )
      add(t.start, t.start + base.length, 'ORGANISATION', 0.65, 'named shop or company');
  }
  if (text.includes('HM') || text.includes('YOI'))
    each(PRISON, text, (m) => add(m.index, m.index + m[0].length, 'FACILITY', 0.9, 'prison'));
  // "Ysgol Bro Tawe", "Sgoil Lionacleit", "Ysbyty Gwynedd": Welsh, Gaelic and Irish names of schools, colleges
  // and hospitals start with the kind of place
  each(CELTIC_INSTITUTION, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.8, 'named school, college or hospital'),
  );
  if (/[Pp]ost|[Ww]rit|[Ss]har/.test(text))
    each(POSTED_IN, text, (m) => {
      let name = m[1] ?? '';
      // the name ends before a connector that opens the next phrase: "in Kent Recovery Connect by @fiona"
      name = name.replace(/ (?:&|and|of|on|for|in|the|to)$/, '');
      const words = name.split(' ');
      if (
        words.length === 1 &&
        (PLATFORMS.test(name) || PLACES.has(name) || NOT_NAMES.has(name) || isAcronym(name))
      )
        return;
      if (words.every((w) => PLACES.has(w) || PLATFORMS.test(w) || NOT_NAMES.has(w))) return;
      const start = m.index + m[0].length - (m[1] ?? '').length;
      add(start, start + name.length, 'ORGANISATION', 0.6, 'group or forum a post was written in');
    });
  if (CHAT_HEADING_HINT.test(text))
    each(CHAT_HEADING, text, (m) => {
      const whole = m[0].trim();
      // a heading names a group only with the platform before it or the kind of chat after it
      if (!whole.startsWith('[') && whole === (m[1] ?? '')) return;
      // "Thornaby Quiz League Facebook page": the platform is not part of the name
      const name = (m[1] ?? '').replace(
        /(?: (?:Facebook|WhatsApp|Discord|Zoom|Telegram|Signal|Messenger))+$/u,
        '',
      );
      const words = name.split(' ');
      if (words.every((w) => PLACES.has(w) || PLATFORMS.test(w) || NOT_NAMES.has(w))) return;
      // a chat with people ("[WhatsApp — Kayleigh Bennett]", "Shannon and Tyler chat") is theirs, and a
      // thread named by what someone says ("I Can't Do This Anymore thread") is no group
      if (
        words.every(
          (w) =>
            w === 'and' ||
            NOT_NAMES.has(w) ||
            FIRST_NAMES_LOWER.has(w.toLowerCase()) ||
            KNOWN_SURNAMES.has(w),
        )
      )
        return;
      if (words.some((w) => /^(?:I|Me|My|You|We|Us)$|n['’]t$/.test(w))) return;
      const start = m.index + m[0].indexOf(name);
      add(start, start + name.length, 'ORGANISATION', 0.6, 'group a chat or meeting is named for');
    });
  if (text.includes('Mind in '))
    each(LOCAL_MIND, text, (m) =>
      add(m.index, m.index + m[0].length, 'ORGANISATION', 0.6, 'local branch of a charity'),
    );
  each(KIND_FIRST_GROUP, text, (m) =>
    add(m.index, m.index + m[0].length, 'ORGANISATION', 0.75, 'named choir, chapel, club or mosque'),
  );
  // "ended up in the royal for a wk": a hospital called by the word people use for it, in a message
  if (informal)
    each(HOSPITAL_AS_CALLED, text, (m) => {
      const w = m[1] ?? '';
      add(
        m.index + m[0].length - w.length,
        m.index + m[0].length,
        'FACILITY',
        0.5,
        'hospital, as people call it',
      );
    });
  // typed in lowercase: "the rowan unit", "the cwtch cafe", "on ward 4"
  if (LOWER_FACILITY_HINT.test(text))
    each(
      /\b(?:the|at|in|on) ([a-z]{3,20}) (?:surgery|clinic|ward|unit|hospital|hospice|practice|hostel|centre|project|cafe|café)\b/g,
      text,
      (m) => {
        const w = m[1] ?? '';
        if (isMonthOrDay(w.charAt(0).toUpperCase() + w.slice(1))) return;
        if (
          (FIRST_NAMES_LOWER.has(w) && !COMMON_WORDS.has(w)) ||
          (!ALL_WORDS.has(w) && !INFORMAL_PLACE_WORDS.test(w))
        ) {
          const start = m.index + m[0].indexOf(' ') + 1;
          add(start, m.index + m[0].length, 'FACILITY', 0.5, 'named place in lowercase');
        }
      },
    );
  if (informal)
    each(LOWER_KIND_RUN, text, (m) => {
      const head = (m[1] ?? '').trim().split(' ');
      while (head.length > 0 && LOWER_KIND_STOP.has(head[0] ?? '')) head.shift();
      if (
        head.length === 0 ||
        head.some((w) => DAY_WORD.test(w) || INFORMAL.has(w) || NOT_PLACE_WORDS.has(w))
      )
        return;
      // one word at least that is not an English word: a name, a place or a made-up word
      const named = head.some(
        (w) => !ALL_WORDS.has(w) || (FIRST_NAMES_LOWER.has(w.replace(/['’]s$/, '')) && !COMMON_WORDS.has(w)),
      );
      if (!named) return;
      const name = `${head.join(' ')} ${m[2] ?? ''}`;
      const end = m.index + m[0].length;
      add(end - name.length, end, 'ORGANISATION', 0.5, 'named place or group in lowercase');
    });
  // "got oot barlinnie monday", "got out of forest bank weds": in a message, the prison or hospital someone
  // has just left, typed in lowercase
  if (informal && RELEASED_HINT.test(text))
    each(RELEASED_FROM, text, (m) => {
      const one = m[1] ?? '';
      const two = m[2];
      const oneStart = m.index + m[0].length - (two ? one.length + 1 + two.length : one.length);
      if (NOT_PLACE_WORDS.has(one) || DAY_WORD.test(one)) return;
      // two words need the day after them: "forest bank weds", not "bed early"
      if (
        two &&
        !NOT_PLACE_WORDS.has(two) &&
        !DAY_WORD.test(two) &&
        DAY_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))
      ) {
        add(oneStart, m.index + m[0].length, 'FACILITY', 0.55, RELEASED_REASON);
        return;
      }
      if (!ALL_WORDS.has(one) && !INFORMAL_PLACE_WORDS.test(one))
        add(oneStart, oneStart + one.length, 'FACILITY', 0.55, RELEASED_REASON);
    });
  // "drove me to the BRI", "a nurse at the RUH", "the urologist at the N&N": initials that only people
  // round about know name a local hospital, college or centre
  each(LOCAL_INITIALS, text, (m) => {
    const initials = m[1] ?? '';
    if (!TO_OR_AT.test(text.slice(Math.max(0, m.index - 7), m.index))) return;
    if (SHARED_ACRONYMS.has(initials) || SHARED_ACRONYMS.has(initials.replace(/s$/, ''))) return;
    const start = m.index + m[0].length - initials.length;
    add(start, m.index + m[0].length, 'FACILITY', 0.5, 'local place named by its initials');
  });
  // "u still on at lighthouse thursday?", "bingo at the mecca thurs", "u coming red lion later": in a message, a
  // place to meet typed in lowercase, then when; the places everyone shares (college, the gym) are left
  if (informal)
    each(MEETING_PLACE, text, (m) => {
      const place = m[1] ?? '';
      const words = place.split(' ');
      if (
        words.some(
          (w) => SHARED_VENUES.has(w) || INFORMAL.has(w) || NOT_PLACE_WORDS.has(w) || DAY_WORD.test(w),
        )
      )
        return;
      // after "coming" with no "the", one everyday word is more often what is coming ("coming soon") than a place
      if (words.length === 1 && COMMON_WORDS.has(place) && /^com/.test(m[0]) && !m[0].includes(' the '))
        return;
      const start = m.index + m[0].length - place.length;
      add(start, start + place.length, 'ORGANISATION', 0.5, 'place to meet, in lowercase');
    });
  if (text.includes('ward '))
    each(/\bward \d{1,3}[a-z]?\b/g, text, (m) =>
      add(m.index, m.index + m[0].length, 'FACILITY', 0.8, 'hospital ward'),
    );
  each(/\bWard (?:\d{1,3}[A-Z]?|[A-Z][\p{L}'’-]{1,30})/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.85, 'hospital ward'),
  );
  each(/\b(?:St|Saint) [A-Z][\p{L}-]{1,30}(?:['’]s\b|s['’](?![\p{L}]))/gu, text, (m) =>
    add(m.index, m.index + m[0].length, 'FACILITY', 0.7, 'named place'),
  );
}
