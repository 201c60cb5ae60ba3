// Safeguarding: find sentences that speak of suicide, self-harm or danger, and decide whether the risk
// is current (now) or historic (a past crisis told from recovery). When in doubt a cue counts as
// current: missing a current risk is the worst error this toolkit can make.
import { splitSentences } from './sentences.js';

export type RiskLevel = 'none' | 'historic' | 'current';

export type RiskKind =
  'suicide' | 'self-harm' | 'means' | 'farewell' | 'hopelessness' | 'harm-to-others' | 'danger-from-others';

export interface RiskEvidence {
  start: number;
  end: number;
  text: string;
  level: 'historic' | 'current';
  kind: RiskKind;
  /** The phrase that triggered it. */
  cue: string;
}

export interface RiskAssessment {
  risk: RiskLevel;
  evidence: RiskEvidence[];
}

interface Cue {
  kind: RiskKind;
  re: RegExp;
  /** How to read the cue when the sentence carries no time marker. */
  lean: 'current' | 'historic' | 'tense';
}

const CUES: Cue[] = [
  {
    kind: 'suicide',
    lean: 'tense',
    re: /\b(?:suicid\w*|(?:kill|killing|killed|hang|hanging|hanged|drown|drowning|gas|gassing) (?:my ?self|himself|herself)|(?:take|taking|took|taken) (?:my|his|her) (?:own )?life|(?:end|ending|ended|finish|finishing|finished) (?:it all|it|my life|things|everything)\b|(?:want|wanted|wanting|wish|wished) (?:to|i could|i was) (?:die|dead|be dead|disappear for good|not wake up|stop existing)|to die\b|stop existing|better off (?:without me|dead|if i wasn'?t here)|(?:don'?t|didn'?t|do not|did not|never) want(?:ed)? to (?:be here|live|be alive|wake up|exist|go on)|not wanting to (?:be here|live|wake up)|no reason to (?:live|go on|be here)|(?:not|isn'?t) worth living|(?:care|cared) (?:if|whether) i lived or died|(?:jump|jumped|jumping) (?:off|in front of)|tired of (?:living|being alive|life|being here)|wish i (?:wasn'?t|was not|weren'?t|had never been) (?:here|alive|born)|(?:easier|better) (?:for everyone )?if i (?:wasn'?t|was not|weren'?t) (?:here|around|alive)|(?:meaning|intending|planning) (?:not )?(?:to come|on coming) (?:home|back)|not (?:to|going to) come (?:home|back) (?:again|alive)|overdos\w*|took an overdose|an od\b|(?:tablets|pills|stuff) on purpose|on purpose\b(?=[^.]{0,40}(?:wake|die|dead)))/,
  },
  {
    kind: 'self-harm',
    lean: 'tense',
    re: /\b(?:(?:i|i'?ve|i'?m|still|been|started|start|keep|kept|my|to) (?:\w+ ){0,2}self[- ]?harm\w*|self[- ]?harming|(?:hurt|hurting|harm|harming|cut|cutting|burn|burning|burnt|burned) (?:my ?self|me)\b|(?:was|been|started|keep|kept|still) cutting|cutting (?:again|most nights|every night|my (?:arms?|legs?|wrists?)))/,
  },
  {
    kind: 'means',
    lean: 'current',
    re: /\b(?:(?:saving|saved|save) up (?:my |the |some )?(?:tablets|pills|meds|medication|paracetamol)|stockpil\w*|(?:got|have|bought|buying|keep|kept) (?:a |two |some )?(?:bottles?|box(?:es)?|packets?|strips?) of (?:paracetamol|pills|tablets|co-codamol|sleeping tablets)|hoard\w* (?:my |the )?(?:tablets|pills|meds)|(?:knowing|know) they'?re there|(?:how|way) (?:i'?d|i would|i'?ll|i will|to) do it|(?:have|had|got|made|making|'ve had|'ve got) a plan (?:to (?:end|die|kill|do it|go through)|for (?:this|tonight|tomorrow|the weekend|when|how|it))|bought (?:a )?(?:rope|ligature)|(?:researching|looked up|looking up|googling|googled) (?:how|ways) to (?:die|end|kill))/,
  },
  {
    kind: 'farewell',
    lean: 'current',
    re: /\b(?:(?:giving|given|gave|give) (?:away )?(?:my|all my|most of my) (?:things|stuff|belongings|possessions|records|plants|clothes|books|coat|cat|dog|pets?)|giving (?:my )?(?:things|stuff) away|(?:written|wrote|writing) (?:a |my )?(?:letter|note|letters|notes) (?:to|for) (?:my|each|every|the kids|everyone)|(?:goodbye|farewell|suicide) (?:letter|note)|saying (?:my )?goodbyes?|(?:sorting|sorted|putting|put|getting|got) (?:out )?(?:my|the) (?:affairs|paperwork|things) (?:in order|so|sorted)|(?:find|found) it before|(?:i'?ve|have) done my bit|i can stop now|sorry about the|turn the camera off now)/,
  },
  {
    kind: 'hopelessness',
    lean: 'current',
    re: /\b(?:(?:don'?t|do not|can'?t|cannot) see (?:the|any) point(?: (?:of|in) (?:being here|living|going on|carrying on|anything|it all|any of it|me))?|(?:won'?t|will not|may not|might not|not going to|not gonna) (?:be|still be) (?:here|around)|(?:don'?t|do not) know if i'?ll (?:still )?be (?:here|around)|(?:still )?be here next (?:week|month|year)|when i'?m (?:not|no longer) (?:around|here)|(?:can'?t|cannot) (?:go on|do this|keep going|carry on)(?: (?:anymore|any more|like this))?|no way out|(?:anyone|anybody|nobody|no one|no-one) would (?:even )?(?:notice|care|miss me)|want (?:it all|everything) to stop|everyone would (?:manage|be) (?:fine|better)|(?:a|such a) burden to (?:everyone|them|my)|nothing (?:left )?to live for)/,
  },
  {
    kind: 'harm-to-others',
    lean: 'current',
    re: /\b(?:(?:bought|got|carry|carrying|have|got) (?:a |my )?(?:blade|knife|machete|gun)|(?:blade|knife)(?:'s| is)? in my (?:jacket|pocket|bag|coat)|(?:kill|stab|hurt|batter|do) (?:him|her|them)\b(?! a favour)|make (?:him|her|them) pay|(?:going|want|wanted) to (?:kill|hurt|stab|get) (?:him|her|them)|(?:walking|walked|drive|driving) past (?:his|her|their) (?:house|flat|place))/,
  },
  {
    kind: 'danger-from-others',
    lean: 'current',
    re: /\b(?:(?:i|we) know where (?:you|she|he|they)(?:'re|'s| are| is) (?:living|staying)|threaten\w* (?:me|us|to|my)|threats? (?:to|against|from)|(?:sent|sending|got|getting|had) (?:me )?threats|are you safe|(?:i'?m|i am|we'?re|we are|kids are|they'?re|i'?m still) not safe|(?:don'?t|do not|never) feel safe|(?:chair|wardrobe|something) (?:against|behind) the door|(?:he|she)(?:'ll| will) (?:kill|hurt|find) (?:me|us)|(?:scared|frightened|afraid) (?:of what )?(?:he|she)(?:'ll| will| might)|(?:he|she)(?:'s| is) (?:out|released|getting out) (?:on|next|soon|tomorrow)|(?:hits|beats|chokes|strangles|hurts) me\b|(?:following|stalking) me\b|scared to go home|(?:hitting|beating|strangling) me\b)/,
  },
];

// Idioms and mentions that contain risk words but speak of no risk; removed before the cues run.
const IDIOMS =
  /\b(?:dying (?:to|for) \w+|(?:that|it|this|you|he|she|which) (?:killed|kills|is killing|was killing) me\b|killing (?:it|time)|kill(?:ing)? (?:time|an hour|a few minutes)|over my dead body|(?:nearly |almost |could have |could've )?died (?:of|from|with) (?:embarrassment|shame|laughing|laughter|boredom|fright)|to die for|dead (?:good|funny|proud|chuffed|nice|easy|tired|on)|drop[- ]dead \w+|my feet (?:are|were) killing me|suicide (?:prevention|awareness|training|strategy|leaflet)|self[- ]harm (?:awareness|training|policy|leaflet)|(?:talk|talking|talked|speak|speaking) about (?:self[- ]harm|suicide)|recovery from (?:self[- ]harm|suicid\w*|an overdose)|(?:kill|killed|killing) (?:the|a) (?:mood|vibe|lights?|engine|bottle)|killer \w+|end (?:it|things) with (?:him|her|them)|ended (?:it|things) with (?:him|her|them)|at the end of (?:it|the day|things))/g;

// Negated statements ("I'm not suicidal", "it wasn't about wanting to die").
const NEGATION =
  /\b(?:not|never|no longer|wasn'?t|isn'?t|haven'?t|hasn'?t|didn'?t|don'?t|no) (?:(?:feeling|been|about|having|had|have|any|got|ever|really|at all)\s+){0,3}(?:suicidal|thoughts of|self[- ]harm\w*|wanting to die|hurt (?:my ?self|anyone)|want(?:ing)? to die)/;

const PAST_STRONG =
  /\b(?:(?:19|20)\d{2}|(?:\w+|\d+) (?:years?|months?|decades?) (?:ago|back|before|since)|years? since|back (?:in|then|when)|at the time|when i was|at (?:the age of )?(?:\d{1,2}|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty)\b|used to|in those days|by then|that night|that was|the last time|since i last|the first time|the second time|the third time|all those years|back when|as a (?:teenager|kid|child)|at school|in my (?:teens|twenties)|before (?:i got|recovery|i came)|i know what it(?:'s| is) (?:like )?to|past tense)\b/;
const PAST_VERB =
  /\b(?:was|were|had|did|didn'?t|tried|took|wanted|overdosed|woke|ended up|found me|thought|felt|went|got|came|started|attempted|cut|hurt|lay|sat|walked|said|couldn'?t|wasn'?t|used)\b/;
const PRESENT =
  /\b(?:i'?m|i am|am|is|are|i'?ve been|i have been|(?:i|we|he|she|they) (?:keep|keeps|want|wants|feel|feels|think|thinks|don'?t|doesn'?t|can'?t|will)|now|right now|tonight|today|this week|at the moment|currently|lately|recently|anymore|any more|these days|i'?ll|going to|gonna|last night|last week|yesterday|this morning|for weeks|again|i'?ve (?:started|begun)|(?:a few|two|three|\d) days ago|(?:on|this|last) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:at|over) the weekend|(?:it|everything|everyone|things|life) would)\b/;

function classify(cue: Cue, sentence: string): 'current' | 'historic' {
  if (
    PAST_STRONG.test(sentence) &&
    !/\b(?:right now|tonight|at the moment|these days|last night|anymore|any more)\b/.test(sentence)
  )
    return 'historic';
  if (cue.lean === 'current') return 'current';
  const present = PRESENT.test(sentence);
  const past = PAST_VERB.test(sentence);
  if (past && !present) return 'historic';
  if (cue.lean === 'historic') return 'historic';
  return 'current';
}

// Every cue in one pattern: a sentence that matches none of them (most sentences) costs one scan.
// Each cue begins with a word boundary; testing it once, before the alternation, is much faster.
const ANY_CUE = new RegExp(`\\b(?:${CUES.map((c) => `(?:${c.re.source.replace(/^\\b/, '')})`).join('|')})`);
const ANY_CUE_G = new RegExp(ANY_CUE.source, 'g');

/** Decide none / historic / current for a story, with the sentences that decided it. */
export function assessRisk(text: string): RiskAssessment {
  const evidence: RiskEvidence[] = [];
  // one scan of the whole text finds where cues are; only those sentences are read closely
  const lowerText = text.toLowerCase().replace(/[’‘]/g, "'");
  const hits: number[] = [];
  if (lowerText.length === text.length) {
    ANY_CUE_G.lastIndex = 0;
    for (let m = ANY_CUE_G.exec(lowerText); m !== null; m = ANY_CUE_G.exec(lowerText)) {
      hits.push(m.index);
      if (m[0].length === 0) ANY_CUE_G.lastIndex++;
    }
    if (hits.length === 0) return { risk: 'none', evidence };
  }
  let h = 0;
  for (const s of splitSentences(text)) {
    if (lowerText.length === text.length) {
      while (h < hits.length && (hits[h] ?? 0) < s.start) h++;
      // a cue can start a few characters before a sentence boundary the splitter chose
      if (h >= hits.length || (hits[h] ?? 0) >= s.end) {
        if (!(h > 0 && (hits[h - 1] ?? 0) >= s.start - 40)) continue;
      }
    }
    // cap the work per sentence; a sentence longer than this is not prose anyone will read as one
    // lowercased once so every pattern can run case-sensitively, which is much faster
    const lower = s.text.slice(0, 2000).toLowerCase().replace(/[’‘]/g, "'");
    // removing idioms only removes matches, so a sentence with no cue before that has none after
    if (!ANY_CUE.test(lower)) continue;
    const cleaned = lower.replace(IDIOMS, (m) => ' '.repeat(m.length));
    if (NEGATION.test(cleaned) && !/\bbut\b/.test(cleaned)) continue;
    for (const cue of CUES) {
      const m = cue.re.exec(cleaned);
      if (!m) continue;
      evidence.push({
        start: s.start,
        end: s.end,
        text: s.text,
        level: classify(cue, cleaned),
        kind: cue.kind,
        cue: m[0],
      });
      break;
    }
  }
  const risk: RiskLevel = evidence.some((e) => e.level === 'current')
    ? 'current'
    : evidence.length > 0
      ? 'historic'
      : 'none';
  return { risk, evidence };
}
