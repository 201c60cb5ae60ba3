// User names, gamer tags and channel names written without an @: "xXGhostFoxXx", "NightShiftNadia",
// "DarkSoulDave99", "sober_steve_2021". Found by their shape: humps of capitals inside a word, letters
// run into digits, underscores, or the xX…Xx frame; a single hump only after a word such as "channel".
import { HANDLE_CUES } from '../lexicons.js';
import { ALL_WORDS } from '../names.js';
import { each } from './regex.js';
import type { Add } from './types.js';

const WORD_OR_LINK = /[\p{L}\p{N}@./]/u;
const WORD_OR_UNDERSCORE = /[A-Za-z0-9_]/;
const TAG_INNER_CAPITAL =
  /(?<![\p{L}\p{N}_@./'’-])[A-Za-z0-9]{1,30}[a-z0-9][A-Z][A-Za-z0-9]{0,30}(?![\p{L}\p{N}_@'’])/gu;
const DISCORD_TAG = /(?<![\p{L}\p{N}_@./#])[\p{L}\p{N}_.]{2,32}#\d{4}(?![\p{L}\p{N}])/gu;
const TAG_DIGITS = /(?<![\p{L}\p{N}_@./'’-])[A-Za-z]{3,30}\d{2,4}(?![\p{L}\p{N}_@])/gu;
const TAG_CUE_HINT =
  /\b(?:gamer|user(?=:)|user ?name|handle|channel|screen ?name|account|profile|psn|twitch|insta|tiktok|youtube|discord|snap|reddit|tag|ign|xbox|steam|twitter)/g;
const CHAT_LINE_NAME =
  /^[ \t]{0,8}([\p{L}\p{N}_.]{2,32})[ \t]+[—–][ \t]+(?:(?:Today|Yesterday) at |\d{1,2}\/\d{1,2}\/\d{2,4},? )?\d{1,2}[:.]\d{2}\b/gmu;
const FORUM_HEADING =
  /^[ \t]{0,8}(?:[Ff]orum|[Gg]roup|[Bb]oard|[Cc]ommunity|[Ss]erver)[ \t]*:[ \t]*(\p{Lu}[^\n›>|:]{2,60}?)[ \t]*[›>|]/gmu;
const DOTTED_TAG = /(?<![\w@./])[a-z][a-z0-9_]{1,20}(?:\.[a-z0-9_]{1,20}){1,3}(?![\w@]|\.\w)/y;
const ON_SITE =
  /^ on (?:here|insta|instagram|tiktok|twitter|discord|twitch|snap|snapchat|reddit|facebook|fb|x)\b/i;
const FOLLOW_TAG =
  /\bfollow (?:me|us|my [\p{L} ]{1,25}?)(?: on [\p{L}]{2,12})?(?: at|:)? ["“]?([\p{L}\p{N}_][\p{L}\p{N}_.]{2,29})/giu;
// the same with "at" or a colon before the name, so that "follow my latte art: X" does not stop at "art"
const FOLLOW_TAG_AFTER_COLON =
  /\bfollow (?:me|us|my [\p{L} ]{1,25}?)(?: on [\p{L}]{2,12})?(?: at|:) ?["“]?([\p{L}\p{N}_][\p{L}\p{N}_.]{2,29})/giu;
const TAG_AFTER_CUE =
  /\b(?:user(?=:)|gamertag|gamer tag|tag|ign|username|user name|handle|channel|screen ?name|account|profile|psn|xbox|steam|twitch|insta|instagram|tiktok|youtube|discord|snapchat|snap|twitter|reddit)(?: name)?(?:,| is| was| called| named| as| at|:)? ["“‘']?([\p{L}\p{N}_.]{3,30})/iuy;
// a channel named in words: "the channel DJ Kernow Nights", "[Transcript, Speyside Sober Stories, YouTube]"
const CAPITAL_WORDS = `\\p{Lu}[\\p{L}\\p{N}'’-]*(?: (?:(?:to|of|the|and|&|on|in|for) )?\\p{Lu}[\\p{L}\\p{N}'’-]*)`;
const CHANNEL_IN_WORDS = new RegExp(`\\bchannel,? (?:called |named )?["“]?(${CAPITAL_WORDS}{1,4})`, 'gu');
const NAME_THEN_PLATFORM = new RegExp(
  `(${CAPITAL_WORDS}{1,4}),? (?:on )?(?:YouTube|TikTok|Twitch|Instagram|Kick)(?=[\\])])`,
  'gu',
);
// brands and name prefixes whose inner capital is ordinary: "YouTube", "McKenzie", "DeShawn"
const INNER_CAPITAL_WORDS =
  /^(?:Mc|Mac|Fitz|De|Di|Da|Du|La|Le|Van|Von|O)[A-Z][a-z]+$|^(?:YouTube|TikTok|WhatsApp|iPhone|iPad|iPod|iMac|PlayStation|FaceTime|LinkedIn|PowerPoint|GoFundMe|JustGiving|JobCentre|SnapChat|OnlyFans|PayPal|eBay|MacBook|ChatGPT|OpenAI|AirPods|FaceBook|CrossFit|WeightWatchers|EastEnders|TalkTalk|StepChange|SoberGrid|BrewDog|GoPro|HelloFresh|DoorDash|UberEats|JustEat|AirBnB|Airbnb|NatWest|HomeBargains|SpecSavers|BrewDog|ReachOut|SMARTRecovery|AlAnon|CoDA|HeadSpace|Headspace|BetterHelp|iPlayer|BBC|PhD|McDonalds|McDonald's|SoundCloud|BandCamp|Bandcamp|DuoLingo|PlayStore|AppStore|WiFi|TikToks|YouTuber|YouTubers)$/;

export function findUserNames(text: string, lower: string, add: Add): void {
  const tag = (start: number, end: number, confidence: number): void =>
    add(start, end, 'URL_OR_HANDLE', confidence, 'user name or channel name');
  if (lower.includes('channel '))
    each(CHANNEL_IN_WORDS, text, (m) => {
      const name = m[1] ?? '';
      // "on my channel I talk about…", "the channel Today": a pronoun or one ordinary word is not a name
      if (/^I\b/.test(name) || (!name.includes(' ') && ALL_WORDS.has(name.toLowerCase()))) return;
      const start = m.index + m[0].length - name.length;
      tag(start, start + name.length, 0.6);
    });
  if (/(?:YouTube|TikTok|Twitch|Instagram|Kick)[\])]/.test(text))
    each(NAME_THEN_PLATFORM, text, (m) => tag(m.index, m.index + (m[1] ?? '').length, 0.6));
  // words joined by underscores: found from each underscore, out to the ends of the word
  for (let u = text.indexOf('_'); u !== -1; u = text.indexOf('_', u + 1)) {
    let a = u;
    while (a > 0 && WORD_OR_UNDERSCORE.test(text[a - 1] ?? '') && u - a < 30) a--;
    let b = u + 1;
    while (b < text.length && WORD_OR_UNDERSCORE.test(text[b] ?? '') && b - u < 30) b++;
    const before = text[a - 1] ?? ' ';
    if (a < u && b > u + 1 && !WORD_OR_LINK.test(before)) tag(a, b, 0.8);
    u = b;
  }
  // "corbyghost#2210", "Mo#0427": a Discord name with its four-digit number
  each(DISCORD_TAG, text, (m) => tag(m.index, m.index + m[0].length, 0.85));
  // a forum or group named in the heading a post is copied with: "Forum: Sober Dads UK › General"
  if (/(?:forum|group|board|community|server)[ \t]*:/i.test(text))
    each(FORUM_HEADING, text, (m) => {
      const name = (m[1] ?? '').trim();
      // a heading that is a sentence ("Forum: I want out › Urgent") names no group
      if (/^I\b/.test(name) || !/^\p{Lu}\S*(?: (?:\p{Lu}\S*|of|the|and|for|&))*$/u.test(name)) return;
      // "Board: Gambling › Women's space": a board named by one ordinary word is a topic the forum is
      // divided by; a forum or a group named by ordinary words ("Forum: Sober Dads") is still named
      if (
        /^\s*board/i.test(m[0]) &&
        !name.includes(' ') &&
        name.split('-').every((w) => ALL_WORDS.has(w.toLowerCase()))
      )
        return;
      const start = m.index + m[0].indexOf(name);
      tag(start, start + name.length, 0.7);
    });
  // a group chat copied as it shows: "mothwing — Today at 23:14", "max.exe — 01:16", each line its writer
  if (text.includes('—') || text.includes('–'))
    each(CHAT_LINE_NAME, text, (m) => {
      const name = m[1] ?? '';
      const start = m.index + m[0].indexOf(name);
      tag(start, start + name.length, 0.75);
    });
  if (/[a-z][A-Z]/.test(text))
    each(TAG_INNER_CAPITAL, text, (m) => {
      const w = m[0];
      if (INNER_CAPITAL_WORDS.test(w) || /^[A-Z0-9]+s?$/.test(w)) return;
      const humps = w.match(/[a-z0-9][A-Z]/g)?.length ?? 0;
      // "xXGhostFoxXx" and "NightShiftNadia" stand alone; "GhostFox" needs a cue before it
      const framed = /^[xX]{1,3}[A-Z]/.test(w) && /[A-Z][xX]{1,3}$/.test(w);
      const digits = /\d/.test(w);
      const cue = HANDLE_CUES.test(text.slice(Math.max(0, m.index - 24), m.index));
      if (framed || humps >= 1)
        tag(m.index, m.index + w.length, framed || humps >= 2 || digits || cue ? 0.75 : 0.55);
    });
  if (/[A-Za-z]\d\d/.test(text))
    each(TAG_DIGITS, text, (m) => {
      const letters = m[0].replace(/\d+$/, '');
      // "Covid19", "PS5" and all-capital codes are not tags
      if (
        letters === letters.toUpperCase() ||
        /^(?:covid|windows|iphone|galaxy|xbox|ps|fifa|top|year|class|room|flat|unit|route|bus|band|level)$/i.test(
          letters,
        )
      )
        return;
      tag(m.index, m.index + m[0].length, 0.6);
    });
  // "ioana.b.07", "eilidh.mac on here": a dotted name with digits, or one that is given as the writer's name on a site
  for (let d = text.indexOf('.'); d !== -1; d = text.indexOf('.', d + 1)) {
    // a full stop inside a word: go back to the word's start and read the dotted name from there
    if (!WORD_OR_UNDERSCORE.test(text[d - 1] ?? ' ') || !WORD_OR_UNDERSCORE.test(text[d + 1] ?? ' '))
      continue;
    let a = d - 1;
    while (a > 0 && (WORD_OR_UNDERSCORE.test(text[a - 1] ?? ' ') || text[a - 1] === '.') && d - a < 40) a--;
    DOTTED_TAG.lastIndex = a;
    const m = DOTTED_TAG.exec(text);
    if (!m) continue;
    const w = m[0];
    const onSite = ON_SITE.test(text.slice(a + w.length, a + w.length + 14));
    if ((/\d/.test(w) && /[a-z]{2}/i.test(w)) || onSite) tag(a, a + w.length, 0.6);
    d = a + w.length;
  }
  if (text.includes('/'))
    each(/(?<![\p{L}\p{N}/])[ru]\/[A-Za-z0-9_]{3,30}/gu, text, (m) =>
      tag(m.index, m.index + m[0].length, 0.8),
    );
  // "Follow my latte art: yousef.pours", "follow me on insta at ghostmoth"
  if (lower.includes('follow '))
    for (const pattern of [FOLLOW_TAG, FOLLOW_TAG_AFTER_COLON])
      each(pattern, text, (m) => {
        const w = (m[1] ?? '').replace(/[.]+$/, '');
        if (w.length >= 3 && (/[\d_.]/.test(w) || !ALL_WORDS.has(w.toLowerCase()))) {
          const start = m.index + m[0].length - (m[1] ?? '').length;
          tag(start, start + w.length, 0.6);
        }
      });
  // the platform words are found first; the full pattern is tried only where one starts
  // (on the lowercased text, which keeps every offset unless a letter changed length in lowercasing)
  const hay = lower.length === text.length ? lower : '';
  TAG_CUE_HINT.lastIndex = 0;
  for (let h = TAG_CUE_HINT.exec(hay); h !== null; h = TAG_CUE_HINT.exec(hay)) {
    TAG_AFTER_CUE.lastIndex = h.index;
    const m = TAG_AFTER_CUE.exec(text);
    if (m) {
      TAG_CUE_HINT.lastIndex = Math.max(TAG_CUE_HINT.lastIndex, m.index + m[0].length);
      readTagAfterCue(m);
    }
  }
  function readTagAfterCue(m: RegExpExecArray): void {
    const w = (m[1] ?? '').replace(/[.]+$/, '');
    if (w.length < 3 || ALL_WORDS.has(w.toLowerCase()) || /^\d+$/.test(w)) return;
    // "Instagram influencer", "discord bot": a word straight after the platform is not a tag unless shaped like one
    const lead = m[0].slice(0, m[0].length - (m[1] ?? '').length);
    if (
      !/(?:,|\bis|\bwas|\bcalled|\bnamed|\bas|\bat|:)\s*["“‘']?$/i.test(lead) &&
      !/[\d_.]|[a-z][A-Z]/.test(w)
    )
      return;
    const start = m.index + m[0].length - (m[1] ?? '').length;
    tag(start, start + w.length, 0.6);
  }
}
