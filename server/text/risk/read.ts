// Reads a story sentence by sentence for risk: finds concept hits over lemmas, places each in time,
// and notes what surrounds it (negation, someone's job, a game, a poem). The decision is made from
// these readings in assess.ts.
import { lemmatise } from '../lemmas.js';
import { splitSentences } from '../sentences.js';
import type { Sentence } from '../sentences.js';
import type { Lemmas } from '../lemmas.js';
import { NUMBER_WORDS } from '../lexicons.js';
import { readTokens } from '../nlp.js';
import { CONCEPTS_BY_PREFIX, CONCEPTS_BY_WORD, UNINDEXED_CONCEPTS } from './concept-index.js';
import { CONCEPTS, RISK_CATEGORIES } from './concepts.js';
import type { Concept, RiskCategory } from './concepts.js';
import {
  LONG_FREE_NOW,
  NOW_STRONG,
  PAST_STRONG,
  RECOVERY_FRAME,
  blankRelativePast,
  readTime,
  tellerFreeNow,
} from './time.js';
import type { When } from './time.js';

export interface RiskHit {
  category: RiskCategory;
  weight: number;
  when: When;
  negated: boolean;
  /** The sentence is about work, a game, a poem or a film rather than the teller's life. */
  context: 'life' | 'work' | 'play' | 'fiction';
  question: boolean;
  /** Said of someone else: no I, me or my in a sentence about harm to oneself. */
  third: boolean;
  /** The words matched sit inside quotation marks: someone's words reported, a role play, a question asked. */
  quoted: boolean;
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
  /** How often the story speaks of work, fiction, games, a benign reason to tidy up (a move, a new job), or says the teller is well. */
  markers: { work: number; fiction: number; play: number; benign: number; wellNow: number };
  /** Lemmas of the sentences not placed in the past: what the classifier reads besides concepts. */
  words: Set<string>;
  /** Every lemma of the story (idioms blanked), for the theme models to reuse. */
  lemmas: Lemmas;
}

// Idioms and everyday talk that hold risk words but speak of no risk. Blanked before reading.
const IDIOMS =
  /\b(?:kill(?:s|ed|ing)? (?:my|him|her|them|your|our)sel(?:f|ves) (?:laughing|with laughter)|(?<!(?:want to|wanna|thinking (?:about|of)|think about|of|going to|gonna|will|i'll|should|could|might) )kill(?:ing|ed) (?:myself|meself|mysel) (?:trying to (?:stick|keep up|get|fit|finish|please|hold|juggle|sort|save|pay|meet|lose|learn|tidy|clean|help)(?! (?:him|her|them) regret)|working|grafting|running (?:about|around))|(?:(?:is|are|was|were|'s|gone|go|goes|went|going|shot|shoots) through the roof(?! (?:hatch|window|skylight|access|door|space|light))|hit the roof)|(?:that'?s|that is|that was|is that|was that) (?:a )?threat,? (?:not|or) a promise|(?:a )?promise,? not a threat|(?:beat|beaten|thrashed|hammered|battered) (?:us|them) \d+ ?[-–] ?\d+|(?:dosette|dossette|doset) box(?:es)?|blister packs?|pill organi[sz]ers?|nomad (?:trays?|packs?|box(?:es)?)|(?:if|in case) (?:we|you|they|he|she|we both|you both|they both|both of us|one of us) (?:both )?(?:got|get|went|go|fell|fall|walked|walk|were|was) (?:under|in front of) a bus|(?:the|that) words? ['"]?(?:suicide|suicidal|overdose|self[- ]harm)['"]?|(?:off|quit|stopped|stop|clean from|free from|away from) (?:the )?(?:gear|drink|booze|drugs|heroin|crack|spice|coke|weed|bottle)|(?:nearly|almost|literally|practically|proper|properly|that|it|this|joke|laugh) (?:killed|kills|killin|killing) (?:me|us)|(?:on|off|keep|lose|lost) track|dying (?:to|for) (?:a |an |the |some )?\w+|to die for|(?:that|it|this|you|he|she|which|they|work|the kids|my back|my knees?|my feet) (?:killed|kills|is killing|was killing|are killing|were killing|('s|’s) killing) (?:me|us)\b|killing (?:it|time|myself laughing)|killed it|kill(?:ing)? (?:time|an hour|a few minutes|the mood|the vibe|the lights?|the engine|a bottle|two birds)|(?:could|would|'d) (?:murder|kill for|kill) (?:a|an|for a|some) \w+|over my dead body|(?:nearly |almost |could have |could've |practically )?died (?:of|from|with) (?:embarrassment|shame|laughing|laughter|boredom|fright|happiness)|dying (?:of (?:embarrassment|laughter|boredom)|laughing)|(?:could|would|'d|'ll|will|nearly|almost|might) (?:have )?die (?:of |from )?laughing|dead (?:good|funny|proud|chuffed|nice|easy|tired|on|right|quiet|busy|posh|jealous|lucky|keen|excited|cute|sound|serious|loud|handy|end|cert|loss|heat|ringer|on my feet|beat)|drop[- ]dead \w+|(?:bored|sick|worried|scared|frightened) (?:to death|sick|stiff)|my (?:feet|knees?|back|head) (?:are|is|were|was) killing me|shoot me now|cliffhanger|killer \w+|(?:end|ended|ending) (?:it|things) with (?:him|her|them|my)|at the end of (?:it|the day|things)|(?:cut|cutting) (?:down|back|out|ties|corners|my hair|the grass|the hedge|a long story short|it out|loose)|water under the bridge|bridge the gap|cross that bridge|jump (?:at|on) the chance|jump in(?! front| the (?:river|sea|water|canal|lake|loch|dock|harbour|quarry|reservoir|sea))|shot (?:myself|me) in the foot|hang (?:on|out|about|around|in there|up)|hanging (?:out|around|about|on)|hung over|hangover|give up (?:smoking|the drink|drink|booze|fags|the fags|gambling|the bookies|caffeine|sugar|meat)|(?:phone|battery|car|telly|laptop|tv|engine|plant|plants)(?:'s|’s)? (?:died|dead|is dead|was dead)|(?:died|dead) (?:phone|battery)|overdos\w* on (?:chocolate|caffeine|sugar|telly)|career suicide|social suicide|(?:talk|talking|talked|speak|speaking|write|writing|post|posting|mention|mentions|content note|trigger warning|tw|cw|recovery|recovering|recovered) (?:about |from |on |of )?(?:self[- ]harm|suicide|overdose|suicidal thoughts)|suicide (?:prevention|awareness|training|strategy|leaflet|first aid|bereavement|bereaved)|self[- ]harm (?:awareness|training|policy|leaflet|first aid)|dead(?:line|lift|pan|lock|bolt)s?|(?<=(?:practis\w*|practic\w*|learn\w*|train\w*|taught|teach\w*|how to|confident|comfortable|skills? (?:in|of)|role[- ]play\w*) (?:\w+ ){0,2})(?:ask|asking) (?:people|them|someone|patients|clients|everyone|folk|callers)(?: \w+){0,3} (?:about|if they(?:'re| are) (?:thinking|having thoughts) (?:about|of)) (?:suicide|self[- ]harm)|(?<=(?:spot|spotting|assess\w*|reduc\w*|manag\w*) )overdose risks?|overdose(?= (?:awareness|prevention|training))|lethal (?:weapon|injection)|(?:game|stream|server|battery|party|night) (?:died|was dead)|kill (?:the|a) (?:boss|zombies?|monsters?|enemies|mobs?|dragon))/g;

const WORK =
  /\b(?:training|trainer|trained|course|workshop|module|leaflet|poster|awareness|prevention|policy|protocol|patients?|clients?|service users?|callers?|colleagues?|my shift|on shift|ward round|caseload|risk assessment|safety plan(?:ning)? (?:with|for)|the people i (?:support|work with)|i teach|we teach|lecture|research(?:er)?|study|participants|on the ward|(?:i'?m|i am|i was|i work as|as|trained as|qualified as|fellow|other) an? (?:paramedic|pharmacist|nurse|clinician|doctor|gp|social worker|support worker|counsellor|therapist)|(?:i|we) (?:train|teach) (?:our|the|new|all the) (?:volunteers|staff|students|trainees|nurses) to ask\b|^\W*signs (?:a|that a|in a) (?:passenger|patient|client|colleague|customer|pupil|student|resident|caller)\b|clinicians?|(?:nurse|doctor|gp|paramedic|counsellor|therapist|psychiatrist|key ?worker|support worker) (?:said|says|told|tells|asked|asks|explained|explains)|at work|my job|in my job|the job|on call|crew|first aid|we were taught|we learn(?:ed|t)?|trainees|students|delegates|role[- ]play|scenario|the call(?:er)?s? (?:i|we) take|residents?|prisoners?|inmates?|pupils?|offenders?|the patient|casualt(?:y|ies)|service user|we (?:had|got) (?:a|an|this) (?:call|job|shout|lady|gentleman|man|woman|lad|girl|young \w+|old \w+)|(?:a|the|one) (?:gentleman|lady) (?:who|on|in|at)|on nights|my (?:round|beat|rounds)|on patrol|the relatives)\b/;
const PLAY =
  /\b(?:game|games|gaming|gamer|boss|level|respawn|lives|fortnite|minecraft|call of duty|warzone|elden ring|dark souls|apex|valorant|raid|npc|controller|console|ps5|xbox|stream(?:ing|er)?|twitch|lobby|squad|noob|gg|speedrun|checkpoint|my character|the match|ranked|dungeon|d&d|dice|second phase|final phase|last phase|my pad|the pad|died to|deaths|no-hit|permadeath|rage ?quit|lan party|the lan|the chat|chat was|reading chat|the meta|loadout|hitbox|respawned|spawn point)\b/;
// A piece that says it is made up ("This is a poem, it's made up, the characters are invented"): its
// people are characters, and what happens to them happens in the piece.
const DECLARED_FICTION =
  /\b(?:(?:it'?s|it is|this is|is) (?:all |completely |totally )?(?:made up|invented|fiction|fictional|imagined)|(?:the )?characters? (?:are|is) (?:all )?(?:invented|made up|fictional|imaginary)|(?:a|my) (?:made[- ]up|fictional|invented) (?:story|character|piece|poem))\b/;
const FICTION =
  /\b(?:scene|drama|on stage|the stage|monologue|rehearsals?|played by|the cast|audition|panto|sketch|poem|poetry|verse|stanza|character|novel|film|movie|song|lyrics?|the play|(?:film|tv|radio|play|a|the|his|her|their|wrote the|write the|read the|reading the) script(?! (?:at|from|for|was|went|got|is|gets|runs|ran|collected|picked|dropped|reduced|upped))|chapter|the book|episode|series|soap|storyline|fiction|short story|narrator|the writing group|prompt|(?:book|novel|film) (?:you|i|she|he|we) (?:lent|gave|recommended|read|watched|finished))\b/;
// A benign reason for getting things in order, giving things away or saying goodbye.
const BENIGN =
  /\b(?:mov(?:e|ing|ed) (?:house|home|flat|out|away|abroad|to|in with|into|down)|new job|new flat|new house|downsiz\w+|bungalow|sheltered housing|emigrat\w+|relocat\w+|offshore|abroad|overseas|the new place|starting (?:work|uni|college|a job)|retir\w+|wedding|spring clean|decluttering|clear(?:ing)? out the|at (?:my|our) age|sensible at|eighty|ninety|solicitor said|because (?:why wait|the job|the move)|funeral plan|pre-?paid|power of attorney|planner|organi[sz]ed|house clearance|charity shop|not (?:going anywhere|giving up|planning on going))\b/g;
// The teller says they are well, or that the words are not about them.
const WELL_NOW =
  /\b(?:i'?m (?:fine|well|okay|ok|good|safe)(?: now| these days|, honest|, really)?[.!,]|i am (?:fine|well|safe)|not about me|not my (?:story|life)|i (?:made|make) (?:it|her|him) up|it'?s (?:fiction|made up|invention|a character)|i(?:'?m| am) not (?:suicidal|in crisis|at risk|going anywhere)|no crisis|doing (?:really )?well|(?:steadiest|happiest|healthiest|calmest|strongest|best|safest|most settled) (?:i'?ve|i have) (?:ever )?(?:been|felt))\b/g;
const FIRST_PERSON = /\b(?:i|i'm|i've|i'll|i'd|me|my|myself|mine|im|ive|id)\b/;
// A cue whose own clause has someone else as its subject: "a man told me he'd been stockpiling his
// tablets", "farmers tell me they've been thinking of ending it". The nearest subject before the cue
// decides; a cue that names the teller ("better off without me") is always the teller's.
const SUBJECT_WORD = /^(?:i|we|he|she|they)$/;
const TELLER_IN_CUE = /\b(?:i|me|my|myself|mine|we|us|our)\b/;
const SUBJECT_REACH = 8;
const REPORTED = /\b(?:tell|say|admit|confide|explain|mention|ask|write|text|message)\b/;
// "a man on the estate who'd stopped eating", "a caller who's been saving tablets": someone the
// teller met, not the teller ("people like me who…" and "the one who…" stay the teller's)
const SOMEONE_NOUN =
  /^(?:man|woman|lad|lass|girl|boy|lady|bloke|fella|guy|gentleman|person|someone|somebody|people|client|patient|caller|resident|tenant|member|customer|farmer|mum|dad|kid|friend|mate|neighbour|user)$/;
function whoIsSomeoneElse(words: readonly string[], who: number): boolean {
  // "people who've taken an overdose or who are thinking about suicide": the first "who" decides
  if (/^(?:or|and)$/.test(words[who - 1] ?? '')) {
    const first = words.lastIndexOf('who', who - 2);
    if (first >= 0 && who - first <= SUBJECT_REACH) return whoIsSomeoneElse(words, first);
  }
  for (let k = who - 1; k >= Math.max(0, who - 5); k--) {
    const w = words[k] ?? '';
    if (w === 'i' || w === 'me' || w === 'one' || w === 'we' || w === 'us') return false;
    // "I'm a dad who wants to die": the teller says what they are ("I had a man who…" is someone else)
    if (SOMEONE_NOUN.test(w))
      return !/\bi (?:\S+ ){0,2}(?:be|become|turn into)\b/.test(words.slice(Math.max(0, k - 5), k).join(' '));
  }
  return false;
}
// What only the teller can say of themselves: wishes, thoughts, intent, a method, harm done to oneself,
// an overdose taken.
const TELLERS_OWN: ReadonlySet<RiskCategory> = new Set([
  'wish-to-be-dead',
  'suicidal-thoughts',
  'intent',
  'method',
  'self-harm',
  'relapse-overdose',
]);
const FOR_OTHERS = /\b(?:patient|client|resident|round|ward|service user|customer)s?\b/;
// The cue's own clause has the teller as its subject, with nothing between but how they feel or mean
// it: "I'm a nurse and I want to die", "as a support worker I keep thinking about ending it". Said
// beside a job, it is the teller's life, not the work ("as a paramedic I deal with overdoses" is work).
const TELLER_GAP =
  /^(?:want|wish|think|keep|feel|can|could|would|will|shall|should|might|may|must|be|have|plan|go|start|begin|try|need|just|really|still|sometimes|often|always|never|not|do|almost|nearly|seriously|honestly|about|of|to|like|get|so|too|now|even|actually|genuinely|ca|wo|n't|'m|'ve|'d|'ll|mean|swear|reckon|know|wonder|dream|fantasise|fantasize|imagine|picture|consider|contemplate|half|quietly|secretly|stop|help)$/;
function tellerIsSubject(before: string): boolean {
  const words = before.trim().split(/\s+/);
  for (let k = words.length - 1; k >= Math.max(0, words.length - SUBJECT_REACH); k--) {
    const w = words[k] ?? '';
    if (w === 'i') return true;
    if (!TELLER_GAP.test(w)) return false;
  }
  return false;
}
function saidOfSomeoneElse(before: string, cue: string): boolean {
  if (TELLER_IN_CUE.test(cue)) return false;
  const words = before.trim().split(/\s+/);
  // the cue names its own subject inside words reported: "…told his neighbour he'd be better off";
  // not "She'd be better off if I just disappeared"
  if (/^\s*(?:he|she|they)\b/.test(cue)) return REPORTED.test(words.slice(-4).join(' '));
  for (let k = words.length - 1; k >= Math.max(0, words.length - SUBJECT_REACH); k--) {
    const w = words[k] ?? '';
    if (w === 'who') return whoIsSomeoneElse(words, k);
    // only inside words reported ("a man told me he…"): "since she left, ending it is on my mind" is
    // the teller's own
    if (SUBJECT_WORD.test(w))
      return w !== 'i' && w !== 'we' && REPORTED.test(words.slice(Math.max(0, k - 4), k).join(' '));
  }
  return false;
}
// A question put to other people, as a job asks it: "I ask strangers whether they've thought about
// killing themselves" (not "I asked myself whether", not "she asked me if")
const ASKED_OF_OTHERS =
  /\bask (?:(?:every|each|all) )?(?:stranger|people|folk|patient|client|caller|them|him|her|everyone|everybody|one|person|man|woman|lad|family|relative|parent)s? (?:\S+ ){0,3}(?:whether|if) (?:they|he|she) (?:\S+ ){0,4}$/;
// Harm to oneself; the other kinds (harm to or from others, exploitation, voices) speak of others.
const OTHERS: ReadonlySet<RiskCategory> = new Set([
  'harm-to-others',
  'danger-from-others',
  'exploitation',
  'voices',
]);
const SELF_DIRECTED: ReadonlySet<RiskCategory> = new Set(RISK_CATEGORIES.filter((c) => !OTHERS.has(c)));

/** How many words of a lemma line come before position `at`. */
function wordsBefore(line: string, at: number): number {
  let n = 0;
  for (let i = 1; i <= at && i < line.length; i++) if (line[i] === ' ') n++;
  return n;
}

const LETTER = /[\p{L}\p{N}]/u;
const OPENS_BEFORE = /[\s([{—–-]/;

/**
 * Whether the offset `at` of a sentence lies inside a pair of quotation marks, double or single.
 * A single mark between two letters is an apostrophe ("don't", "Mum's"); one after a space opens a
 * quotation and one before a space or punctuation closes it, as British writing quotes speech.
 */
function insideQuotes(sentence: string, at: number): boolean {
  let double = false;
  let single = false;
  for (let i = 0; i < at && i < sentence.length; i++) {
    const c = sentence[i] ?? '';
    if (c === '"') double = !double;
    else if (c === '“') double = true;
    else if (c === '”') double = false;
    else if (c === "'" || c === '‘' || c === '’') {
      const before = sentence[i - 1];
      const after = sentence[i + 1];
      const letterBefore = before !== undefined && LETTER.test(before);
      const letterAfter = after !== undefined && LETTER.test(after);
      if (letterBefore && letterAfter) continue;
      if ((before === undefined || OPENS_BEFORE.test(before)) && letterAfter && c !== '’') single = true;
      else if (!letterAfter) single = false;
    }
  }
  return double || single;
}

const conceptCache = new Map<string, readonly number[]>();
/** Concepts keyed under one lemma, by the word itself or its first five letters; cached. */
function conceptsOfWord(word: string): readonly number[] {
  let out = conceptCache.get(word);
  if (out === undefined) {
    const byWord = CONCEPTS_BY_WORD.get(word) ?? [];
    const byPrefix = word.length >= 4 ? (CONCEPTS_BY_PREFIX.get(word.slice(0, 5)) ?? []) : [];
    out = byPrefix.length === 0 ? byWord : [...byWord, ...byPrefix];
    if (conceptCache.size > 100_000) conceptCache.clear();
    conceptCache.set(word, out);
  }
  return out;
}

// Which sentence last woke each concept: dedupes without building a set per sentence.
const stamp = new Int32Array(CONCEPTS.length);
let sentenceStamp = 0;

// An "unless" speaks only of its cue's own words and those beside them: "I'd rather die than eat a
// vegetable", not "I'm living under the bridge and I want to jump off it".
const UNLESS_BEFORE = 6;
const UNLESS_AFTER = 8;

/** The words of a lemma line from a few before start to a few after end, spaces at both ends. */
function around(line: string, start: number, end: number): string {
  let from = start;
  for (let k = 0; k < UNLESS_BEFORE && from > 0; k++) from = line.lastIndexOf(' ', from - 1);
  let to = end;
  for (let k = 0; k < UNLESS_AFTER && to >= 0 && to < line.length - 1; k++) to = line.indexOf(' ', to + 1);
  return line.slice(Math.max(0, from), to < 0 ? line.length : to + 1);
}

/** Concepts that could match the lemmas first..end of a sentence, by the words they share. */
function conceptsFor(lemmas: string[], first: number, end: number): number[] {
  sentenceStamp = (sentenceStamp + 1) | 0 || 1;
  const out: number[] = [...UNINDEXED_CONCEPTS];
  for (let t = first; t < end; t++) {
    for (const i of conceptsOfWord(lemmas[t] ?? '')) {
      if (stamp[i] !== sentenceStamp) {
        stamp[i] = sentenceStamp;
        out.push(i);
      }
    }
  }
  return out;
}

// a "no" that is said ("if I say no they'll hurt my brother") denies nothing of what follows
const NEGATOR =
  / (?:not|never|(?<!(?:say|tell \S+|answer) )no|nothing|nobody|neither|nor|without) (?:\S+ ){0,3}$/;
const STARTS_NEGATED = /^ (?:not|never|no|nothing|nobody|noone|no-one)\b/;
const BUT = / (?:but|except|though|although|until) /;
// "I can't stop thinking about killing myself", "I can't help cutting": a "not" that stops the stopping
// says it goes on, and never denies it
// "Not a day goes by that I don't think about ending it": two "not"s say it every day
const NOT_A_DAY =
  / (?:not|never|no|nae) (?:a|one|an) (?:single )?(?:day|night|morning|evening|week|hour|minute|moment)(?: \S+){0,6} (?:not|never) (?:\S+ ){0,2}(?:think|wish|want|feel|dream|picture|imagine|plan)/;
const NOT_STOPPING =
  / (?:not|never) (?:stop|help|quit|resist|shake|shift|switch off|turn off|shut off|get rid of|keep from|get away from|get (?:it|this|that|them) out of)(?: myself| me)? (?:\S+ ){0,2}$/;
// a cue that carries its own denial of the wish: "he said, I do not want to die"
const NEGATED_WISH = / (?:not|never) (?:want|wish|mean|plan|intend) to (?:die|be dead|kill|end|hurt)\b/;

const ENDING_SHARE = 0.3;
const MIN_SENTENCES_FOR_ENDING = 4;
// What sets a scene to be told in the present: a year, a night, an age, "picture it".
const SCENE =
  /\b(?:(?:19|20)\d\d|(?:\w+|\d+) (?:years?|months?|decades?) ago|picture (?:it|this|the scene)|one (?:night|day|morning|evening|time)(?! like (?:this|tonight|today))|that (?:night|day|morning|evening|christmas|winter|summer)|i(?:'?m| am) (?:\w+teen|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty)[- \w]*|[1-8]\d)\b|it'?s (?:\w+|\d+)(?: o'clock)? in the (?:morning|afternoon|evening|night)|it'?s (?:christmas|new year|diwali|eid|my birthday|the night|the day|the morning))/;
const NARRATIVE_OPENING =
  /\b(?:picture (?:it|this|the scene)|one (?:night|day|morning|evening|time)(?! like (?:this|tonight|today))|that (?:night|day|morning|evening|christmas|winter|summer))\b/;
// "…I'm on the bridge. That was twelve years ago.": a scene told first and dated after.
const DATED_AFTER =
  /^\W*(?:[([][^)\]]{0,20}[)\]]\s*)?(?:and |but )?(?:that|this|all (?:of )?that|it all|it)(?:'s| was| were| is| all| happened| all happened)\b(?! where\b| the (?:place|spot|town|house|street|flat|pub|school)\b)[^.?!]{0,40}?\b(?:(?:\w+|\d+) (?:years?|months?|decades?) ago|(?:19|20)\d\d|a long time ago|years ago|back then|a lifetime ago|a long time back)|^\W*(?:\w+|\d+) (?:years?|decades?) (?:on|later)\b(?! (?:from|since|to the day))(?![^.?!]*\b(?:still|nothing(?:'s| has)? changed|no better|worse|back|again|can'?t|cannot|any ?more)\b)/;
// how far back a later date reaches: a scene is a few sentences long
const DATED_AFTER_REACH = 6;
// A voice note typed by speech-to-text or a message with no full stops is one "sentence" holding many
// times and topics ("i wont make my review tomorrow … i keep having these thoughts … more than i used
// to"): past this many words, each cue is read by the words either side of it.
const RUN_ON_WORDS = 45;
const RUN_ON_BEFORE = 15;
const RUN_ON_AFTER = 10;

function wordCount(text: string): number {
  return text.split(/\s+/).filter(Boolean).length;
}

// Where speech starts a new clause: a run-on sentence is cut before these, so a scene, the date said of
// it and the teller's now are each read as said ("so this is years back 2011 | so im in the car … |
// that was the start of it | and now im twelve years sober")
const CLAUSE_START =
  /\s(?=(?:and then|and now|but now|but then|so|anyway|right so|cos|coz|because|that was|that's when|thats when)\s)/g;
const MIN_CLAUSE_WORDS = 6;
// what says "now" in a run-on, wherever it is said in it
const IMMEDIATE =
  /\b(?:tonight|tonite|2nite|right now|today|this (?:morning|evening|afternoon|week)|at the moment|atm|last night|tomorrow)\b/;

/**
 * Sentences, with each run-on one cut into the clauses speech marks; `runOnOf` gives, for a clause or a
 * long sentence, the whole run-on it belongs to.
 */
function clausesOfRunOns(
  sentences: Sentence[],
  text: string,
  lower: string,
): { clauses: Sentence[]; runOnOf: Map<number, Sentence> } {
  const runOnOf = new Map<number, Sentence>();
  const long = sentences.map((s) => wordCount(s.text) > RUN_ON_WORDS);
  if (!long.includes(true)) return { clauses: sentences, runOnOf };
  const out: Sentence[] = [];
  for (const [i, s] of sentences.entries()) {
    if (!long[i]) {
      out.push(s);
      continue;
    }
    const first = out.length;
    let from = s.start;
    CLAUSE_START.lastIndex = 0;
    const body = lower.slice(s.start, s.end);
    for (let m = CLAUSE_START.exec(body); m !== null; m = CLAUSE_START.exec(body)) {
      const at = s.start + m.index + 1;
      if (
        wordCount(lower.slice(from, at)) < MIN_CLAUSE_WORDS ||
        wordCount(lower.slice(at, s.end)) < MIN_CLAUSE_WORDS
      )
        continue;
      out.push({ start: from, end: at - 1, text: text.slice(from, at - 1) });
      from = at;
    }
    out.push({ start: from, end: s.end, text: text.slice(from, s.end) });
    for (let k = first; k < out.length; k++) runOnOf.set(k, s);
  }
  return { clauses: out, runOnOf };
}

/** The words of a sentence either side of a cue, for reading a run-on sentence clause by clause. */
function wordsAround(cleaned: string, start: number, end: number, cueFrom: number, cueTo: number): string {
  const before = cleaned.slice(start, cueFrom).split(/\s+/).filter(Boolean).slice(-RUN_ON_BEFORE);
  const after = cleaned
    .slice(cueTo, end)
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, RUN_ON_AFTER + 1);
  return [...before, cleaned.slice(cueFrom, cueTo), ...after].join(' ');
}
// a cue's own first verb in the past, or in the present
const CUE_PAST =
  /^\W*(?:i |we |he |she |they )?(?:\w+ly )?(?:was|were|had|did|wanted|tried|took|thought|felt|wished|planned|decided|swallowed|cut|went|kept|used to|couldn'?t|wouldn'?t|didn'?t|\w{3,}ed)\b/;
const CUE_PRESENT = /\b(?:am|is|are|i'?m|have|has|do|does|want|wants|keep|keeps|can|will|'ll|now|still)\b/;
const PRESENT_PERFECT = /\b(?:i'?ve|i have|we'?ve|we have) been\b/;
// British presents that look like past verbs: "I'm sat on the railings", "I've got a bag of tablets"
const PRESENT_SAT =
  /\b(?:(?:i'?m|i am|we'?re|we are|he'?s|she'?s|they'?re) (?:sat|stood|sitting|standing)|(?:i'?ve|i have|we'?ve|we have|he'?s|she'?s|they'?ve|they have) got)\b/g;
const PAST_VERB =
  /\b(?:was|were|had|did|went|got|took|came|said|told|thought|felt|knew|left|found|died|lost|ran|sat|stood|fell|broke|gave|kept|became|began|met|paid|sold|wrote|drove|used|spent|sent|drank|ate|saw|woke|slept|hid|threw|bought|brought|caught|taught|fought|\w{3,}ed)\b/;

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

// A play's lines: "MIORA: (at the edge…)". Lines opening with a name in capitals and a colon are a
// script only when the text also says it is one (a play, a scene, a character) or carries stage
// directions: a transcript typed with its speakers in capitals ("JOHN: I want to die") is someone's
// own words and must be read as them. Transcripts' role labels ("INTERVIEWER:", "Q:") are not characters.
const SCRIPT_LINE = /^[ \t]*([A-Z][A-Z'’ -]{1,24}):/gm;
const NOT_CHARACTERS = new Set(['INTERVIEWER', 'FACILITATOR', 'PARTICIPANT', 'Q', 'A', 'NOTE', 'TRANSCRIPT']);
const STAGE_DIRECTION = /\((?:she|he|they|blackout|lights|pause|exit|exits|enter|enters|beat)\b[^)]{0,80}\)/i;
const SAYS_IT_IS_A_SCRIPT =
  /\b(?:my play|the play|a play|scene|act (?:one|two|three|1|2|3)|character|script|stage|drama|monologue|rehears\w*)\b/i;
function isScript(text: string): boolean {
  const names = new Set<string>();
  let lines = 0;
  SCRIPT_LINE.lastIndex = 0;
  for (let m = SCRIPT_LINE.exec(text); m !== null; m = SCRIPT_LINE.exec(text)) {
    const name = (m[1] ?? '').trim();
    if (name.length >= 2 && !NOT_CHARACTERS.has(name)) {
      names.add(name);
      lines++;
    }
  }
  return names.size >= 1 && lines >= 2 && (SAYS_IT_IS_A_SCRIPT.test(text) || STAGE_DIRECTION.test(text));
}
function onScriptLine(text: string, at: number): boolean {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  return /^[ \t]*[A-Z][A-Z'’ -]{1,24}:/.test(text.slice(lineStart, lineStart + 40));
}

const PAST_G = new RegExp(PAST_STRONG.source, 'g');
const NOW_STRONG_G = new RegExp(NOW_STRONG.source, 'g');
// how often a story names the work of caring for others before it is read as a story about that job
const WORK_STORY = 3;
// someone else named as who a sentence is about
const SOMEONE_ELSE =
  /\b(?:he|she|they|them|people|someone|somebody|everyone|anyone|patients?|clients?|callers?|residents?|service users?|customers?|(?:a|the|one|this|that) (?:man|woman|lad|girl|lady|gentleman|bloke|patient|client|caller|young \w+|mum|dad|person))\b/;
// the hits whose time came from a present tense alone, with no word saying when
const PRESENT_TENSE_ONLY = 'present tense';
// the teller free of it until the crisis: "I'd been clean for five years", "I had been sober since 2019"
const FREE_UNTIL_THEN =
  /\b(?:i'?d|i had) been (?:clean|sober|dry|off (?:it|the \w+)|gambling[- ]free|bet[- ]free|drug[- ]free)\b/;
// a scene's opening, dated long ago: "2009.", "nine years ago now", "a long time ago"
const DATED_OPENER =
  /\b(?:(?:19|20)\d\d|(?:\w+|\d+) (?:years?|decades?) ago|(?:years|decades|a long time) ago|(?:take (?:you|me|us)|cast (?:my|your) mind) back (?:\d+|a few|a couple of|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|\w+teen)(?:[- ]\w+)?) (?:years?|decades?))\b/g;
// the hits whose time came from a past tense alone, with no word saying when
const PAST_TENSE_ONLY = /^(?:past tense, but not said how long ago|told in the past:)/;
const RECOVERY_G = new RegExp(RECOVERY_FRAME.source, 'g');
const LONG_FREE_NOW_G = new RegExp(LONG_FREE_NOW.source, 'g');

// Across a whole story, the words of a job count even when not said of the teller: a paramedic's
// story is full of "the paramedics" and "nurses" though a sentence alone cannot tell whose they are.
const WORK_G = new RegExp(
  `${WORK.source}|\\b(?:paramedics?|nurses?|pharmac(?:y|ist)|crewmate|ambulance crew)\\b`,
  'g',
);
const FICTION_G = new RegExp(FICTION.source, 'g');
const PLAY_G = new RegExp(PLAY.source, 'g');
function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/** Read a story for risk. */
export function readStory(text: string): StoryReading {
  let lower = text.toLowerCase().replace(/[’‘`]/g, "'");
  const reading: StoryReading = {
    hits: [],
    sentences: 0,
    lastRecovery: -1,
    pastAnchors: 0,
    markers: { work: 0, fiction: 0, play: 0, benign: 0, wellNow: 0 },
    words: new Set(),
    lemmas: { lemmas: [], from: [] },
  };
  // a few letters grow when lowercased ("İ"); offsets must still point into the text
  if (lower.length !== text.length) {
    lower = Array.from(text, (c) => (c.toLowerCase().length === c.length ? c.toLowerCase() : c))
      .join('')
      .replace(/[’‘`]/g, "'");
  }
  // a full stop before a lowercase word ends a sentence here: text messages are written in lower case
  const { clauses: sentences, runOnOf } = clausesOfRunOns(
    splitSentences(text, { lowercase: true }),
    text,
    lower,
  );
  reading.sentences = sentences.length;
  if (sentences.length === 0) return reading;
  const starts = sentences.map((s) => s.start);
  // idioms are blanked first, so "dying for a brew" reaches no concept
  const cleaned = lower.replace(IDIOMS, (m) => ' '.repeat(m.length));
  reading.lemmas = lemmatise(cleaned);
  const { lemmas, from } = reading.lemmas;
  const pastSentences = sentencesMatching(PAST_G, blankRelativePast(cleaned), starts);
  reading.pastAnchors = pastSentences.size;
  // each sentence is tested only against the concepts that share a word with it
  const candidates = new Map<number, { line: string; concepts: number[]; first: number }>();
  for (let i = 0, t = 0; i < sentences.length; i++) {
    const end = sentences[i + 1]?.start ?? cleaned.length;
    const first = t;
    while (t < from.length && (from[t] ?? 0) < end) t++;
    if (!pastSentences.has(i)) {
      // the words of the ending are read again on their own: a recovery story that turns says so last.
      // A story of a few sentences is all ending: read twice, its everyday words ("tell", "will") would
      // weigh double
      const ending = sentences.length >= MIN_SENTENCES_FOR_ENDING && i >= endingFrom(sentences.length);
      for (let k = first; k < t; k++) {
        reading.words.add(lemmas[k] ?? '');
        if (ending) reading.words.add(`end:${lemmas[k] ?? ''}`);
      }
    }
    const concepts = conceptsFor(lemmas, first, t);
    if (concepts.length > 0)
      candidates.set(i, { line: ` ${lemmas.slice(first, t).join(' ')} `, concepts, first });
  }
  if (candidates.size === 0) return reading;
  // a historic present is set up by a scene in the present ("Christmas Eve 2014. I'm in the bath"),
  // not by a past fact ("My wife died in 2021"), after which the present is the present again
  // "I'm sat on the railings" is a British present, not a past verb
  // nor a present perfect: "It's 3 in the morning and I've been drinking for years" is now
  const opensAScene = (i: number) => {
    const s = sentences[i];
    if (s === undefined) return false;
    const sentence = cleaned.slice(s.start, s.end);
    return SCENE.test(sentence) && toldInThePresent(sentence);
  };
  const scenes = new Set([...pastSentences].filter(opensAScene));
  // "one night I'm standing…", "picture it": a story's own opening, never how a crisis now is told
  // ("it's 3 in the morning and I'm on the bridge" may be either)
  const opensANarrative = (i: number) => {
    const s = sentences[i];
    return s !== undefined && NARRATIVE_OPENING.test(cleaned.slice(s.start, s.end));
  };
  const script = isScript(text);
  const declaredFiction = DECLARED_FICTION.test(cleaned);
  for (const i of sentencesMatching(RECOVERY_G, cleaned, starts))
    reading.lastRecovery = Math.max(reading.lastRecovery, i);

  let lastPast = -99;
  // hits whose time came from their verbs alone, so a date said after them can still move them
  const unanchored: RiskHit[] = [];
  for (let index = 0; index < sentences.length; index++) {
    if (scenes.has(index)) lastPast = index;
    const here = sentences[index];
    if (here && unanchored.length > 0) {
      // a clause cut from a run-on is not a sentence of its own: its "that was" may be of anything said
      const wholeHere = runOnOf.get(index);
      const cutFromRunOn = wholeHere !== undefined && wholeHere.start !== here.start;
      if (!cutFromRunOn && DATED_AFTER.test(cleaned.slice(here.start, here.end).trimStart())) {
        const reach = index - DATED_AFTER_REACH;
        // "That was twenty years ago" dates what was said just before it: after a past fact ("I used to
        // hide in the shed") it leaves a scene told in the present where it is, now
        const before = sentences[index - 1];
        const datesThePresent =
          unanchored.some((h) => h.sentence === index - 1 && h.when === 'now') ||
          (before !== undefined && toldInThePresent(cleaned.slice(before.start, before.end)));
        // a crisis told in the present ("I'm sat in the car with the hosepipe, I tried this once
        // before") stays now when what comes between is a past fact ("My marriage ended. That was
        // three years ago"); a scene opened as a story ("one night I'm standing in the kitchen…") is
        // one moment, dated whole
        for (const h of unanchored) {
          if (h.sentence < reach) continue;
          const told = sentences[h.sentence];
          const sentence = told === undefined ? '' : cleaned.slice(told.start, told.end);
          const present = h.when === 'now' || toldInThePresent(sentence) || TELLER_NOW.test(sentence);
          const wellSince = reading.lastRecovery >= index || WELL_LATER.test(cleaned.slice(here.start));
          if (present && !datesThePresent && !opensANarrative(h.sentence) && !wellSince) continue;
          h.when = 'past';
          h.timeWhy = `told as a scene, then dated: "${here.text.trim().slice(0, 60)}"`;
        }
        unanchored.length = 0;
      }
    }
    const candidate = candidates.get(index);
    if (!candidate) continue;
    const s = sentences[index];
    if (!s) continue;
    const matches: { order: number; concept: Concept; m: RegExpExecArray }[] = [];
    for (const order of candidate.concepts) {
      const concept = CONCEPTS[order];
      const m = concept?.re.exec(candidate.line);
      if (concept && m && !concept.unless?.test(around(candidate.line, m.index, m.index + m[0].length)))
        matches.push({ order, concept, m });
    }
    if (matches.length === 0) continue;
    const sentenceLine = candidate.line;
    const sentenceLower = cleaned.slice(s.start, s.end);
    // the ending matters most: the last sentences are never read as a historic present
    const nearEnd = index >= sentences.length - 2;
    const pastFrame = index - lastPast <= 4 && index !== lastPast && !nearEnd;
    const sentenceTime = readTime(sentenceLower, () => readTokens(sentenceLower), pastFrame);
    if (sentenceTime.nowAnchor) lastPast = -99;
    const contextOf = (words: string) =>
      WORK.test(words)
        ? 'work'
        : PLAY.test(words)
          ? 'play'
          : (declaredFiction && !FIRST_PERSON.test(words)) ||
              FICTION.test(words) ||
              (script && onScriptLine(text, s.start))
            ? 'fiction'
            : 'life';
    const sentenceContext = contextOf(sentenceLower);
    const runOn = wordCount(sentenceLower) > RUN_ON_WORDS;
    const asked = /\?\s*$/.test(s.text);
    const seen = new Set<RiskCategory>();
    // the strongest reading of a category comes first, then the order they are written in
    matches.sort((x, y) => y.concept.weight - x.concept.weight || x.order - y.order);
    for (const { concept, m } of matches) {
      if (seen.has(concept.category)) continue;
      seen.add(concept.category);
      const before = sentenceLine.slice(0, m.index + 1);
      const negated =
        (!STARTS_NEGATED.test(m[0]) &&
          NEGATOR.test(before) &&
          !NOT_STOPPING.test(before) &&
          !NOT_A_DAY.test(before + m[0].slice(1)) &&
          !BUT.test(sentenceLine.slice(m.index))) ||
        NEGATED_WISH.test(m[0]);
      // the sentence's verbs placed it now, but the words of the cue itself are told in the past ("I
      // wanted to die, I'm not going to dress it up"): the clause is read by its own verb
      const cueFrom = from[candidate.first + wordsBefore(sentenceLine, m.index)] ?? s.start;
      const cueTo = from[candidate.first + wordsBefore(sentenceLine, m.index + m[0].length - 1)] ?? s.end;
      const cueWords =
        cleaned.slice(cueFrom, Math.max(cueTo, cueFrom)) + (/^[\w']+/.exec(cleaned.slice(cueTo))?.[0] ?? '');
      // run-on speech is read by the words around the cue, not by a time or a topic said far off in it
      const clause = runOn ? wordsAround(cleaned, s.start, s.end, cueFrom, cueTo) : sentenceLower;
      let time = runOn ? readTime(clause, () => readTokens(clause), pastFrame) : sentenceTime;
      // a run-on that says "tonight" or "right now" anywhere is read as now, whatever its clause says
      const whole = runOnOf.get(index);
      const wholeLower = whole ? cleaned.slice(whole.start, whole.end) : sentenceLower;
      const said = time.when !== 'now' && (runOn || whole) ? IMMEDIATE.exec(wholeLower) : null;
      if (said)
        time = {
          when: 'now',
          why: `said in one breath with "${said[0]}"`,
          nowAnchor: true,
          pastAnchor: false,
        };
      // "he has my passport" is the teller's own danger, even in a sentence about a job
      // ("threatening to kill me": the words just after the cue count too)
      const ownDanger =
        (concept.category === 'exploitation' || concept.category === 'danger-from-others') &&
        / (?:my|me) /.test(
          ` ${m[0]} ${sentenceLine
            .slice(m.index + m[0].length)
            .trim()
            .split(' ')
            .slice(0, 2)
            .join(' ')} `,
        );
      // a job said beside "I want to die" or "I've been saving my pills" does not make it the job's (a
      // poem or a game still does)
      const ownWish =
        SELF_DIRECTED.has(concept.category) &&
        (/^\s*i /.test(m[0]) || tellerIsSubject(before)) &&
        // tablets counted or kept are the teller's own only when said so ("my sertraline", "stockpiling"),
        // never beside the patients, clients or residents they are for
        (TELLERS_OWN.has(concept.category) ||
          /\b(?:my|me|myself|mine|stockpile|hoard|stash|save)\b/.test(m[0])) &&
        !FOR_OTHERS.test(sentenceLine.slice(m.index + m[0].length));
      const read = runOn ? contextOf(clause) : sentenceContext;
      const context = ownDanger || (ownWish && read === 'work') ? 'life' : read;
      // "they fished me out after I tried to drown myself": an attempt is told in its own past
      const lead = cleaned.slice(Math.max(0, cueFrom - 28), cueFrom);
      const tried =
        /\b(?:tried|attempted) (?:to )?$/.test(lead) &&
        !/(?:\b(?:have|has|ive|just)|['’](?:ve|s)) (?:just |only just |now )?(?:tried|attempted) (?:to )?$/.test(
          lead,
        );
      const pastClause =
        time.when === 'now' &&
        !time.nowAnchor &&
        ((CUE_PAST.test(cueWords) && !CUE_PRESENT.test(cueWords)) || tried);
      const hit: RiskHit = {
        category: concept.category,
        weight: concept.weight,
        when: pastClause ? 'unclear' : time.when,
        negated,
        context,
        question: asked || (!TELLER_IN_CUE.test(m[0]) && ASKED_OF_OTHERS.test(before)),
        third:
          SELF_DIRECTED.has(concept.category) &&
          (!FIRST_PERSON.test(sentenceLower) || saidOfSomeoneElse(before, m[0])),
        quoted: insideQuotes(
          s.text,
          (from[candidate.first + wordsBefore(sentenceLine, m.index)] ?? s.start) - s.start,
        ),
        sentence: index,
        start: s.start,
        end: s.end,
        text: s.text,
        cue: m[0].trim(),
        timeWhy: pastClause
          ? `told in the past: "${cueWords.trim().split(/\s+/).slice(0, 4).join(' ')}"`
          : time.why,
      };
      reading.hits.push(hit);
      if (!time.nowAnchor && !time.pastAnchor && time.when !== 'past') unanchored.push(hit);
    }
  }
  placeBeforeTimeFree(reading, sentences, cleaned, starts);
  placeAfterTimeFree(reading, sentences, cleaned, starts);
  placeByAgeNow(reading, sentences, cleaned);
  // what the story says of work, fiction, benign reasons and being well only matters beside a risk
  if (reading.hits.length > 0) {
    reading.markers = {
      work: count(WORK_G, cleaned),
      fiction: count(FICTION_G, cleaned),
      play: count(PLAY_G, cleaned),
      benign: count(BENIGN, cleaned),
      wellNow: count(WELL_NOW, cleaned),
    };
    readAsWork(reading, cleaned);
  }
  return reading;
}

/**
 * A crisis told in the past tense, then "I've been clean three years": it belongs to before. Only a
 * sentence that is all recovery counts, not "sober two years but I can't do this any more"; the whole
 * story is searched for such words only when a hit's time came from its verbs alone.
 */
function placeBeforeTimeFree(
  reading: StoryReading,
  sentences: readonly Sentence[],
  cleaned: string,
  starts: number[],
): void {
  // a scene opened long ago ("nine years ago now, I'm thirty…") and told in the present is the past too,
  // when nothing between its opening and the hit brought the story back to now
  const turns = [...sentencesMatching(NOW_STRONG_G, cleaned, starts)];
  // an opening, not a past fact: "My mum passed away two years ago" opens no scene
  const openers = [...sentencesMatching(DATED_OPENER, cleaned, starts)].filter((o) => {
    const s = sentences[o];
    if (s === undefined) return false;
    const sentence = cleaned.slice(s.start, s.end);
    return toldInThePresent(sentence);
  });
  const sceneOpenedBefore = (i: number) => openers.some((o) => o < i && !turns.some((t) => t > o && t <= i));
  const pastTenseOnly = reading.hits.filter(
    (h) =>
      (h.when === 'unclear' && PAST_TENSE_ONLY.test(h.timeWhy)) ||
      (h.when === 'now' && h.timeWhy === PRESENT_TENSE_ONLY && sceneOpenedBefore(h.sentence)),
  );
  if (pastTenseOnly.length === 0) return;
  const withHits = new Set(reading.hits.filter((h) => !h.negated).map((h) => h.sentence));
  const freeSince = [...sentencesMatching(LONG_FREE_NOW_G, cleaned, starts)].filter((i) => {
    const s = sentences[i];
    if (s === undefined || withHits.has(i)) return false;
    const sentence = cleaned.slice(s.start, s.end);
    return tellerFreeNow(sentence) && !BUT.test(sentence);
  });
  // a scene opened long ago ends, too, where the teller says who they are now: "Let me take you back
  // fifteen years. I'm twenty-three… I'm a maths teacher now"
  const wellLater = [...sentencesMatching(WELL_NOW_SAID_G, cleaned, starts)].filter((i) => {
    const s = sentences[i];
    const sentence = s === undefined ? '' : cleaned.slice(s.start, s.end);
    return s !== undefined && !withHits.has(i) && !BUT.test(sentence) && !NO_BETTER.test(sentence);
  });
  // "I'm a mum now. Nothing's changed.": the now said no better than the scene
  const noBetterAfter = (i: number) =>
    sentences.slice(i + 1, i + 3).some((n) => NO_BETTER.test(cleaned.slice(n.start, n.end)));
  // and nothing after it says the story turns now: "I'm two years clean. I don't trust myself tonight."
  const livesAfter = (i: number) =>
    turns.some((t) => t > i) || reading.hits.some((h) => h.sentence > i && !h.negated && h.when !== 'past');
  for (const h of pastTenseOnly) {
    const scene = h.when === 'now' && sceneOpenedBefore(h.sentence);
    const at =
      freeSince.find((i) => i > h.sentence) ?? (scene ? wellLater.find((i) => i > h.sentence) : undefined);
    if (at === undefined || livesAfter(at) || noBetterAfter(at)) continue;
    const free = sentences[at];
    h.when = 'past';
    h.timeWhy = `told in the past, before "${free?.text.trim().slice(0, 60) ?? ''}"`;
  }
}

/**
 * "I relapsed and used heroin. I wanted to die. I'd been clean for five years.": the time free of it is
 * told as before the crisis, so a crisis with no date of its own is the story's now. Hits the story
 * already placed (dated, or before "three years clean now") are left as they are.
 */
function placeAfterTimeFree(
  reading: StoryReading,
  sentences: readonly Sentence[],
  cleaned: string,
  starts: number[],
): void {
  const before = FREE_UNTIL_THEN.exec(cleaned);
  if (!before) return;
  // recovery said from now, not the "I'd been clean for five years" that sets the crisis after it
  const toldFromRecovery = [...sentencesMatching(RECOVERY_G, cleaned, starts)].filter((i) => {
    const s = sentences[i];
    return s !== undefined && !FREE_UNTIL_THEN.test(cleaned.slice(s.start, s.end));
  });
  for (const h of reading.hits) {
    if (h.when !== 'unclear' || h.negated || h.context !== 'life' || !PAST_TENSE_ONLY.test(h.timeWhy))
      continue;
    // "…I'd been sober a long time before that. Today I'm doing really well": told from recovery
    if (toldFromRecovery.some((r) => r > h.sentence)) continue;
    h.when = 'now';
    h.timeWhy = `after a time free of it: "${before[0]}"`;
  }
}

// An age in words or digits: "19", "nineteen", "twenty-six", "twenty six".
const AGE =
  '(\\d{1,2}|(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)';
// the teller's age in a scene told in the present: "I'm nineteen, it's two in the morning"
const AGE_IN_SCENE = new RegExp(
  `\\bi(?:'m| am) ${AGE}\\b(?![- ]?(?:now|these days|today|this year|next|year|month|week|day|hour|minute|stone|kilo|pound|quid|grand|%|per ?cent))`,
);
// the teller's age now: "I'm twenty-six now", "now twenty-six", "I am now 45", "today I'm 30"
const AGE_NOW = new RegExp(
  `\\b(?:i(?:'m| am) ${AGE},? (?:now|these days|today)|(?:now|today|these days),? i(?:'m| am) (?:aged )?${AGE}|i(?:'m| am) now ${AGE})\\b(?![- ]?(?:year|month|week|day|hour|minute|stone|kilo|pound|quid|grand|%|per ?cent)|[:.]\\d| ?[ap]\\.?m\\b)`,
);
// a scene told at one age and looked back on at an older one belongs to those years
const AGE_SCENE_REACH = 15;

function ageOf(words: string): number {
  if (/^\d+$/.test(words)) return Number(words);
  return words.split(/[- ]/).reduce((sum, w) => sum + (NUMBER_WORDS[w] ?? 0), 0);
}

/**
 * "I'm nineteen, it's two in the morning and I'm sat on the railings of the bridge… I'm twenty-six
 * now": a scene told in the present at an age the teller has since passed is the past. Only hits
 * whose time came from their verbs alone move, and only those told before the older age is said.
 */
function placeByAgeNow(reading: StoryReading, sentences: readonly Sentence[], cleaned: string): void {
  const byVerbsAlone = reading.hits.filter((h) => h.when === 'now' && h.timeWhy === PRESENT_TENSE_ONLY);
  if (byVerbsAlone.length === 0) return;
  const scenes: { at: number; age: number }[] = [];
  const nows: { at: number; age: number }[] = [];
  sentences.forEach((s, i) => {
    const sentence = cleaned.slice(s.start, s.end);
    const now = AGE_NOW.exec(sentence);
    const nowAge = now?.slice(1).find((g) => g !== undefined);
    if (nowAge !== undefined) nows.push({ at: i, age: ageOf(nowAge) });
    else {
      const scene = AGE_IN_SCENE.exec(sentence);
      if (scene?.[1] !== undefined) scenes.push({ at: i, age: ageOf(scene[1]) });
    }
  });
  if (scenes.length === 0 || nows.length === 0) return;
  for (const h of byVerbsAlone) {
    const scene = scenes.filter((x) => x.at <= h.sentence && h.sentence - x.at <= AGE_SCENE_REACH).pop();
    if (!scene) continue;
    const older = nows.find((n) => n.at > h.sentence && n.age > scene.age);
    if (!older) continue;
    h.when = 'past';
    h.timeWhy = `told at ${scene.age}, and the teller is ${older.age} now`;
  }
}

/**
 * A sentence that can set a scene told in the present: no past verb (a British "I'm sat" is present)
 * and no present perfect ("I've been drinking for years" is now, not a scene).
 */
// the teller speaking in the present, whatever else the sentence recalls: "I'm sat in the car with the
// hosepipe, I tried this once before"
// the teller well now, said after a scene is dated: "That was years ago, I'm married again now"
const WELL_LATER =
  /\b(?:i'?m|i am|im) (?:\w+ ){0,2}(?:married|well|fine|happy|better|okay|safe|clean|sober|alive|grateful|a (?:dad|mum|mother|father|nurse|teacher|grandad|grandma|gran|nan))\b/;
// who the teller is now, said as now: "I'm a maths teacher now", "I'm married these days"
const WELL_NOW_SAID_G =
  /\b(?:i'?m|i am|im) (?:\w+ ){0,2}(?:married|well|happy|settled|safe|clean|sober|a (?:\w+ )?(?:dad|mum|mother|father|nurse|teacher|grandad|grandma|gran|nan|grandfather|grandmother))(?: \w+){0,3} (?:now|these days|nowadays)\b/g;
// words that say the now is no better: "I'm a rubbish mum now", "nothing's changed"
const NO_BETTER =
  /\b(?:terrible|rubbish|shit|useless|crap|awful|bad|failure|nothing(?:'s| has) changed|no better|not (?:any )?better|worse|same as (?:ever|it ever was|before|then)|again|still (?:think|want|wish|feel|picture|dream|plan|have|got|keep|go))\b/;
const TELLER_NOW = /\b(?:i'?m|im|i am|i'?ve got|i have got|i want|i keep|i can'?t)\b/;

function toldInThePresent(sentence: string): boolean {
  return !PAST_VERB.test(sentence.replace(PRESENT_SAT, '')) && !PRESENT_PERFECT.test(sentence);
}

/**
 * In a story about the teller's job, what is said of other people is said of the work: the
 * pharmacist's "they go back to what they used before". Never a sentence with no one named: "Can't
 * go on. Pills saved up." is the teller's own.
 */
function readAsWork(reading: StoryReading, cleaned: string): void {
  if (reading.markers.work < WORK_STORY) return;
  for (const h of reading.hits) {
    if (h.third && h.context === 'life' && SOMEONE_ELSE.test(cleaned.slice(h.start, h.end)))
      h.context = 'work';
  }
}

/** The sentence index from which a hit counts as "at the end" of the story. */
export function endingFrom(sentences: number): number {
  return Math.floor(sentences * (1 - ENDING_SHARE));
}
