// What current risk sounds like, organised by concept rather than by phrases seen in any one story.
// Suicide follows the Columbia (C-SSRS) ladder — wish to be dead, active thoughts, method, intent,
// plan, preparation — and three more kinds of harm sit beside it: self-harm, harm to others and
// danger from others (abuse, coercive control, exploitation). Warning signs (feeling a burden,
// trapped, no reason to go on), a relapse with tolerance gone and command voices complete it.
// Sources: Posner et al. 2011 (C-SSRS); SafeLives/ACPO DASH (2009); CLPsych 2019 shared task.
//
// Patterns run over a *lemma line*: each token's lemma, lowercase, separated by single spaces, with
// informal spellings expanded ("im" → "i be", "dont" → "do not", "meself" → "myself"). So "saving",
// "saved" and "I've been saving up" all read "save". In the sources below:
//   ~   up to three other words      ~~  up to six      ~~~  up to ten
// A pattern never needs to know the tense: time is read separately, per sentence (time.ts).

export type RiskCategory =
  | 'wish-to-be-dead'
  | 'suicidal-thoughts'
  | 'method'
  | 'intent'
  | 'plan'
  | 'preparation'
  | 'means'
  | 'self-harm'
  | 'harm-to-others'
  | 'danger-from-others'
  | 'exploitation'
  | 'relapse-overdose'
  | 'warning-signs'
  | 'voices';

export const RISK_CATEGORIES: readonly RiskCategory[] = [
  'wish-to-be-dead',
  'suicidal-thoughts',
  'method',
  'intent',
  'plan',
  'preparation',
  'means',
  'self-harm',
  'harm-to-others',
  'danger-from-others',
  'exploitation',
  'relapse-overdose',
  'warning-signs',
  'voices',
];

/** Plain words for a safeguarding lead: what the category means. */
export const CATEGORY_LABEL: Record<RiskCategory, string> = {
  'wish-to-be-dead': 'wishes to be dead or not to wake up',
  'suicidal-thoughts': 'thoughts of ending their life',
  method: 'thinking about how',
  intent: 'has decided to act',
  plan: 'a plan, a time or a place',
  preparation: 'getting ready: goodbyes, giving things away, putting affairs in order',
  means: 'keeping the means close',
  'self-harm': 'hurting themselves',
  'harm-to-others': 'may hurt someone else',
  'danger-from-others': 'in danger from someone else',
  exploitation: 'exploited or controlled by others',
  'relapse-overdose': 'using again with the risk of overdose',
  'warning-signs': 'warning signs: a burden, trapped, no reason to go on',
  voices: 'voices telling them to harm, or someone else at risk now',
};

export interface Concept {
  category: RiskCategory;
  /** 1: this alone should reach a lead; 0.5: a sign that needs others beside it. */
  weight: 1 | 0.5;
  re: RegExp;
  /** Said in the same sentence, these words show the cue means something else ("holds my card for me"). */
  unless?: RegExp;
}

const SELF = '(?:myself|my self|my own self)';
const MEANS_NOUN =
  '(?:tablet|pill|paracetamol|co codamol|codeine|painkiller|sleeping tablet|sleeper|insulin|med|meds|medication|medicine|methadone|diazepam|valium|tramadol|amitriptyline|sertraline|mirtazapine|quetiapine|pregabalin|gabapentin|zopiclone|lithium|antidepressant|morphine|oramorph|oxycodone|fentanyl|dihydrocodeine|propranolol|rope|noose|ligature|blade|razor|knife|belt|cord|cable|hosepipe|shotgun|gun|rifle|cartridge)';
const KIN =
  '(?:kid|child|children|bairn|wean|son|daughter|boy|girl|lad|lass|baby|partner|wife|husband|mum|mam|mom|ma|dad|da|nan|gran|family|wean|sister|brother|bro|fella|missus|grandkid|grandchild|dog|cat)';
const PERP =
  '(?:he|she|they|him|her|them|partner|husband|wife|boyfriend|girlfriend|ex|fella|missus|stepdad|dad|da|son|brother|uncle|cousin|landlord|dealer|lad|man|bloke|guy|gang|carer|lodger)';

// A long while without using, and the words for using, that together say tolerance is gone.
const LONG_WHILE = '(?:month|year|week|\\d+|ages|a long time)';
const USING =
  '(?:use|take|score|drink|hit|dose|gear|inject|smoke|buy|drug|heroin|crack|coke|spice|pill|tablet|bag|line|pint|can|bottle|vodka|bet|benzo|ket|fix)';

// Money held for someone by their own choice, as people in recovery from gambling or spending ask
// family to do ("my brother still holds my bank card, I'm fine with that"): control, but theirs.
const HELD_BY_CHOICE =
  'fine with (?:that|it)|i (?:ask|asked) ~(?:him|her|them) to|(?:bank|gambling|bet) block|block \\S* ?(?:app|software)|exclu\\S*|gamstop|gamban|ga|gamblers anonymous|money meeting|appointee';

// Things that hang on a wall, a door or a hook, so "hang" there is not a method.
const HUNG_THINGS =
  '(?:coat|jacket|picture|photo|photograph|painting|print|clothes|washing|shirt|dress|towel|curtain|flag|sign|bag|lamp|light|mirror|calendar|certificate|medal|poster|frame|tool|bike|basket|bunting|plant|key|hat|cap|scarf|apron|overall|uniform|wreath|lantern|chime|hammock|net|nets)';

// A plan for staying well: a safety or relapse plan, a plan for bad days or cravings.
const COPING_PLAN =
  '(?:safety|crisis|relapse|recovery|wellness|wellbeing|care|support|prevention|coping|sleep|meal|food|money|budget|business|birthday|travel) plan|plan (?:for|if|when|in case) ~(?:bad|hard|tough|rough|difficult|dark|low|wobbly|craving|crave|relapse|slip|trigger|drink|use|emergenc|the worst|it get|early sign|warning sign)|plan (?:for|with) (?:every|each|my cpn|my gp|my worker|my key worker|my keyworker|my nurse|my counsellor|my therapist|my sponsor|my mentor|my care coordinator|the team|the crisis team)(?! (?:\\S+ ){0,3}(?:to|for) (?:die|end|kill|do it|finish|jump|go through|take))';

// Someone a threat of harm could be aimed at, named by what they are rather than by a pronoun.
const HARM_TARGET =
  '(?:the|that|this) (?:man|woman|lad|guy|bloke|fella|dealer|landlord|boss|neighbour|prick|bastard|cow|bitch|kid|baby|bairn|wean|lot of them)';
// Words that may follow a person who is acted on ("do her in", "get her for it"), never a noun;
// punctuation is a token of its own on the lemma line.
const AFTER_PERSON =
  'in|over|for|if|when|and|but|so|proper|properly|myself|again|tonight|now|good|once|first|too|one day|then|with|before|after|back|i|you|he|she|they|we';

// Sources are written for readability; `compile` turns the shorthand into a regular expression.
function compile(source: string): RegExp {
  const expanded = source
    .replaceAll('~~~', '(?:\\S+ ){0,10}')
    .replaceAll('~~', '(?:\\S+ ){0,6}')
    .replaceAll('~', '(?:\\S+ ){0,3}');
  return new RegExp(` (?:${expanded})(?= )`);
}

const RAW: [RiskCategory, 1 | 0.5, string, string?][] = [
  // --- 1. wish to be dead ---------------------------------------------------------------------
  ['wish-to-be-dead', 1, '(?:go|fall|drift) to sleep and (?:just )?(?:not|never) wake'],
  [
    'wish-to-be-dead',
    1,
    '(?:i|want|wanting|hope|wish|rather|like|just|and) ~(?:not|never) (?:want to |wish to |to )?wake (?:up)?(?: again| tomorrow| in the morning)?',
  ],
  ['wish-to-be-dead', 1, 'hope i (?:do )?(?:not|never) wake'],
  [
    'wish-to-be-dead',
    1,
    'wish (?:i|it) (?:would|could|be|have|had|was|were)? ?(?:be )?(?:dead|over|die|not here|not alive|not be here|never (?:be )?(?:bear|born)|disappear|vanish|stop exist|not exist|gone)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:would )?(?:rather|sooner) (?:just )?(?:be )?(?:dead|die|gone|not be here|not wake)',
    // "he'd rather die than eat a vegetable": a strong dislike, not a wish to die
    '(?:rather|sooner) (?:just )?(?:be )?(?:dead|die) than (?:eat|wear|be see|watch|listen|sing|dance|support|vote|sit through|go shopping|cook|clean)',
  ],
  ['wish-to-be-dead', 1, '(?:good|well) off dead'],
  [
    'wish-to-be-dead',
    1,
    '(?:not|no longer|never) (?:really )?(?:want|wish) to (?:be here|be alive|live|exist|be around|go on|carry on|be in this world|see another|see tomorrow|face another)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:tired|sick|weary) of (?:live|living|life|be alive|being alive|be here|being here|exist|existing|wake up|waking up)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:not|do not) (?:really )?care (?:if|whether) i (?:live|die|wake|make it|see|be here|be around)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:not|never) mind (?:if|dying|die|be dead|not wake)|(?:hit|knock|run) (?:down |over )?by (?:a|the) (?:bus|car|lorry|train|truck)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:want|like|wish) to (?:just )?(?:die|disappear|vanish|not exist|stop exist|fade away|be dead|be with (?:him|her|them) (?:again|up there))',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:envy|jealous of) (?:the|people who|those who|anyone who|him for|her for)? ?(?:dead|die|go|be dead|be go)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:ask|beg|pray|pray to|ask god|ask allah) ~(?:god|allah|him|jesus|the lord)? ?to take me',
  ],
  ['wish-to-be-dead', 1, '(?:lie|lay) down (?:and|an) (?:never|not) get up'],
  [
    'wish-to-be-dead',
    0.5,
    '(?:join|be with) (?:my|our|me) (?:late )?(?:mum|mam|dad|nan|gran|son|daughter|wife|husband|brother|sister|baby|boy|girl) (?:again|up there|in heaven)',
  ],
  ['wish-to-be-dead', 0.5, 'what be the point (?:of|in) (?:me|anything|wake|living|live|go on|it all)'],
  ['wish-to-be-dead', 0.5, 'wish ~(?:take|took) me instead'],

  [
    'wish-to-be-dead',
    1,
    '(?:not|never) be (?:a|an) (?:problem|burden|bother|nuisance|worry|weight) (?:for|to|much longer|for long|anymore|any more|soon)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:not|no|never) have to worry about me (?:much longer|anymore|any more|again|soon|for long)',
  ],
  // not wanting to be found, saved or stopped: the teller has decided ("I don't want to be rescued")
  [
    'intent',
    1,
    '(?:not|never) (?:particularly |really |actually |even )?want (?:to be|anybody to|anyone to|anyone|them to|you to|nobody to) (?:rescue|save|find(?! out)|stop|revive|resuscitate|bring back|talk me (?:out|down))',
  ],
  // --- 2. active thoughts -----------------------------------------------------------------------
  // …unless that very word is the subject, not the teller's thought: a person lost to it, its rates,
  // a training or a programme about it. Read around the word itself, so "I lost my brother to suicide
  // and now I think about suicide every day" is still heard; its methods, a note, a helpline rung and
  // a survivor back there again are never the subject. (A suicide note is preparation, below.)
  [
    'suicidal-thoughts',
    1,
    '(?<!(?:bereave\\S*|bereavement) (?:by|through|from) |(?:lose|lost|loss of) (?:my|his|her|their|our|a|two|three) (?:\\S+ ){0,1}(?:brother|sister|son|daughter|mum|mam|mother|dad|father|husband|wife|partner|friend|mate|uncle|aunt|auntie|cousin|nephew|niece|grandson|granddaughter|boy|girl|child|lad|lass|colleague|patient|client) (?:to|by) |(?:programme|documentary|film|training|course|leaflet|lecture|campaign|poster|vigil|conference|module|workshop) (?:\\S+ ){0,2}(?:about|on|around) )suicid\\S*(?! (?:rate|prevention|awareness|training|alliance|bereavement|statistic|figure|first aid|intervention|strategy|risk assessment|protocol|policy|course|research)(?= ))',
  ],
  ['suicidal-thoughts', 1, '(?:kill|top|off|hang|drown|gas|shoot|do in|do away with) ' + SELF],
  // In the other languages people mix into their English, the plainest words for wanting to die or to
  // end their life, with accents taken off as the lemma line reads them: Pidgin and Patois ("mi waan
  // dead", "make I just die"), Urdu, Hindi and Punjabi typed in Latin letters ("marna chahta hoon",
  // "khudkushi"), Welsh ("isio marw", "lladd fy hun"), Polish ("chce umrzec", "zabic sie"), Romanian
  // ("vreau sa mor", "sa ma omor"), Portuguese and Spanish ("quero morrer", "me matar", "quiero morir"),
  // Arabic typed in Latin letters ("bidi mout"), Shona ("ndoda kufa"), Somali ("waan dhiman rabaa"),
  // Gaelic ("airson basachadh")
  [
    'wish-to-be-dead',
    1,
    '(?<!(?:no|not|nu|ddim|nie|nao|never) )(?:i|me|mi) (?:wan|waan|wah|wanna|want) (?:to )?(?:die|dead|ded)(?! (?:laugh|a laugh|of|for|with|cast|my|your|her|his|small))|(?:make|mek|let) (?:i|mi) (?:just |jus )?(?:die|dead)(?! (?:laugh|a laugh|of|for|with|cast|my|your|her|his|small))|(?:i|mi|me) (?:no|nuh|don|nah|noh) (?:wan|waan|want|wah) (?:to |fi |fe )?live (?:again|anymore|any more|no more|nuh more)(?! (?:for|in|at|with|there|near|round))|(?<!(?:nahi|nahin|nai) )(?:marna|mar jana|mar jaana|marjana) (?:chahta|chahti|chahunda|chahundi|chaunda|chaundi)|(?:main|mein|mai) (?:mar jaun|mar jaon|mar jaunga|mar jaungi)|(?<!(?:ddim|dim) )(?:isio|eisiau|moen) marw(?! (?:arna|o chwerthin))|(?<!nie )chce (?:umrzec|umrzeć)|(?<!nu )vreau (?:sa|să) mor(?! de)|(?<!nao )quero morrer(?! de)|(?<!no )quiero morir(?! de)|(?:bidi|baddi|biddi|abi|abghi|ureed) (?:mout|amoot|amout|amut)(?! (?:mn|min|men|mel|from|of))|ndoda kufa|waan dhiman (?:rabaa|doonayaa)|airson basachadh',
  ],
  [
    'suicidal-thoughts',
    1,
    '(?<!(?:prevention|helpline|awareness|training|news|story|calls|call|lecture|talk)(?: \\S+){0,3} )(?:khudkushi|khud kushi|khudkhushi|atmahatya|aatmahatya)(?! (?:be|is) (?:haram|a sin|wrong|forbidden))|(?:lladd|ladd) fy hun(?! (?:o chwerthin|yn chwerthin))|zabic (?:sie|się)|(?:sie|się) zabic|(?:sa|să) (?:ma|mă) omor(?! de)|(?:vou|quero|vou me) (?:me )?matar|(?:quiero|voy a) matarme|kuzviuraya',
  ],
  ['suicidal-thoughts', 1, '(?:take|end) (?:my|me) (?:own )?life'],
  [
    'suicidal-thoughts',
    1,
    '(?:end|finish) (?:it|it all|everything|thing|me|myself)(?! with| off| up| there| at| for| on| by| tonight with)',
  ],
  [
    'suicidal-thoughts',
    1,
    '(?:not|no) be (?:here|around|about) (?:anymore|any more|much longer|for long|by|next|soon|for much)',
  ],
  [
    'suicidal-thoughts',
    1,
    '(?:think|thought|think about|thinking) ~(?:not be here|not being here|die|dying|death|end thing|ending thing|end it|ending it|go to sleep forever|leave this world|kill|check out)',
  ],
  ['suicidal-thoughts', 0.5, '(?:do|try) something (?:stupid|daft|silly|drastic|permanent)'],
  [
    'suicidal-thoughts',
    1,
    '(?:check|bow|tap|clock) out (?:for good|early|of life|of this world|permanently)',
  ],
  [
    'suicidal-thoughts',
    1,
    '(?:disappear|go|leave|vanish) (?:for good|forever|permanently|and not come back)',
  ],
  [
    'suicidal-thoughts',
    1,
    '(?:not know|not sure|wonder|do not know) (?:if|whether) i (?:will|would|be go to|can) (?:still )?(?:be (?:here|around|alive)|make it|last)',
  ],
  [
    'suicidal-thoughts',
    1,
    // trying to end a life, not a call or "us" ("he's trying to end us" of a teacher's homework)
    '(?:take|took|taken) (?:an|another) overdose|overdosed|(?:try|tried|attempt) to (?:kill|end|take|hang|drown)(?! (?:us(?! both| all| together)|the call|the conversation|the meeting|the chat|a break|a photo|a picture|a look|the piss|the mick|a nap|the bus|the spider|the wasp)(?= ))',
  ],
  [
    'plan',
    1,
    '(?:plan|planning|work out|think about|thinking about|figure out) (?:how|when|where) (?:to|i would|i will|i be go to|i could) (?:do it|end it|go|die|finish it)',
  ],
  ['suicidal-thoughts', 0.5, '(?:dark|bad|black|scary|those|the old) thought'],
  ['suicidal-thoughts', 0.5, '(?:unalive|unaliving|kms|kys|sewerslide|self delete)'],

  [
    'suicidal-thoughts',
    0.5,
    '(?:check|checking) out|(?:off|out) out of it|log off (?:for good|forever|permanently)',
  ],
  // --- 3. method --------------------------------------------------------------------------------
  [
    'method',
    1,
    // under a vehicle, never under a roof, a bridge or the arches people walk and shelter under
    '(?:lie|lay|sit|run|step out|stand) (?:down )?in front of (?:a|the|that|this|next) (?:\\S+ )?(?:train|bus|lorry|tube|truck|van)(?= |$)|(?:lie|lay|sit|stand) (?:down )?on (?:the|a) (?:line|track|tracks|railway line)(?= |$)|(?:step|jump|walk|go|throw myself|lie down|stand) (?:in front of|off|from|into|onto|on to) (?:a|the|that) ~(?:train|bus|lorry|bridge|cliff|car park|multi storey|building|roof|tower|flats|motorway|track|line|railway|sea|river|water|canal|loch|reservoir|viaduct|tube|pier|harbour|jetty|quay|breakwater|dock|weir)|(?:step|jump|walk|go|fall|run|throw myself|lie down|lie|lay down) under (?:a|the|that|this|next) ~(?:train|bus|lorry|tube|truck|van|car)',
  ],
  [
    'method',
    1,
    '(?:hang|rope|noose|ligature|tie) ~(?:loft|beam|banister|shed|garage|tree|door|neck|hook)',
    // what hangs in a shed or on a door is often a coat or a picture: "his donkey jacket hangs in my shed"
    `${HUNG_THINGS} ~(?:still )?hang|hang (?:up )?(?:my|the|his|her|a|an|their) ~${HUNG_THINGS}`,
  ],
  [
    'method',
    1,
    '(?:drive|steer|crash|swerve) ~(?:into|off) (?:a|the) ~(?:wall|tree|lorry|bridge|cliff|river|sea|oncoming|quarry|barrier)',
  ],
  [
    'method',
    1,
    '(?:take|swallow|neck|down) (?:them all|the lot|the whole (?:box|packet|bottle|lot)|every (?:last )?one|all of them|all my|the rest of (?:them|the box|the packet))(?: at once| in one go| together)?',
  ],
  ['method', 1, '(?:how many|how much) ~~(?:take|kill|enough|fatal|lethal|do it|finish)'],
  [
    'method',
    1,
    '(?:google|search|look up|read up|research|read about) ~~(?:how to|way to|method|lethal|fatal|painless|quick way|dose)',
  ],
  // Exhaust fumes or a barbecue in a closed space, named by what is done rather than by the word
  [
    'method',
    1,
    '(?:hose|hosepipe|hose pipe) ~~(?:exhaust|car|tape|boot|window)|(?<!(?:wash|clean|rinse|hose down|spray) (?:\\S+ ){0,3})(?:sit|sat|be) in (?:the|my) (?:car|van) with (?:the|a) (?:hose|hosepipe|hose pipe)(?!(?: \\S+){0,8} (?:water|garden|allotment|wash|clean|plant|lawn))|exhaust ~~(?:hose|hosepipe|tape)|garage ~~(?:engine|motor) (?:run|on|tick)|(?:engine|car|motor) (?:run|on|tick) ~~(?:garage|hose|hosepipe|exhaust|door shut|window up)|(?:charcoal|disposable barbecue|disposable bbq) ~~(?:tent|bedroom|room|inside|shut|seal|window)',
  ],
  // A high place named, unless the teller only crosses or passes it ("I drive over that bridge on my
  // way to my sister's", "every bridge between here and town"): read at the word itself, so standing
  // on a bridge crossed every day is still heard. A roof only where someone is up on it: "a roof over
  // my head" and "the roof leaks" are a home.
  [
    'method',
    0.5,
    '(?<!(?:drive|walk|cycle|cross|pass|jog|run|ride) (?:over|across|past|under|round) (?:the|a|that|this|every|each|our|two|three) (?:\\S+ ){0,3}|(?:every|each|all the) )(?:bridge|cliff|railway|rail line|train track|level crossing|motorway|multi storey|top floor|ledge|viaduct|quarry|pier)|(?:on|onto|up on|off|up to|over|top of) (?:\\S+ ){0,3}roof|roof (?:of|top|edge|access|hatch|ledge)|rooftop',
    // where something else is ("the gym under the railway arches", "a hotel near the bridge"), or a name
    '(?:gym|hotel|flat|house|home|shop|cafe|club|office|pub|church|hostel|school|centre|garage|unit|estate) ~(?:near|behind|opposite|across from|under|beneath|below|underneath) (?:the|a) ~(?:bridge|railway|rail line|train track|level crossing|motorway|multi storey|viaduct|quarry|pier)|(?:bridge|railway|pier) (?:arch|street|road|lane|terrace|club|map|inn|hotel|cafe|station|bar|end|view)',
  ],
  // the teller on a high place as they speak: "I'm on the bridge", "im sat on the railings of the viaduct"
  [
    'method',
    1,
    '(?:i be|im|am|i be sit|i be stand|i be sat|i be stood|stand|standing|sit|sitting) (?:on|at|up on|oan) (?:the|a|this|that|da|tha) (?:edge of the |top of the |railing of the )?(?:bridge|brig|cliff|cliff edge|viaduct|roof|ledge|railing|multi storey|car park roof|top of the car park|end of the pier)(?= \\.| $| i | and i| again| tonight| right now| rn| sorry| bye| alone| on my own)',
  ],
  [
    'method',
    0.5,
    '(?:river|canal|loch|sea|reservoir|water) ~(?:pull|call|draw|keep|look|stare|peace|calm) (?:me|to me|at me|my name|\\S+ me)',
  ],
  ['method', 0.5, '(?:shotgun|gun|rifle) (?:cabinet|cupboard|key|in the|on the)'],

  [
    'method',
    1,
    'how (?:easy|quick|simple|quiet|peaceful|cold|fast|painless) (?:it )?(?:would|will|could|might) be|how (?:easy|quick|simple) it be',
  ],
  [
    'method',
    1,
    'i ~(?:look|stare|watch|count|time|think about|keep think about|listen to) ~(?:the )?(?:water|sea|river|canal|loch|train|track|railway|bridge|drop|edge|cliff|tide|wave|exhaust|beam|rope)',
  ],
  ['method', 1, '(?:look|seem) like (?:an|a) accident|over the side'],
  // "loaded my shotgun and put it by the bed", "bought paracetamol from three different shops"
  [
    'means',
    1,
    '(?:load|loaded) (?:my|the|his|dad|a) ~(?:shotgun|gun|rifle|air rifle)|(?:buy|get|got|bought) ~~(?:paracetamol|tablet|pill|painkiller|co codamol|sleeping tablet) ~~(?:different|several|two|three|four|five|every) (?:shop|chemist|pharmacy|supermarket|garage)',
  ],
  // "I'm going to jump.", "I want to jump off": said and left there, or from something
  [
    'method',
    1,
    '(?:be go to|gonna|go to|want to|wanna|will|about to|ready to|go to have to) jump(?= \\.| $| off| from| in front| over| into the (?:river|sea|water|canal|loch|dock|harbour|quarry))',
  ],
  [
    'method',
    1,
    '(?:drive|crash|steer|put|run|take) (?:the|my|his|her|our|me) (?:car|van|motor|truck|lorry) (?:into|off|in) (?:the |a )?(?:reservoir|river|sea|canal|loch|lake|quarry|dock|harbour|wall|tree|bridge|cliff|edge)',
  ],
  [
    'method',
    1,
    '(?:belt|rope|cord|cable|scarf|tie|flex|lead|sheet|dressing gown cord) ~~(?:tie|tied|attach|hook|loop|round|around|to|over) ~(?:the |a )?(?:bannister|banister|beam|loft hatch|hatch|door handle|door|hook|rail|railing|tree|pipe|curtain rail)',
  ],
  // --- 4. intent --------------------------------------------------------------------------------
  // "I've made my decision." said and left there; "I made the decision to get help" says what it was
  ['intent', 0.5, 'make (?:my|the|a|me) (?:decision|choice)(?= \\.| $| now \\.| now $)'],
  [
    'intent',
    1,
    '(?:make|made) (?:my|me) mind up|my mind be make up|(?:decide|decision) ~(?:be make|make|to go|to do it|to end|that i be go|i be not|i will not)',
  ],
  [
    'intent',
    1,
    'this time i (?:mean|be serious|will)|no go back|not go back this time|nothing (?:will|can|be go to) stop me',
  ],
  [
    'intent',
    1,
    'i be (?:do|done|finish|through) (?:now|with (?:it|this|life|everything|all of it|trying|fight))',
  ],
  ['intent', 1, '(?:know|decide) (?:exactly )?what i (?:have to|need to|be go to|will|must) do'],
  ['intent', 1, '(?:make|made) (?:my )?peace (?:with (?:it|dying|go|myself|god|leaving))?'],
  ['intent', 1, '(?:ready|prepared) to (?:go|leave|die|let go)(?! home| out| back| to| into| on| for)'],
  // Tablets made ready for a time: "I have the pills ready for tonight", "the tablets are counted out for
  // Friday". A sign beside others, not alone: a week's tablets set out, a carer's round and a first night
  // home are ordinary (a dosette box is blanked before reading)
  [
    'means',
    0.5,
    '(?<!(?:mam|mum|mom|nan|gran|dad|his|her|their) )(?:have|get|got) (?:the|my|all the|all my|enough|all) (?:tablet|pill|paracetamol|co codamol|codeine|painkiller|sleeping tablet|sleeper|insulin|med|meds|medication) ~(?:ready|set out|line up|count out|lay out|save up) (?:for tonight|for tomorrow|for later|for when|for (?:mon|tues|wednes|thurs|fri|satur|sun)day|for the weekend)(?! (?:and my|with my|like|as|because))',
  ],
  // a rope, a noose or a ligature made ready: "I have the rope ready" (not a climbing or a boat's rope)
  [
    'means',
    1,
    '(?:have|get|got|be) (?:the|a|my) (?:rope|noose|ligature) ~(?:ready|sort|tie|up)(?! (?:for|to) (?!tonight|tomorrow|later|when|use it|do it))',
  ],
  // "I'm going to do it tonight": an act named by no word but its time, a sign beside others
  [
    'intent',
    0.5,
    '(?:be go to|gonna|go to|will|i will) do it (?:tonight|today|this time|right now|now)(?= \\.| $| like| the way)',
  ],
  // thinking of jumping, said of now: "I was thinking of jumping today" (not "jumping ship", "at the chance")
  [
    'method',
    1,
    '(?:think|thought|thinking) (?:of|about) jump(?= off (?:the|a|that) (?!high board|diving)| from (?:the|a|that|my) (?!plane|aeroplane)| in front(?! of the (?:queue|line|class|camera|crowd))| into (?:the )?(?:river|sea|canal|water|traffic|harbour))',
  ],
  // someone sitting outside in a car, watching the teller's home
  [
    'danger-from-others',
    1,
    '(?:he|she|they|ex) (?:sit|park|wait) (?:in|outside) (?:his|her|their|a|the) (?:car|van|motor) ~~(?:watch|stare at) (?:the|my|our) (?:house|flat|door|window|place)',
  ],
  ['intent', 1, '(?:will|would) not be (?:here|around|about) (?:for|by|to see|next|much longer|when)'],
  [
    'intent',
    1,
    'will not (?:see|make it to|be there for) (?:christmas|my birthday|the new year|next|another|the end)',
  ],
  [
    'intent',
    0.5,
    '(?:feel|be|seem) (?:so |strangely |weirdly |oddly |really )?(?:calm|peaceful|at peace|light|relieve) (?:now|since|because|about it|for the first)',
  ],

  [
    'intent',
    1,
    // "that's me done for the season" is a game or a job over; "done for the night" or "the day" is not
    // excused, the commonest way a crisis is said
    'that be me (?:do|done|finish|go|gone|out)(?! for (?:the|this|a) (?:season|match|game|shift|term))|that be it for me|i be (?:not|no longer) go to (?:fight|try|bother)',
  ],
  // --- 5. plan ----------------------------------------------------------------------------------
  [
    'plan',
    1,
    '(?:plan|planned|planning|work out|pick|choose|chose) ~(?:the )?(?:date|day|time(?! come)|spot|place|when and where|how and when|how i would|how i be go)',
    // planning one's days is how recovery is kept, and a plan for bad days is a way through them
    `${COPING_PLAN}|plan (?:my|our|out my|out the) (?:day|week|time|morning|evening)`,
  ],
  ['plan', 1, 'which (?:night|day|week|way|date) (?:would|will|might) be'],
  // "I've got a plan" reaches a lead, unless the plan is for staying well ("for bad days", "a safety plan")
  ['plan', 1, 'i (?:have )?(?:have|get|make|got) (?:a|my|the) plan', COPING_PLAN],
  [
    'plan',
    1,
    '(?:after|once|when|before|on|by) ~(?:birthday|christmas|anniversary|wedding|funeral|exam|court|rent|payday|pay day|result|hearing|new year|bill|giro|universal credit|payment|move|holiday|weekend|leave) ~~(?:i can|i will|i be go|then i|that be when|that be it|i be do)(?: \\S+)? (?:go|rest|stop|leave|do it|finish|end|be free|be gone|be do)',
  ],
  [
    'plan',
    1,
    '(?:will|be go to|go to) (?:do it|go through with it|end it|finish it|go) (?:on|after|when|once|before|by|this|next|at)',
  ],
  ['plan', 1, '(?:have|get|make) (?:it|everything|the plan) (?:all )?(?:plan|planned|work out|sort)'],
  ['plan', 0.5, '(?:the|that) (?:day|night|date) (?:be|will be) (?:the|my) (?:one|last|day)'],

  [
    'plan',
    1,
    'i (?:know|have think about|have decide|have pick|have choose|have work out) (?:the |exactly )?(?:date|day|time|place|spot|where|when|how)(?= \\.| i | it )(?! (?:i|it) (?:feel|be|go|work|seem|look|sound)(?= ))(?!(?<=how) it end \\.)',
  ],
  [
    'plan',
    1,
    'after (?:that|\\S+|the \\S+|his \\S+|her \\S+|my \\S+) ~~(?:that be me|i be off|i will not be|i be go|i be do|i be gone|i will be go|i will be free|it be over|i can go|i can rest|i be free)',
  ],
  [
    'plan',
    1,
    '(?:tonight|today|tomorrow|this weekend|friday|saturday|sunday) be the (?:night|day|time)|the (?:night|day|time) be (?:tonight|today|tomorrow)',
  ],
  // --- 6. preparation ---------------------------------------------------------------------------
  // An animal handed on with its things and its care written down, "with someone who'll love her":
  // the commonest goodbye that never says the word
  [
    'preparation',
    0.5,
    '(?:someone|somebody|a home|a family|people|you) (?:who will|who|that will|to) ~(?:love|look after|care for|spoil) (?:him|her|them) (?:proper|properly|right|like i do|as much)',
  ],
  [
    'preparation',
    0.5,
    '(?:take|have|keep|look after) (?:my |our |the )?(?:dog|cat|pet|bird|budgie|rabbit|hamster|parrot|tortoise|pup|kitten) ~(?:for good|for me|permanently|from now on|forever|for ever)',
  ],
  // an end foreseen without a reason given: "I won't be around to look after her after this week"
  [
    'intent',
    0.5,
    '(?:will not|not go to|not) be (?:around|here) (?:to (?:look after|see|watch|care for|help|feed|walk)|after (?:this|next|the|that|friday|monday|tuesday|wednesday|thursday|saturday|sunday|christmas|tonight|today|tomorrow))',
    'holiday|away|abroad|work|shift|course|hospital|move|moving|trip|visit|leave|uni|college|job|contract|retire|emigrat\\S*',
  ],
  [
    'preparation',
    1,
    '(?:goodbye|farewell|last|final) (?:letter|note|message|text|post|video|voice note|voicemail|email|card)',
    // a goodbye to a group on moving away or retiring from work (not "I can't move on", "retiring from
    // this life")
    'move (?:to|away|house|abroad|back|out|down|up to)|relocat\\S*|emigrat\\S*|retire(?:ment)? (?:from (?:work|the job|the force|teaching|the police|nursing|the railway|the post)|do|party|next)|start (?:a|my|the) new job',
  ],
  ['preparation', 1, 'suicide (?:letter|note|message|text|post|video|voice note|voicemail|email|card)'],
  [
    'preparation',
    1,
    '(?:write|leave|finish) ~(?:letter|note|card) (?:to|for) (?:each|every|all|everyone|everybody|the kid|my kid|the girl|the boy|my girl|my boy|my son|my daughter|mum|mam|dad|my mum|my mam|my dad|my family|my wife|my husband|my partner|them)',
    // a card or note for an occasion: "a card for my mother for Mother's Day", "she's 70 on Sunday"
    'birthday|mother day|father day|christmas|xmas|anniversary|wedding|get well|congratulat\\S*|thank you|valentine|eid|diwali|good luck|\\d+ on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)',
  ],
  // A letter or note left for a grandmother or a mother in the words of Scotland and the North, a sign
  // beside others: "I've wrote a wee note for ma maw"
  [
    'preparation',
    0.5,
    '(?:write|leave|finish) ~(?:letter|note) (?:to|for) (?:my |ma |me )?(?:maw|mammy|mither|faither|bairns|weans)',
    'birthday|mother day|father day|christmas|xmas|anniversary|wedding|get well|congratulat\\S*|thank you|valentine|eid|diwali|good luck|\\d+ on (?:sunday|monday|tuesday|wednesday|thursday|friday|saturday)',
  ],
  // A note left to be handed on later: "you'll know when to give her it"
  [
    'preparation',
    0.5,
    '(?:you|yous) (?:will|would) know when to (?:give|show|read|open) (?:her|him|them|it)(?= it| this| that| \\.| $)',
    'ring|propos\\S*|present|birthday|surprise|gift|christmas|xmas',
  ],
  // Loose ends tied: "just squaring things away", "squared everything up with everyone"
  [
    'preparation',
    0.5,
    'square (?:thing|everything|it all|stuff|my affair) (?:away|up|off)',
    'accountant|landlord|tax|bill|deposit|council|allotment|garden|bank|hmrc|before the|holiday|rent',
  ],
  // A thing of theirs handed on with no reason given: "the keys for the van, tell Kieran it's his now"
  [
    'preparation',
    0.5,
    '(?:van|car|motor|bike|guitar|key|watch|ring|console|telly|tool|rod|record|vinyl|collection|dog|cat|bird|pigeon) ~~(?:it be|they be|that be) (?:his|her|hers|yours|your|theirs) now',
    // sold, bought or given as a present, for a reason said
    'sell|buy|new|pass|birthday|present|gift|christmas|made up|paid|pay|swap',
  ],
  [
    'preparation',
    1,
    '(?:give|hand|pass|post|send) (?:away )?(?:me )?(?:all |most of |the rest of |some of )?(?:my|me|his|her|their|our) ~(?:thing|stuff|belonging|clothes|record|vinyl|book|tool|guitar|ring|watch|jewellery|console|xbox|playstation|collection|medal|plant|bike|laptop|phone|photo|coat|trainer|car|van|fishing rod|rod) (?:away|to|out)',
  ],
  ['preparation', 1, 'give ~(?:thing|stuff|belonging|clothes|record|book|tool|jewellery|collection) away'],
  [
    'preparation',
    1,
    '(?:rehome|re home|rehomed|find|found|sort) ~(?:new )?home for (?:my|the|our|me|him|her) ~(?:dog|cat|pet|bird|budgie|rabbit|snake|fish|parrot|hamster|tortoise|pup|kitten)',
  ],
  [
    'preparation',
    1,
    '(?:rehome|rehomed|re home) ~(?:dog|cat|pet|bird|budgie|rabbit|snake|fish|parrot|hamster|tortoise|pup|kitten)',
  ],
  // "Sorted the dog with my sister": a pet settled with someone else for good
  [
    'preparation',
    1,
    '(?:sort|arrange|settle|leave|give) (?:the|my|our|me) (?:dog|cat|pet|bird|budgie|rabbit|parrot|pup|kitten|dogs|cats) (?:with|to) (?:my|me|our|his|her|the|a) ',
  ],
  // Contracts ended, the flat cleared: a life closed down, said in the passive as often as not
  [
    'preparation',
    0.5,
    '(?:contract|subscription|direct debit|tenancy|gym|account|phone|insurance) (?:be|have be|get|all) (?:cancel|stop|close|end)|clear (?:out )?(?:the|my) (?:flat|house|room|place|locker)|write (?:a few|some|my|the) letter(?!s? (?:of (?:complaint|application)|to (?:my |the |his |her |their )?victim))',
  ],
  // Not wanting someone to find a mess, or to find them: a thought for who comes after
  [
    'preparation',
    1,
    '(?:not|never) want (?:\\S+ ){0,3}(?:find|to find|walk in on|come home to) (?:a mess|me|the mess|my body)',
  ],
  [
    'preparation',
    0.5,
    '(?:sort|put|get|tidy|straighten) ~(?:affair|paperwork|paper|finance|thing|stuff|account|life) (?:in order|sort|straight|together|out for (?:them|her|him|the kid|my))',
  ],
  [
    'preparation',
    0.5,
    '(?:make|write|update|change|sort|do) (?:a|my|me|out my) will(?! be| have| not| go| you| i | it | he | she | they)',
  ],
  [
    'preparation',
    1,
    'when i be (?:go|gone|not here|not around|no longer here|dead)|after i be (?:go|gone|dead)|once i be (?:go|gone)',
  ],
  [
    'preparation',
    1,
    '(?:will|would) not need (?:it|them|this|that|my \\S+|any of it) (?:anymore|any more|where i be go|again|after)',
  ],
  [
    'preparation',
    1,
    '(?:this|it) be (?:my|the) (?:last|final) (?:time|post|message|video|stream|night|christmas|birthday|goodbye)',
  ],
  [
    'preparation',
    1,
    '(?:sort|choose|chose|pick|plan) ~(?:funeral|hymn|song for|music for|coffin|burial|ashes)',
  ],
  [
    'preparation',
    1,
    // not a crisis plan's signs to watch for: "tell my sister if I stop sleeping"
    '(?:look after|take care of|mind|tell) (?:my|me|the|our) ' +
      KIN +
      ' ~(?:for me|when|after|if i(?! (?:stop (?:sleep|eat|take|get up|wash|go out)|start (?:drink|use|isolat|spend|gambl|bet|hear)|miss (?:my|an|a) (?:appointment|med|dose|session)|seem (?:low|off|down|high|manic|different)|get (?:manic|high|paranoid))\\b)|once i)',
  ],
  [
    'preparation',
    0.5,
    '(?:say|said|saying) (?:my )?(?:goodbye|bye|farewell|ta ra|tara|good bye) (?:to )?(?:everyone|everybody|you all|the lad|the group|all of you|each|my|them|the kid|properly)',
  ],
  [
    'preparation',
    0.5,
    '(?:pay|clear|settle) (?:off )?(?:all )?(?:my|me|the) ~(?:debt|bill|arrear|tab|loan|money i owe)',
  ],
  [
    'preparation',
    0.5,
    '(?:cancel) (?:my|the|me|all) ~(?:appointment|gym|subscription|contract|plan|direct debit|holiday|trip|order|course|session)',
  ],
  [
    'preparation',
    0.5,
    '(?:sorry|forgive me) (?:for everything|for all of it|for what i be about|for what i be go|for what i do|to everyone)',
  ],
  [
    'preparation',
    0.5,
    '(?:thank you|thanks) for (?:everything|all you|being there|all of it|put up with me)|(?:love|miss) (?:you all|u all|yous all|you lot|yous)',
  ],
  ['preparation', 0.5, '(?:delete|wipe|clear) ~(?:account|photo|profile|message|phone|everything)'],
  ['preparation', 0.5, '(?:i have|i) (?:have do|do|have have|have) (?:my|me) (?:bit|time|innings|turn)'],

  ['preparation', 1, '(?:leave|left) (?:a |the |my |some )?(?:letter|note|card)s? (?:for|to)'],
  // the words a goodbye letter says: "I've done my letters… so they know it's not their fault"
  [
    'preparation',
    1,
    '(?:letter|note|message)s? (?:\\S+ ){0,12}so (?:they|she|he|you|everyone|mum|mam|dad) (?:know|knows|will know|understand) (?:it be |its )?not (?:their|her|his|your|anyone|anybody|my kid) fault',
  ],
  ['preparation', 1, '(?:note|letter|message|text) ~~(?:say|saying) (?:sorry|goodbye|bye|i love)'],
  [
    'preparation',
    1,
    '(?:letter|note|(?<!(?:crisis|bank|business|loyalty|credit|debit|sim|id|appointment|donor|bus|rail|library|report) )card) ~~~(?:(?<!not in (?:a|the|my) )drawer|envelope|kitchen table|for when|to be open|after i|when i be go)|for when (?:they|he|she) (?:be|get|grow) (?:old|older|big|bigger|grow up)',
  ],
  [
    'preparation',
    1,
    "if (?:you|u) (?:do not|never|dinnae|don't) hear (?:from|fae|off) me|(?:chap|knock on|check on|break down) my door|(?:get|send) (?:somebody|someone|anybody|someone round) (?:to )?(?:check|chap|knock|look in)",
  ],
  [
    'preparation',
    1,
    '(?:give|hand|pass|take) ~(?:dog|cat|pet|puppy|record|collection|guitar|console|xbox|playstation|ring|watch|medal|tool) ~(?:away|to \\S+|round to|over to)',
  ],
  [
    'preparation',
    1,
    '(?:will|would) not (?:be )?need (?:it|them|this|that|my \\S+|any of it|his \\S+|her \\S+)',
  ],
  // "I won't be needing the winter coat": nothing needed for a future the teller does not expect
  [
    'preparation',
    1,
    '(?:will|would) not (?:be )?need ~(?:winter|next year|christmas|birthday|pension|passport|glasses|anymore|any more|where i be go)',
  ],
  [
    'preparation',
    1,
    'so (?:the|my|our|her|his) \\S+ (?:will not|would not|do not|never) (?:have|need) (?:a mess|to deal|to sort|to worry|to clear)',
  ],
  [
    'preparation',
    0.5,
    '(?:pay|square|clear) (?:off )?what i owe|pay ~ off|(?:you|you have|you lot|you all) ~(?:be|have be) (?:so )?(?:good|kind) to me|the best part of my|good than i deserve',
  ],
  // --- 7. means kept close ------------------------------------------------------------------------
  [
    'means',
    1,
    '(?:save|stockpile|hoard|collect|stash|squirrel|build|put aside|keep back|put by|keep) (?:up )?~' +
      MEANS_NOUN,
    // "my GP kept giving me antidepressants": prescribed, not kept back
    'keep (?:give|prescribe|put|up|increase|change|offer|push|try|send) (?:me|him|her|them|it|my|the)',
  ],
  [
    'means',
    1,
    MEANS_NOUN +
      ' ~~(?:just in case|in case|for when|for the day|for if|for later|for emergency|for a bad day|when i need|when the time)',
  ],
  [
    'means',
    1,
    '(?:know|knowing|like know|nice to know|comfort|comfort to know) (?:they|it|that they|that it) (?:be )?(?:there|still there|in the|under|hide)',
  ],
  [
    'means',
    1,
    '(?:buy|get|order|pick up|fetch) ~(?:a rope|some rope|rope|a ligature|blade|razor blade|a knife|extra|more|two box|two packet|a lot of|loads of|enough) ~(?:tablet|pill|paracetamol|painkiller|rope|blade|box|packet)?',
  ],
  [
    'means',
    1,
    '(?:rope|noose|ligature|blade|razor|knife|belt|cord|cable|tablet|pill|insulin|paracetamol|codeine|shotgun|gun) ~~(?:drawer|shed|garage|loft|bag|pocket|cupboard|under my bed|under the bed|wardrobe|glovebox|tin|sock|box|car boot|behind)',
    // "the doctor put me on tablets and a light box": prescribed, not put away
    '(?:put|start) (?:me|him|her|them) (?:back )?on ~(?:tablet|pill|med|meds|medication|antidepressant)',
  ],
  [
    'means',
    1,
    '(?:where|how) to (?:get|find|buy) (?:enough|plenty|more than enough)|(?:get|got|have|buy) enough (?:to|tablet|pill|stuff|gear|of them)',
  ],
  [
    'means',
    0.5,
    "(?:a|the|my) (?:whole|big|month|month 's|two month) (?:box|packet|bottle|supply|prescription|lot) ~" +
      MEANS_NOUN,
  ],

  [
    'means',
    1,
    MEANS_NOUN +
      ' ~~(?:on the (?:table|seat|passenger seat|bed|side|floor|counter)|in front of me|next to me|beside me|in (?:my|ma|me) hand)',
  ],
  ['means', 0.5, '(?:bottle|box|packet|strip|all|every packet|every box) of ~' + MEANS_NOUN],
  [
    'means',
    1,
    '(?:save|stash|hoard|stockpile|collect|squirrel|keep back|put by|put aside|hide|tuck|count|store|put away) ~~' +
      MEANS_NOUN,
  ],
  [
    'means',
    1,
    MEANS_NOUN + ' ~~(?:save|stash|hide|hidden|keep|store|tuck|put away|squirrel away|stockpile|hoard)',
  ],
  [
    'means',
    1,
    '(?:stash|stockpile|hoard|supply|collection|store|pile) of ~' +
      MEANS_NOUN +
      '|(?:just in case|in case) ~~' +
      MEANS_NOUN,
  ],
  [
    'means',
    1,
    MEANS_NOUN +
      ' ~~(?:in a|in the|in my|under the|under my|behind the|at the back of|at the bottom of) ~(?:drawer|tin|box|bag|sock|shoe|wardrobe|cupboard|shed|garage|loft|car|glovebox|case|pocket|mattress|pillow|cabinet|jar)',
  ],
  [
    'means',
    1,
    '(?:save|stash|hoard|stockpile|keep|hide|collect|put away|squirrel|count) (?:them|it|some|a few|one or two|a couple|the rest) ~(?:back|away|aside|just in case|in case|for later|for when|for the day|for if)|(?:them|it|some) ~just in case',
  ],
  [
    'means',
    1,
    '(?:know|knowing) where (?:they|it|the \\S+|my \\S+) (?:be|are|is)(?= \\.| and| i )|how (?:high|far|deep|long it would take|many it would take|much it would take)',
    // "how far I've come" measures recovery, not a drop
    'how far (?:i|we|you|he|she|they) (?:have |have now )?come',
  ],
  [
    'means',
    1,
    '(?:on|next to|beside) (?:the|my) (?:kitchen )?(?:table|bed|side|seat|counter) ~~~' +
      MEANS_NOUN +
      '|' +
      MEANS_NOUN +
      ' ~~(?:pop|press|take) out of (?:the )?(?:strip|packet|blister|box)|(?:all|every one) of them (?:pop|line|count|lay)',
  ],
  // Means kept as a way out: "it's like a fire exit", "knowing there's a way out" (not "a way out of drink").
  [
    'means',
    1,
    '(?:know|knowing|like|comfort|feel better|feel safe|there be|it be|that be|they be|keep them as|keep it as) (?:a |an |my |the |your )?(?:fire exit|emergency exit|escape hatch|escape route|exit|way out|back door|last resort|insurance policy|safety net|get out|plan b)(?! of| from| for (?:other|people|them|her|him))',
  ],
  // Drink and pills set out together, or one "beside" the other.
  [
    'means',
    1,
    '(?:bottle|whisky|whiskey|vodka|gin|rum|brandy|drink|booze|can|cans) ~~~(?:and|beside|next to|with|by) ~~(?:the |my |his |her |all )?(?:tablet|pill|paracetamol|co codamol|painkiller|sleeping tablet|sleeper|med|meds|medication|insulin|morphine|oramorph|diazepam|zopiclone|pregabalin|gabapentin)',
  ],
  ['means', 1, '(?:beside|next to|alongside) (?:it|them|that|this|the bottle) ~' + MEANS_NOUN],
  // Something kept in a hiding place, named earlier: "They're in a sock in the bottom of my drawer."
  [
    'means',
    0.5,
    '(?:they|it) (?:be|sit|stay|live) (?:still )?(?:in|under|behind|inside|at the back of|at the bottom of) (?:a|the|my|an old) ~(?:sock|shoe|mattress|pillowcase|lining|toilet cistern|cistern|floorboard)',
  ],
  // --- 8. self-harm -----------------------------------------------------------------------------
  ['self-harm', 1, 'self[- ]?harm\\S*|\\bsh (?:again|clean|relapse)|self[- ]?injur\\S*'],
  [
    'self-harm',
    1,
    '(?:cut|burn|scratch|hit|punch|bang|pick|starve|scald|bite|carve|slash|stab|hurt|harm|punish|mark) ' +
      SELF +
      '(?! up| out| off| down| laugh| a )',
  ],
  [
    'self-harm',
    1,
    '(?:cut|burn|scratch|carve|slash) ~(?:my|me) (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs|skin|stomach|hip|chest|ankle|hand)',
  ],
  [
    'self-harm',
    1,
    '(?:long sleeve|hoodie|jumper|plaster|bandage|hide|cover) ~~~(?:arm|mark|scar|cut|burn|bruise|wrist|thigh)',
  ],
  ['self-harm', 1, '(?:urge|need|itch|pull|craving) to (?:cut|hurt|burn|harm|scratch|do it again|punish)'],
  // "I've been cutting every day", "done my arms and my legs": cutting said with no object
  [
    'self-harm',
    1,
    'i (?:have be|be|keep|start|have start|be still) cut(?= (?:again|every|most|each|at night|daily|myself|\\.|$))|(?:do|done|did) my (?:arm|arms|leg|legs|wrist|wrists|thigh|thighs)(?! in| at the gym| workout| training| exercise)',
  ],
  [
    'self-harm',
    1,
    '(?:blade|razor|sharpener|compass|lighter|glass) ~~(?:again|still|every night|most night|keep|skin|arm|leg|wrist|thigh)',
  ],
  [
    'self-harm',
    0.5,
    '(?:make|made) myself sick|purge|(?:not|have not|nothing) eat ~(?:for|in) (?:day|a week|week)|(?:starve|starving) myself',
  ],
  ['self-harm', 0.5, '(?:cut|cutting|burn|burning) (?:again|most night|every night|deeper|more)'],

  [
    'self-harm',
    1,
    '(?:start|start it) again ~~~(?:arm|sleeve|hoodie|hide|skin|blade|mark)|(?:hide|cover) my (?:arm|wrist|leg|thigh|mark|scar)',
  ],
  // "if you don't eat three plates" is a host's rule; "I'm not eating" is the teller starving themself
  // …and "so don't eat them all" is a share of the biscuits
  [
    'self-harm',
    0.5,
    '(?:stop|stopped|(?<!you do )(?<!you )not(?: be)?) eat(?:ing)?(?!(?<=(?:so|please|just|and|but) do not eat)(?: (?:them|it|those|these|the lot) all| all (?:the|of the|my|your)))',
    // a rule agreed with a coach or a nurse: "if I'm not eating, I tell her" (not "if I'm not eating I'm winning")
    'if (?:i|you) (?:be )?not eat(?:ing)? (?:then )?(?:i|you) (?:tell|ring|text|call|phone|let) (?:my|the|her|him|them|someone|somebody|our|a)(?= |$)',
  ],
  [
    'self-harm',
    1,
    '(?:fresh|new|deep|deeper|open) (?:cut|mark|scar|wound|burn|gash)|(?:relapse|slip|streak|clean) ~(?:self[- ]harm|from sh|sh |cutting|cut)',
  ],
  [
    'self-harm',
    1,
    '(?:cut|burn|scratch|carve|slash|bang my head|punch the wall|pick) ~~(?:again|deeper|deep|every night|most night|tonight|last night|this week|more and more|worse)',
  ],
  [
    'self-harm',
    0.5,
    '(?:plaster|bandage|steri strip|first aid kit|dressing|antiseptic) ~~(?:arm|wrist|leg|thigh|cut)',
  ],
  // --- 9. harm to others -------------------------------------------------------------------------
  [
    'harm-to-others',
    1,
    '(?:urge|thought|image|picture|feel like|could|want|tempt|scare|afraid|frighten) ~~(?:hurt|harm|shake|smother|suffocate|drop|hit|strangle|drown|stab|kill|batter|throttle|throw) (?:the|my|him|her|them|baby|kid|child|son|daughter|partner|wife|husband|someone|somebody|anyone|a kid|a child|him|it)',
  ],
  [
    'harm-to-others',
    1,
    '(?:walk|walk away|leave|left|put (?:him|her|the baby|them) down|lock myself) ~~(?:before i|so i do not|so i would not|in case i) (?:hurt|do something|harm|hit|lose it|snap)',
  ],
  [
    'harm-to-others',
    1,
    '(?:carry|carrying|carry round|bring|take|keep|have|get|bought|buy) (?:a |my |the |his )?(?:knife|blade|machete|shank|bat|baseball bat|weapon|gun|screwdriver|hammer|knuckle duster)',
  ],
  // a weapon kept ready in the car, and a visit planned for after dark: "I've the hurley in the boot"
  [
    'harm-to-others',
    1,
    '(?:hurley|bat|baseball bat|knife|machete|hammer|crowbar|wrench|shank|blade|golf club) (?:in|under) (?:the|my) (?:boot|car|van|glovebox|bag|jacket|coat|pocket)',
    // a bat in the bag for the match, a knife in the drawer for the kitchen
    'for (?:the |a |his |her |our |my |their |me |him )?(?:\\S+ )?(?:match|game|training|practice|work|job|shift|club)|cricket|rounders|softball|hurl|hurling|camogie|golf|kitchen|cook|fishing|camping|tool|joiner|chef|builder',
  ],
  [
    'harm-to-others',
    0.5,
    '(?:do not|never) (?:be )?(?:ring|call|phone|get) (?:the )?(?:police|peeler|polis|cop|fed|old bill|guard) (?:on me|about this|after me)',
  ],
  [
    'harm-to-others',
    1,
    '(?:knife|blade|machete|shank|weapon|bat|screwdriver|hammer) ~~(?:for protection|just in case|in my (?:bag|pocket|jacket|coat|waistband|car|sock))',
  ],
  [
    'harm-to-others',
    1,
    '(?:go to|will|would|want to|be go to|gonna|could|swear i will|swear i would) (?:kill|stab|hurt|batter|deck|smash|shoot|glass|slash|strangle|throttle|knife|leather) (?:him|her|them|whoever|someone|somebody|his|' +
      HARM_TARGET +
      ')',
  ],
  // "do", "get", "end", "burn" and "cut" harm a person only when the person is what they act on:
  // "I'll do him", not "I'll do his shepherd's pie", "I'll get the bus" or "I'll do her nails".
  [
    'harm-to-others',
    1,
    '(?:go to|will|would|want to|be go to|gonna|swear i will|swear i would) (?:do|get|end|burn|cut) (?:him|them|whoever|someone|somebody|' +
      HARM_TARGET +
      '|her(?= (?:' +
      AFTER_PERSON +
      ') | [^a-z0-9 ]| $))',
  ],
  [
    'harm-to-others',
    1,
    '(?:scare|afraid|frighten|terrify|worry) (?:of )?what i (?:might|could|will|would) do(?: to)?',
  ],
  [
    'harm-to-others',
    1,
    '(?:revenge|get my own back) (?:on|for) (?:him|her|them|that|the|what|my)|get my own back|get (?:him|her|them) back|make (?:him|her|them) pay|pay (?:him|her|them) back|sort (?:him|her|them) out for good',
  ],
  // a bare "revenge" is as often a game's rematch as a threat: a sign that needs others beside it
  ['harm-to-others', 0.5, 'revenge'],
  [
    'harm-to-others',
    0.5,
    '(?:lose|lost) (?:it|my temper|my rag|the plot) with (?:the|my) (?:baby|kid|little one|son|daughter|bairn|wean|child)',
  ],

  [
    'harm-to-others',
    1,
    '(?:pillow|cushion|hand|hands) over (?:her|his|their|the baby|its|the kid) ?(?:face|mouth|head)?',
  ],
  [
    'harm-to-others',
    1,
    '(?:scare|scared|afraid|frighten|terrify|worry) of what (?:i|my hand|my hands|my \\S+) (?:might|could|would|will) do',
  ],
  [
    'harm-to-others',
    1,
    '(?:carry|carrying|bring|have|get|got) ~(?:ting|shank|borer|skeng|nank|strap|blade|knife|weapon|machete)|(?:ting|shank|borer|skeng|nank|strap|blade|knife|machete) ~(?:in my bag|on me|in my pocket|in my waistband)',
  ],
  [
    'harm-to-others',
    0.5,
    'i know (?:where|which) ~(?:live|stay|door|house|flat|block|road|street)|(?:it be|on) (?:on )?me now',
  ],
  // a blow aimed at a part of someone: "I'm going to cave his head in", "smash his face in"
  [
    'harm-to-others',
    1,
    '(?:cave|kick|smash|bash|stove|punch|knock|beat|batter|cut|slash|break|split|stamp on|stamp|rip|tear|burst|glass|open) (?:his|her|their|that \\S+ \\S+|the \\S+ \\S+) (?:head|face|skull|teeth|jaw|leg|legs|knee|kneecap|kneecaps|neck|throat|nose|ribs|eye|eyes) (?:in|off|open|apart)?',
  ],
  // a weapon kept close, where a hand can reach it: a sign that needs others beside it
  [
    'harm-to-others',
    0.5,
    '(?:knife|blade|hammer|wheel brace|crowbar|iron bar|scaffold bar|metal bar|axe|hatchet|baseball bat|golf club|screwdriver|machete|wrench|tyre iron|brace|bat) ~(?:in|under|behind|down|by) (?:my|the) ~(?:bag|pocket|coat|jacket|seat|car|van|boot|glovebox|glove box|waistband|sock|bed|pillow|door|cab)',
    'tool ?box|toolbag|tool bag|for work|job|site|fix|shelf|shelves|diy|fence|garden|shed',
  ],
  // someone watched, or waited for: "four nights running just watching the house", "I'll be there"
  [
    'harm-to-others',
    0.5,
    'i ~~~(?:watch|sit outside|wait outside|park outside|drive past|sit in the car outside|wait for) (?:the|his|her|their) (?:house|flat|place|door|window|work|van|car|school|pub|gym)|walk out ~~i will be (?:there|wait)',
    'neighbour|while (?:they|he|she) be away|holiday|for (?:him|her|them)|parcel|delivery|babysit|kid|children|grandchild',
  ],
  // what follows no longer matters to them: "I'm not scared of what happens to me after"
  [
    'warning-signs',
    0.5,
    '(?:not|do not|never) (?:scared|afraid|bothered|care|fussed|worried|frighten) (?:of |about )?what happen ~(?:to me|after|next|then)',
  ],
  [
    'intent',
    1,
    '(?:do not|not|no point|no use) (?:try|trying|bother|bothering)? ?(?:and|to)? ?talk me out of it|so (?:someone|somebody|one person|you) know(?= \\.| $)',
  ],
  // --- 10. danger from others --------------------------------------------------------------------
  [
    'danger-from-others',
    1,
    PERP +
      ' ~(?:hit|punch|kick|strangle|choke|throttle|push|shove|grab|slap|beat|batter|hurt|drag|pin|lock|bite|rape|spit|headbutt|stamp|burn|smash|throw) (?:me(?! out (?:of (?:the |my |our |his |her |their )?(?:house|flat|home|place)|\\.|,|and|when|after|for|at))|us(?! out (?:of (?:the |my |our |his |her |their )?(?:house|flat|home|place)|\\.|,|and|when|after|for|at))|my|into|at me|me against)',
  ],
  ['danger-from-others', 1, '(?:threaten|threat|threatening)\\S*'],
  [
    'danger-from-others',
    1,
    PERP +
      ' ~(?:say|tell me|text|message|swear|shout|scream) ~~(?:will|would|be go to|gonna) (?:kill|hurt|find|burn|get|do|end|stab|batter|ruin) (?:me|us|the kid|my|you|her|him|them|it)',
  ],
  [
    'danger-from-others',
    0.5,
    '(?:threaten to|threaten) take (?:the|my|our) (?:kid|kids|bairn|bairns|children|child|baby|wean)|take (?:the|my|our) (?:kid|kids|bairn|bairns|children|child|baby|wean) ~(?:off me|away from me|from me)',
  ],
  [
    'danger-from-others',
    1,
    'know where (?:you|she|he|they|i|we) (?:be )?(?:live|living|stay|staying|be now)|(?:find|found|get|got) out where (?:i|we|she) (?:live|be|stay)|(?:he|she|they) be (?:out|release|get out) (?:on|next|soon|tomorrow|this|in)',
  ],
  [
    'danger-from-others',
    1,
    '(?:scare|afraid|frighten|terrify|petrify|fear)\\S* (?:to go home|of go home|of (?:him|her|them|what he|what she|what they|my husband|my partner|my boyfriend|my girlfriend|my ex|my dad|my son|my wife)|(?:he|she|they) (?:will|might|would|be go)|for my life|for the kid|for (?:my|our) (?:life|safety))',
  ],
  [
    'danger-from-others',
    1,
    'walk on eggshell|(?:not|do not|never) feel safe|(?:be not|not) safe (?:at home|in my|in the house|in the flat|there|with him|with her|here)|fear of go home',
  ],
  [
    'danger-from-others',
    1,
    PERP +
      ' ~(?:check|go through|read|track|monitor) ~(?:my )?(?:phone|message|text|bank|location|email|account|where i)',
    // a message acknowledged ("a thumbs-up to say they've read a message") is no one's control
    '(?:have|has) read (?:a|the|your|their|his|her) (?:message|text|email)|read receipt',
  ],
  [
    'danger-from-others',
    1,
    PERP +
      ' ~(?:will not|do not|not|never|wo not) let me (?:go out|see|leave|have|work|talk|ring|phone|go|out|near|keep|use|sleep|eat|speak)',
  ],
  [
    'danger-from-others',
    1,
    PERP +
      ' ~(?:take|keep|hold|control|have) (?:(?:my |all my |me )?(?:bank card|card|money|wage|benefit|passport|phone|key|universal credit|pension|pin)|(?:my|all my|half my|me) pay)',
    HELD_BY_CHOICE,
  ],
  // "they said they'll break my legs": a threat to the body
  [
    'danger-from-others',
    1,
    '(?:will|would|be go to|gonna|go to|threaten to|say they will) (?:break|smash|snap|cut|slash) (?:my|me|both my) (?:leg|legs|arm|arms|knee|knees|finger|fingers|jaw|face|hand|hands)',
  ],
  [
    'danger-from-others',
    1,
    '(?:lock|lock me|keep me) (?:me )?(?:in|out)(?: of)? (?:the|my|a) (?:house|flat|room|bedroom|home)|(?:stop|stops) me (?:from )?(?:see|go|leave|work|talk|ring)',
  ],
  ['wish-to-be-dead', 0.5, '(?:watch|see|let) me (?:die|drown|go under|fade)'],
  // a loss to suicide and the teller's own intent in one breath: "I lost two friends to suicide and I'm next"
  [
    'suicidal-thoughts',
    1,
    'suicid\\S* ~~~(?:i be next|i will be next|follow (?:him|her|them)|the same way|join (?:him|her|them)|plan\\S* mine|do mine|my turn)',
  ],
  // plain words of a short message at risk: "I'm not safe.", "I'm scared I'll do something tonight."
  [
    'warning-signs',
    1,
    'i (?:be|feel) not safe(?! (?:walk|go|to|on the road|drive))|i do not feel safe(?! (?:walk|go|to|on the road|drive))|not safe (?:from|with|around) myself',
  ],
  [
    'suicidal-thoughts',
    1,
    '(?:scared|afraid|frighten|worried) (?:that )?i (?:will|might|be go to) do something(?! (?:wrong|embarrass|stupid at work))|(?:scared|afraid|frighten) of what i (?:will|might) do',
  ],
  [
    'wish-to-be-dead',
    0.5,
    'want (?:it|everything|it all) (?:all )?to (?:stop|end|be over)(?! (?:rain|snow))',
  ],
  [
    'danger-from-others',
    1,
    // "let them watch me die" is a wish to be gone, not someone watching the teller
    '(?<!let )' +
      PERP +
      ' ~(?:follow|turn up|sit outside|wait outside|keep ring|keep text|keep message|keep call|watch|stalk|hang around) ~(?<!not )(?:me|my|outside|work|house|flat|school|door|everywhere)',
  ],
  ['danger-from-others', 1, '(?:strangle|choke|throttle|hand (?:round|around) my (?:neck|throat))'],
  [
    'danger-from-others',
    1,
    '(?:coercive|controlling|domestic abuse|domestic violence|abusive|abuse me|abusing me|honour (?:based|violence|killing|crime)|forced marriage|marry me off)',
  ],
  [
    'danger-from-others',
    0.5,
    '(?:bruise|black eye|injur|broken (?:rib|arm|nose|wrist)|mark on my (?:neck|arm|face))',
  ],
  [
    'danger-from-others',
    0.5,
    '(?:new|different|change my) (?:number|sim)|(?:refuge|restraining order|non molestation|panic alarm|idva|marac)',
    // a new number written out is shared with friends: hiding from someone does not give it out; a
    // refuge's booklet, phone line or volunteers are the charity, not a flight
    '(?:new|different) number (?:\\S+ ){0,5}\\d{3,}(?!(?: \\S+){0,4} (?:so|cos|because|can not|do not know|will not))' +
      '|refuge (?:booklet|anniversary|newsletter|shop|fundraiser|trustee|bake sale)' +
      '|(?:volunteer|fundraise|raise money|raise|run|sponsor) (?:\\S+ ){0,4}(?:for|at|with|on) (?:the|a|our|my|local) (?:\\S+ )?refuge',
  ],

  [
    'danger-from-others',
    1,
    '(?:next time|one day) (?:he|she|they) (?:will not|would not|will|would) (?:stop|kill|finish)',
  ],
  [
    'danger-from-others',
    1,
    '(?:scared|afraid|frighten|terrify|petrify) (?:to|of) (?:go|going) (?:back|home|in)|(?:take|took) the (?:kid|bairn|children|child|baby|wean)',
  ],
  // --- 11. exploitation -------------------------------------------------------------------------
  [
    'exploitation',
    1,
    '(?:take|use|run|move into|move in to|take over|taken over) (?:over )?(?:my|me|our) (?:flat|house|place|home|room|gaff)',
  ],
  [
    'exploitation',
    1,
    'cuckoo\\S*|county line|trap house|run line|run (?:for(?! (?:a while|an hour|a few (?:miles|minutes|hours|weeks|k)|the bus|a bus|the train|a train|charity|a charity|the council|council|office|mayor|miles|\\d+ ?(?:k|km|miles?|mins?|minutes)(?= )|fun|fitness|exercise|cover|my life|your life|the hills|the door|it|home|a (?:different |good )?reason|a cause|england|wales|scotland|ireland|the county (?:team|side)|the club|my club|the team|election))|drug for)|(?:make|force|get) (?:me|us) (?:to )?(?:carry|sell|hold|deliver|run|keep(?! (?:a |my )?(?:gratitude|food|mood|sleep|drink|drinking|feelings|recovery)? ?(?:diary|journal|gratitude list)(?= ))|stash|drive|plug|work|move)',
  ],
  // "the plug" is who supplies the line; a plug wired or pulled is only a plug
  [
    'exploitation',
    1,
    'plug',
    'wire|wiring|socket|fuse|electric\\S*|sparky|charger|bath|sink|mains|adapter|earplug|appliance|kettle|lamp|pull the plug|pulled the plug|plug (?:in|it in|them in)|shameless plug',
  ],
  [
    'exploitation',
    1,
    '(?:owe|debt|owing|in debt) ~~(?:dealer|them|him|lad|gang|they|boss|loan shark)',
    // thanks owed: "I owe them a pint", "I owe him an apology"
    'owe (?:them|him|her) (?:a pint|a drink|a coffee|a brew|a thank you|thanks|an apology|a favour|a card)(?= \\.|$)',
  ],
  [
    'exploitation',
    1,
    // not "the women who could not speak": a relative clause tells of other people
    '(?<!(?:who|which|that) )(?:can not|afraid to|scared to|not allow to|not let to|too scared to) (?:leave(?! (?:the (?:nurse|nurses) (?:station|desk)|my (?:post|desk|shift)|(?:\\d+|two|three|four|five|six|ten|twenty|thirty|forty|fifty|a hundred) (?:pigeon|bird|animal|horse|sheep|cow|hen|chicken|lamb|ewe))(?= ))|go home|go to the police|tell anyone|say anything|get out(?! of bed)|go to anyone|speak)',
  ],
  // someone else holds them: "I have my papers now" is the teller's own
  [
    'exploitation',
    1,
    '(?<!\\b(?:i|we) )(?:keep|hold|take|taken|have) (?:my )?(?:passport|document|paper|id|visa)|(?:i|we) have (?:my |our )?(?:passport|document|paper|id|visa) (?:take|keep|hold|lock)',
  ],
  [
    'exploitation',
    1,
    // grooming is done to someone: a groom who works with horses is not
    '(?:work|working) (?:off|to pay off|to pay back) ~(?:debt|what i owe)|(?:be|get|being) groom|groom (?:me|her|him|them|us|the kid|kid|child|girl|boy|young|my)|groom gang|(?:online|sexual|child) groom|grooming',
  ],
  [
    'exploitation',
    1,
    '(?:son|grandson|daughter|granddaughter|nephew|niece|carer|lodger) ~~(?:take|help himself to|help herself to|spend|use|empty|drain) ~(?:my )?(?:pension|money|bank|saving|card|account)',
  ],

  [
    'exploitation',
    1,
    '(?:push|shove|threaten|hurt|hit) me (?:if|when) i (?:tell|say|go)|(?:if|when) i (?:tell|say anything) ~(?:he|she|they) (?:will|would)',
  ],
  // --- 12. relapse with overdose risk -------------------------------------------------------------
  // an overdose taken, said by what and how much: "I've taken everything in the cabinet", "took 30
  // paracetamol", "necked a load of gabapentin" (two for a headache is no overdose)
  [
    'relapse-overdose',
    1,
    '(?:take|swallow|neck|down) (?:everything|all|the lot|the whole lot|whatever (?:be|i) (?:\\S+ )?) (?:\\S+ ){0,2}(?:in|from|out of) (?:the|my|me|mum|her|his) ~(?:cabinet|cupboard|drawer|box|bathroom|medicine|bag)' +
      '|(?:take|swallow|neck|down) (?:(?:[2-9]\\d|1[6-9]|\\d{3})|twenty|thirty|forty|fifty|sixty|a hundred|a load of|a handful of|handful of|a whole (?:box|packet|strip|bottle) of|all (?:my|me|the|of my|of the)) ~(?:paracetamol|tablet|pill|co codamol|cocodamol|codeine|gabapentin|pregabalin|sertraline|diazepam|valium|insulin|aspirin|ibuprofen|amitriptyline|zopiclone|quetiapine|mirtazapine|citalopram|fluoxetine|propranolol|tramadol|oxycodone|morphine|lithium)',
    // a dose taken every day, tablets taken back or out, a round at work
    '(?:a|per|every|each) (?:day|week|night|morning)|over the (?:week|day|month|weekend)|morning and night|when my|(?:back|out|up) (?:to|for|at)|to the (?:bin|chemist|pharmacy|tip)|return|check the date|round|resident|patient|client|blister|dosette|pot for|like a good|as prescribe|on time|(?:with|before|after) (?:my |me )?(?:breakfast|tea|dinner|food|meal|bed)',
  ],
  ['relapse-overdose', 1, '(?:tolerance|tolerance be) ~(?:go|gone|down|low|nothing|drop|zero|shot)'],
  // "used last night. 112 days gone": using said with no drug named, straight after the word
  [
    'relapse-overdose',
    1,
    '(?<=(?:^|\\.|\\bi|\\band|\\bthen|\\bhave|\\bto) )use (?:again|last night|yesterday|tonight)(?= \\.| $| and| after)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:use|using|inject|shoot up|smoke|take it|score|do it) ~(?:on my own|alone|by myself|in the toilet|in the flat by myself)',
  ],
  ['relapse-overdose', 1, '(?:same|usual|old|normal) (?:amount|dose|bag|score|hit|as before)'],
  // drugs got in after time clean, to be used tonight: "got 2 bags off him and im doing both tonight"
  [
    'relapse-overdose',
    1,
    '(?:get|score|buy|pick up|cop) (?:\\S+ )?(?:bag|bags|score|gear|tenner|brown) ~~(?:tonight|the night|like the old days|do both|do the lot|do it all)',
    'shop|shopping|crisp|chip|sweet|flour|compost|sugar|rubbish|bin|tea|ice|sand|coal|carrier|bag for life|school|pe|gym',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:clean|sober|dry|time) ~(?:out the window|out of the window|down the drain|gone just like that)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:go over(?! (?:it|that|this(?! time)|things|everything|the details|the same|old ground))|o\\.?d|over-?do) ~(?:tonight|again|this time|on purpose)|(?:do not|not) care (?:if|whether) (?:i|it) (?:go over|overdo|wake|kill)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:relapse|back on|use again|pick up again|score|buy|bought|get some|got some|a bag of|using again) ~~(?:gear|heroin|smack|brown|spice|fent|fentanyl|benzo|street valium|etizolam|crack|coke|ket|ketamine|ghb|gbl|g|pill|oxy|bar)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:mix|mixing|on top of|wash (?:it|them) down with) ~(?:benzo|alcohol|drink|pregabalin|gabbie|valium|methadone|the gear)',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:just|only) (?:get|come|be) out (?:of|from)? ?(?:prison|jail|the nick|nick|jail|detox|rehab|hospital|hmp)',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:naloxone|narcan|prenoxad|nyxoid)',
    // carrying a kit or teaching others to use it is harm reduction, not an overdose
    '(?:carry|train|training|teach|show|clip|hand out|give out|about|why i) ~(?:naloxone|narcan|prenoxad|nyxoid)|(?:naloxone|narcan|prenoxad|nyxoid) (?:training|course|trainer)',
  ],
  ['relapse-overdose', 0.5, 'overdos\\S*|(?:an|the) od'],
  // a recovery counter started again: "i was on 43 days and i reset last night"
  [
    'relapse-overdose',
    0.5,
    'i (?:have )?reset (?:last night|again|yesterday|today|this morning|tonight)(?! (?:my|the|it|on|with))',
  ],

  [
    'relapse-overdose',
    1,
    '(?:tolerance) ~(?:nothin|nowt|none|zero|gone|shot|down|low|nothing)|(?:clean|dry|off it) (?:in|inside) (?:there|prison|jail|the nick|rehab)|go straight through me',
  ],
  [
    'relapse-overdose',
    1,
    '(?:bag|gear|heroin|smack|brown|spice|fent|score|using|use|shot) ~~(?:tonight|the night|just me|on my own|alone|by myself|door lock)',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:get|got|come) (?:out|oot) (?:of |fae |from )?~(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|yesterday|last week|today|this week)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:use|pick up|relapse|score|buy|get|do|smoke|inject|shoot|take|cook|chase) ~~(?:gear|heroin|smack|bag of brown|some brown|spice|fent|fentanyl|benzo|crack|coke|ket|ketamine|oxy|opiate|opioid)|(?:score|buy|pick up|cop|smoke|inject|cook) ~(?:bag|tenner|\\d+ bag)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:no one|nobody|noone) (?:know|knows) where i (?:be|am)|if i (?:do not|never|dinnae) wake(?: up)?',
  ],
  [
    'relapse-overdose',
    0.5,
    // tolerance gone: a first use in a long while, not "the first time in years I have felt trusted"
    '(?:have not use|not use) ~(?:in|for|since) ' +
      LONG_WHILE +
      // "since 3 January 2023" dates the time free of it: abstinence told, no first use yet
      '(?! (?:january|february|march|april|may|june|july|august|september|october|november|december))' +
      '|' +
      USING +
      ' ~~first time ~(?:in|for|since) ' +
      LONG_WHILE +
      '|first time ~(?:in|for|since) ' +
      LONG_WHILE +
      ' ~~' +
      USING +
      '|(?:release|get out|come out|out of) ~~(?:prison|jail|nick|hmp|rehab|detox|hospital)',
  ],
  // --- 13. warning signs ------------------------------------------------------------------------
  [
    'warning-signs',
    1,
    '(?:burden|weight|drain|problem) (?:on|to|for) (?:everyone|everybody|them|my family|you|my kid|the kid|my|the family|her|him|people)',
  ],
  [
    'warning-signs',
    1,
    '(?:everyone|everybody|they|my kid|my family|the kid|she|he|them|my son|my daughter|the girl|the boy|my wife|my husband|my partner) (?:would|will|be) (?:be )?(?:good|well|happy|fine|okay|ok|better) off (?:without me|if i)',
  ],
  // "without us" is the teller in the North and Scotland: "the bairns are better off without us"
  [
    'warning-signs',
    1,
    '(?:good|well|happy|fine) off without (?:me|us(?= \\.| $| ,| anyway| now| really))|(?:easy|good|well) for everyone if i',
  ],
  // the words a farewell leaves for someone: "tell my mum it wasn't her fault"
  [
    'preparation',
    1,
    'tell (?:my|me|the|our) \\S+ (?:\\S+ )?(?:that )?(?:it|this) (?:be|have be) not (?:her|his|their|your) fault(?= \\.| $| and i| i love| sorry| whatever)',
  ],
  // a plea for the teller themself that ends what is said: "someone help me", "i need help now"
  [
    'warning-signs',
    1,
    '(?<!(?:can|could|will|would|anyone|any) )(?:please|pls|plz|someone|somebody) (?:please )?help me(?= \\.| $)|i need help (?:now|tonight|right now|rn)(?= \\.| $| please| pls)',
  ],
  [
    'warning-signs',
    1,
    '(?:everything|everyone|everybody|life|it|things|thing) (?:would|will) be (?:easy|easier|good|well|simple|simpler|fine|okay) (?:for everyone )?if i (?:be not|was not|were not|be go|be gone|go|die|disappear)',
  ],
  [
    'warning-signs',
    1,
    '(?:trap|trapped|stuck|cornered)\\S* ~(?:no way|forever|for good|nowhere|no escape|no way out)|no (?:way|road) (?:out|forward|through|back)|(?:can not|not|no) (?:\\S+ )?see (?:a|any|the) (?:way out|way forward|way through|future|end|point)|(?:can not|cannot|i (?:do|could|would|will|still) not|i not|not) (?:\\S+ )?see (?:a|any) light|(?:can not|cannot|i (?:do|could|would|will|still) not|i not) (?:\\S+ )?see the light',
  ],
  [
    'warning-signs',
    1,
    '(?:no|nothing|not any|no more) (?:reason|point|purpose) ~(?:to|in|for) (?:live|living|carry on|go on|get up|be here|bother|try|exist|anything|me)|nothing (?:left )?to live for',
  ],
  [
    'warning-signs',
    1,
    '(?:can not|could not) (?:go on|cope|do this|take (?:it|this|any more|anymore)|keep go|carry on|face) ~(?:anymore|any more|much longer|another day|like this|no more)',
  ],
  // grief said as the end of going on: "I can't go on without him"
  [
    'warning-signs',
    1,
    '(?:can not|do not know how to|do not want to) (?:go on|carry on|live) without (?:him|her|them|you|my \\S+)',
    // "…but I did", "but I managed": said of a time come through
    'but (?:i|we) (?:do|have|manage|get|come|make|find)',
  ],
  // "I want it over", "I just want this over" (not "over with", said of an exam or a court date)
  ['intent', 0.5, 'i (?:just |really )?want (?:it|this|it all|everything) (?:to be )?over(?! with)'],
  // the means set out and the teller's word to use them: "tablets lined up", "the pills here and I'm going to take them"
  ['means', 1, MEANS_NOUN + ' (?:line|lay|set|count) (?:up|out)|' + MEANS_NOUN + ' in (?:a row|rows|a line)'],
  [
    'intent',
    1,
    MEANS_NOUN +
      ' ~~(?:and )?i (?:be go to|be gonna|will|gonna) (?:take|swallow|neck) (?:them|the lot|all|every)(?! (?:with|after|before|at|in the morning|every|each|as|like|properly|regularly|on time|when)(?= ))',
  ],
  [
    'warning-signs',
    1,
    '(?:nobody|no one|noone|nae cunt|naebody) (?:would|will|even) ~(?:miss|notice|care)|(?:not|never) think (?:anyone|anybody) (?:would|will) ~(?:miss|notice|care)',
  ],
  // not "if I go quiet", "when I go to work": going somewhere or some way is not going for good
  [
    'warning-signs',
    0.5,
    '(?:if|when|once) i (?:go|went|be go|be gone|disappear|be not here)(?= \\.| )(?! (?:quiet|silent|to work|to the shop|to the police|to school|to college|to uni|to the doctor|to the gp|home|back to work|abroad|shopping|walking|running|fishing|camping|dancing|bowling|clubbing|inside|round|around|on holiday)(?= )| in(?= \\.| ,| $| (?:at|for|prison|jail|the nick|care)(?= )))',
  ],
  ['warning-signs', 1, '(?:give|given|gave) up (?:on (?:myself|life|everything|me|living))'],
  [
    'warning-signs',
    0.5,
    'feel (?:so |really |completely )?(?:empty|numb|hollow)|(?:empty|numb|hollow|dead) inside|nothing left|run out of fight|no fight left|lose the will',
  ],
  [
    'warning-signs',
    0.5,
    '(?:can not|could not|do not) (?:see|imagine|picture) ~(?:myself|me) ~(?:in|at|by|next|old|grow)',
  ],

  [
    'warning-signs',
    1,
    '(?:be|feel like|feel) (?:such )?(?:a|an|just a|nothing but a) (?:burden|nuisance|drain|waste of space|waste of oxygen|waste of time|problem|bother)|take up space',
  ],
  [
    'warning-signs',
    1,
    '(?:good|well|fine|happy|easy|easier|manage|cope|get on) ~(?:without|with no|minus) (?:me|the \\S+ of me|the mess of me|my \\S+ self)|(?:nobody|no one|noone|nobody would) ~(?:be )?(?:bad|worse) off',
  ],
  [
    'warning-signs',
    1,
    '(?:everyone|everybody|they|my kid|my family|the kid|she|he|them|my son|my daughter|the girl|the boy|my wife|my husband|my partner|his mam|his mum|her dad|my mam|my mum|the bairn|the family) (?:would|will|be) (?:be )?(?:all )?(?:good|well|happy|fine|okay|ok) off',
  ],
  [
    'warning-signs',
    1,
    '(?:easy|easier|tidy|tidier|simple|simpler|less trouble|less complicated|less mess|cheap|cheaper) (?:for|on) (?:everyone|everybody|them|the family|my family|the kid|all of them)',
  ],
  ['warning-signs', 0.5, '(?:no one|nobody|noone) (?:left )?to (?:ring|call|talk to|turn to|tell)'],
  [
    'warning-signs',
    1,
    '(?:nobody|no one|noone) (?:need|needs|want|wants) me(?: now| anymore| any more| here)?',
  ],
  ['warning-signs', 0.5, 'i be not (?:okay|ok|alright|all right|cope|cope at all)(?! with| about| to)'],
  // --- 14. voices and others at risk now ----------------------------------------------------------
  [
    'voices',
    1,
    '(?:voice|voices|they|it|he|she) ~~(?:tell|telling|say|saying|order|command|want|make) ~(?:to )?(?:hurt|kill|jump|harm|cut|do it|end|punish|die|walk into|go into|go in|hit|stab|burn|not eat|drown|step(?! work| by step)|make himself|make herself|make myself)',
    // "she said cut the gin": advice to cut something down, not a voice
    '(?:tell|telling|say|saying) ~(?:to )?cut (?:down|back|out|off|ties|corners|my hours|your hours|the (?:gin|drink|drinking|booze|beer|wine|sugar|carb|caffeine|coffee|fag|smoking|bet|betting))',
  ],
  [
    'voices',
    1,
    '(?:my|our) (?:son|daughter|boy|girl|lad|lass|kid|mate|partner|husband|wife|friend|brother|sister|mum|dad|teenager) ~~(?:say|talk about|keep say|text|post|message|tell me|write) ~~(?:want to die|not want to be here|kill (?:himself|herself|themself)|end it|not be here|not wake up|better off dead|hurt (?:himself|herself|themselves)|cut (?:himself|herself))',
  ],
  [
    'voices',
    1,
    '(?:himself|herself|themself|themselves) ~(?:hurt|harm|kill|cut|injure)|(?:hurt|harm|kill|cut|injure) (?:himself|herself|themself|themselves)|(?:he|she|they) (?:be|have be) (?:cut|hurt|harm|starve|burn) (?:himself|herself|themselves)',
  ],
  ['voices', 1, '(?:deserve|deserves) to (?:die|be dead|suffer|be punish|be hurt|rot|disappear)'],
  // Someone else settling up, suddenly calm, then silent: the signs a relative sees from outside
  ['voices', 1, '(?:he|she|they) be say (?:goodbye|good bye|bye|his goodbye|her goodbye)'],
  [
    'voices',
    1,
    '(?:afraid|scared|frighten|terrify|dread) ~(?:of )?what (?:i|we) (?:will |might |would |be go to )?find',
  ],
  ['voices', 0.5, '(?:too|strangely|weirdly|suddenly|oddly|eerily|scarily) calm|calm all of a sudden'],
  [
    'voices',
    0.5,
    '(?:he|she|they) (?:be )?(?:not|never) (?:answer|pick up|reply|reply to|read) ~(?:since|all day|for \\S+ day|this morning|last night|anymore)',
  ],
  [
    'voices',
    1,
    '(?:my|our) (?:son|daughter|boy|girl|lad|lass|kid|child|teenager|partner|husband|wife|mate|friend|brother|sister) ~~(?:cut|cutting|hurt|hurting|harm|harming|starve|starving|took|take|swallow|overdose|hang|burn) ~(?:himself|herself|themself|themselves|pill|tablet|an overdose)',
  ],
  [
    'voices',
    0.5,
    '(?:hear|hearing) ~(?:voice|voices)|(?:voice|voices) in my head|command hallucination|hallucinat\\S*|paranoi\\S*',
  ],
  // --- said without the classic words -----------------------------------------------------------
  // Not wanting to exist, or being "easier" gone, is a wish to be dead however it is worded.
  [
    'wish-to-be-dead',
    1,
    '(?:think|thinking|dream|daydream) ~(?:about|of) ~(?:not exist|disappear|vanish|not be around|fade away|stop exist)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:easy|easier|good|better|simple|simpler|kinder) ~(?:for (?:everyone|everybody|them|him|her|all|\\S+) )?(?:if|when|once) i (?:be )?(?:not here|not around|not alive|go|gone|dead|disappear|not exist)',
  ],
  // "If a lorry clipped me I wouldn't mind": an accident welcomed is a passive wish.
  [
    'wish-to-be-dead',
    1,
    'if ~~(?:hit|clip|knock|run over|flatten|crash|take me|squash|not wake|die) ~~(?:would|will) not (?:even )?(?:mind|care|be bother|bother|be sorry)',
  ],
  [
    'warning-signs',
    0.5,
    '(?:do|be) not (?:much |really )?(?:want|care about) (?:anything|nothing|owt|much) (?:now|anymore|any more|these day)|nothing (?:leave|left) (?:for me|to live for|to lose)',
  ],
  // A promise not to act, said unasked, is what people say while the thought is there.
  [
    'warning-signs',
    0.5,
    'not go to do (?:anything|owt|nowt|nothing|something|daft|stupid|silly)|(?:will|would) not do (?:anything|owt|nowt|nothing) (?:daft|stupid|silly|tonight)',
  ],
  ['warning-signs', 0.5, '(?:can not|can not seem to) get (?:it|the thought|them|that) out of my head'],
  // Someone at risk, or someone who knows it, asks for it to be kept secret or for help by a time.
  [
    'warning-signs',
    0.5,
    '(?:please|pls|plz) (?:do not|dont) (?:tell|call|ring) (?:my|mum|mam|dad|the|anyone|anybody|nobody)|if i (?:do not|dont) (?:text|message|ring|call|reply|answer) ~~(?:by|before|in|tonight)',
  ],
  ['intent', 1, 'i (?:have )?(?:decide|make up my mind)(?= (?:[.!,;]+ )*$)'],
  // "Not be a burden much longer", "won't be around for long": an end foreseen is an intent.
  [
    'intent',
    1,
    '(?:(?:will not|not go to|not gonna|not|never) )?(?:burden|bother|trouble|nuisance|be here|be around) (?:for )?(?:much|very|any|too) (?:long|longer)|(?:will not|not go to|not) be (?:here|around) (?:for )?long',
  ],
  // "Once the funeral's over, I'm done": an event that, once past, leaves nothing after it.
  [
    'plan',
    1,
    '(?:after|once|when) ~~(?:be over|be do|be pass|be through|be bury|be sort) (?:then )?(?:i be|that be) (?:do|it|me|finish|go|gone|off)(?= (?:[.!,;]+ )|$| and| i | then)',
  ],
  // Waiting for life to be over is a wish to be dead, even with no word of dying.
  [
    'wish-to-be-dead',
    1,
    '(?:wait|waiting) (?:for|till|until|on) (?:it|this|everything|life|it all|the end|my time|death|the day) ~(?:to )?(?:be over|to end|end|to stop|come|finish)|wait to die|(?:wait|waiting) for (?:the end|death|my time)(?= \\.| ,| and| i )',
  ],
  // Coming round to paramedics or naloxone: an overdose has just happened.
  [
    'relapse-overdose',
    1,
    '(?:wake|come round|come to) ~~(?:paramedic|ambulance|resus|naloxone|narcan|ambo)|(?:paramedic|ambulance|ambo) ~~(?:bring me round|bring me back|narcan|naloxone|find me)',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:wake|come round|come to) ~(?:in )?(?:a&e|a and e|hospital|intensive care|icu)',
  ],
  // "Scared of what I'll do to him": fear of one's own violence is harm to others.
  [
    'harm-to-others',
    1,
    '(?:scare|afraid|worried|worry|frighten|terrify) ~~what i (?:will|might|could|would|be go to|may) do to (?:him|her|them|my|the|someone|somebody|a )',
  ],
  ['preparation', 0.5, 'will not be (?:come|coming) back|cancel (?:everything|it all|all of it)'],
  [
    'plan',
    0.5,
    'on (?:the )?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|day after|night after|morning after) ~~(?:i will|i be go to|i go to) (?:go|do|walk|drive|take)',
  ],
  [
    'method',
    0.5,
    '(?:stand|sit|stood|sat) ~(?:at|on|over) (?:the |da |a )?(?:top|edge|railing|rail|parapet|ledge) (?:of|o) ~(?:bank|cliff|stair|building|car park|bridge|tower|quarry|tip|rock|flats|block|viaduct|pier|multi storey)',
  ],
  // A high place and what is done there in the same sentence, however the teller got to it: "I walked
  // past the bridge three times tonight working up the nerve", "I go over the bridge and stand there"
  [
    'method',
    0.5,
    '(?:bridge|viaduct|cliff|multi storey|car park roof|roof|railway|rail line|train track|level crossing|pier) ~~~(?:jump|stand|stood|edge|railing|nerve|look down|look at the water|drop|over the side|the water|how high|throw|fall|go over|off it|train come|barrier|hope|wish)|(?:jump|nerve|railing|parapet|edge|throw myself) ~~~(?:bridge|viaduct|cliff|multi storey|roof|pier|railway)',
  ],
  // On the railing, the parapet or the ledge of a height: where nobody stands to look at the view
  [
    'method',
    1,
    '(?:stand|sit|stood|sat|climb|perch|balance) ~(?:at|on|over) (?:the |da |a )?(?:railing|rail|parapet|ledge|wrong side) (?:of|o) ~(?:bridge|viaduct|multi storey|car park|building|tower|flats|block|cliff|roof)|(?:stand|sit|stood|sat|climb|perch|balance) ~(?:at|on) (?:the |a )?(?:edge|top) (?:of|o) ~(?:bridge|viaduct|multi storey|car park|roof|flats|block)',
  ],
  // Self-harm named by what it is done with, and hidden where nobody looks.
  [
    'self-harm',
    1,
    '(?:do|did) it again ~~(?:with|using|on my) ~(?:straightener|lighter|iron|cigarette|blade|razor|sharpener|compass|glass|scissor|lighter|kettle|arm|leg|thigh|wrist|stomach)',
  ],
  [
    'self-harm',
    1,
    '(?:straightener|lighter|cigarette|iron|sharpener|compass|razor|blade) ~~~(?:arm|leg|thigh|wrist|skin|stomach|hip|chest)',
  ],
  ['self-harm', 0.5, '(?:so|where) (?:no one|nobody|noone) (?:can |will |would )?see'],
  // Threats from someone else in everyday words; hands at the neck are the strongest warning of all.
  [
    'danger-from-others',
    1,
    PERP + ' (?:be )?(?:go to|will|gonna|would) (?:kill|hurt|batter|stab|end|burn|finish) (?:me|us)',
  ],
  ['danger-from-others', 1, PERP + ' (?:be )?go to do (?:me|us)(?! a | any| good| proud| fine)'],
  ['danger-from-others', 1, '(?:hand|hands|arm|finger) (?:on|round|around) my (?:neck|throat)'],
  ['danger-from-others', 0.5, '(?:ring|call|phone|dial) (?:999|the police|police)'],
  ['danger-from-others', 0.5, '(?:send|get) (?:them|someone|somebody|the police) round'],
  // Using again with another depressant, or the body already failing: an overdose may be under way.
  [
    'relapse-overdose',
    1,
    '(?:can not|cannot) (?:keep my eye open|stay awake|wake (?:him|her|them))|(?:lip|lips) ~(?:blue|purple|grey)|(?:not|stop) breathe|breathe (?:funny|strange|weird|slow)|(?:keep|kept) (?:pass|passing|nodding|drift) (?:out|off)',
  ],
  // numb where the body is failing, not hands cold from the wind; legs spent at the gym are not a sign
  [
    'relapse-overdose',
    1,
    '(?:can not|cannot) feel my (?:leg|body|face|lip|arm|chest|heart|tongue|jaw)',
    'gym|lifting|leg day|squat',
  ],
  [
    'relapse-overdose',
    1,
    '(?:g|ghb|gbl|benzo|xanax|valium|diazepam|pregabalin|gabapentin|heroin|methadone|fentanyl|ket|ketamine|pill|tablet|oxy|oxycodone|morphine) ~on top of (?:the |my |a )?~(?:vodka|drink|beer|booze|wine|cider|whisky|methadone|benzo|valium|pill|script|gear)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:dose|redose|re dose|double dose|take another|do another|top up) ~(?:twice|again|another|too much|too soon|in an hour|lose track|lost track)',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:first|my first) (?:drink|bottle|pint|drop|bet|hit|line|dig|pill|can|vodka|whisky) (?:in|for) ~(?:year|month|week)',
  ],
  // Control by people who use someone: their card, their door, their flat and their debt.
  [
    'exploitation',
    1,
    '(?<!\\b(?:i|we) )(?:has|have|have get|has get|take|took|keep|hold) (?:get )?my (?:bank card|card|money|pin|passport|phone|key|benefit|wage)|(?:i|we) have my (?:bank card|card|money|pin|passport|phone|key|benefit|wage) (?:take|keep|hold|lock)',
    HELD_BY_CHOICE,
  ],
  [
    'exploitation',
    1,
    '(?:not|never) (?:be )?allow to (?:lock|leave|go|see|have|use|talk|tell|eat|sleep|phone|ring)',
    // time with children set by a court or social workers ("not allowed to see my boys on my own",
    // "supervised contact"), never someone kept from their family or from going out alone
    '(?:see|have|take) (?:my|the|our|me) (?:kid|child|children|son|daughter|boy|girl|bairn|wean|baby|lad|lass)s? (?:on my own|alone|unsupervised|without (?:supervision|a worker|a social worker))|supervised contact|contact (?:centre|visit|order|arrangement)',
  ],
  // "run the line", not "do a line" (of cocaine)
  [
    'exploitation',
    1,
    '(?:hold|run|work) (?:a|the) (?:line|county line)|do (?:the|a) county line|do (?:a|the) line(?= (?:to|up|down|for|out|between|from|round) )',
  ],
  ['exploitation', 1, 'go country|trap (?:house|flat)|cuckoo\\S*'],
  [
    'exploitation',
    1,
    '(?:owe|owes|debt) ~~(?:for the (?:bag|gear|package|drug|stuff|parcel)|pay it off|work it off)|(?:work|give|gave) ~(?:phone|burner) (?:they|he|she) (?:give|gave)',
  ],
  [
    'danger-from-others',
    1,
    '(?:will|go to|gonna|would) (?:put|throw|push|drop|chuck) me (?:off|out of|out|down|over|in)|(?:show|pull|wave|hold) ~(?:me )?(?:a|the|his|her) (?:knife|blade|machete|gun)',
  ],
  [
    'danger-from-others',
    1,
    'know where (?:my|your|his|her|our) ~(?:mum|mam|family|sis|sister|brother|nan|kid|wife|girlfriend|boyfriend|dad|daughter|son) ~(?:live|stay|go to|be|work)',
  ],
  // A method thought through as an accident, or watched for: the trains let go past, the wheel.
  [
    'method',
    1,
    '(?:end|edge) of the platform|(?:let|watch) ~(?:train|lorry|bus) go (?:past|by)|(?:fast|express) (?:one|train) ~come through',
  ],
  ['method', 1, '(?:flick|turn|jerk|yank) of the wheel|look like i (?:nod off|fall asleep|slip|crash)'],
  [
    'warning-signs',
    0.5,
    '(?:death in service|life insurance|insurance (?:would|will) pay|payout) ~~(?:see|pay|look after|cover|sort|right|mortgage|better off)',
  ],
  // What is said of someone else at risk now: their things given away, their goodbye, their calm.
  [
    'voices',
    1,
    '(?:he|she|they) (?:give|gave|give away) (?:his|her|their) ~(?:boot|console|playstation|xbox|thing|stuff|phone|trainer|bike|game|guitar|clothes|collection|toy)',
  ],
  [
    'wish-to-be-dead',
    1,
    '(?:not|no|never) (?:need|have) to worry about me (?:much longer|anymore|any more|again|soon|for long)',
  ],
  [
    'intent',
    0.5,
    'calm ~~after ~~(?:week|month|day|cry|crying|tear|sob)|(?:sudden|suddenly) (?:calm|peaceful|happy|at peace)',
  ],
  ['voices', 0.5, '(?:voice|voices) (?:be )?(?:back|louder|return|start again|get loud)'],
  [
    'voices',
    0.5,
    '(?:it|the voice|voice|voices|its) (?:be |keep )?(?:say|tell|order) (?:me )?(?:i have to|i should|i must|i need to|i be not|i do not deserve|to go|to do it|to walk|to jump|to hurt|everyone would)',
  ],
  [
    'warning-signs',
    0.5,
    '(?:stop|stopped|come off|quit) (?:take )?(?:the|my|me) (?:tablet|med|meds|medication|injection|depot|lithium|clozapine)',
  ],
  // Said in Scots, Irish, Caribbean and other Englishes: "ma" for my, a winter not faced again.
  ['intent', 1, '(?:make|made) ma mind up|that be me (?:decide|made up|sort)'],
  [
    'intent',
    1,
    '(?:not|no|never) (?:do|doing|daein|face|facing|go through|get through|see) another (?:winter|christmas|year|birthday|summer|week|month)',
  ],
  ['intent', 1, '(?:be|feel) at peace with (?:it|that|this|my decision|the decision|what i)'],
  ['suicidal-thoughts', 1, 'not know which (?:one )?(?:i be here for|it will be|it be go to be|way)'],
  [
    'wish-to-be-dead',
    1,
    '(?:ready to|want to|wish (?:he|you|god|the lord) would|hope (?:he|him|god|the lord|you)) ~(?:take|call|carry) me(?: home| soon| away)?',
  ],
  ['wish-to-be-dead', 1, '(?:tired|sick|weary) (?:a|o) (?:live|living|life)'],
  // Work taken for a debt that only grows, papers kept: debt bondage.
  [
    'exploitation',
    1,
    '(?:owe|debt) ~~(?:big|grow|more every|never go down|every week|for the (?:bus|ticket|room|flight|journey|travel|passage|visa|van))',
  ],
  [
    'exploitation',
    1,
    '(?:keep|hold|take|took) (?:the|my|our|his|her|their|all the|all our) ~(?:id|id card|passport|document|paper|visa|bank card|wage)',
    HELD_BY_CHOICE,
  ],
  [
    'danger-from-others',
    1,
    'know where (?:my|your|his|her|our|their) ~(?:child|baby|grandchild|parent|kid) ~(?:live|stay|go to|be)',
  ],
  // Means kept, said the other way round, and known for what they would do.
  ['means', 1, '(?:drawer|cupboard|tin|box|bag|wardrobe|cabinet|glovebox|locker) ~~~' + MEANS_NOUN],
  ['means', 1, 'know (?:exactly )?what (?:they|it|that|those|them|these) (?:would|will|could) do'],
  [
    'relapse-overdose',
    0.5,
    '(?:bottle|can|vodka|whisky|gin|cider|wine|pint) ~~(?:on the (?:passenger seat|table|seat)|in front of me|beside me|next to me|unopened)',
  ],
  [
    'relapse-overdose',
    1,
    '(?:pregab|pregabs|gabbies|benzos|etizolam|bars|blues|street valium) ~~(?:on top|with the drink|with drink|and drink|took|take|swallow)|(?:eye|eyes) ~(?:go|be) ~(?:funny|weird|heavy|strange|blurry)|slur\\S*',
  ],
  [
    'voices',
    0.5,
    '(?:they|it) be back ~(?:the )?(?:voice|voices)|(?:say|tell) (?:me )?i be to (?:go|do|walk|jump|hurt|kill|end)',
  ],
  ['warning-signs', 0.5, '(?:scare|scared|frightened|afraid) of myself'],
  // Lethal means kept "there if I want it": the keeping is the point, whatever the medicine.
  [
    'means',
    1,
    '(?:be|sit|it be|they be|still be) there (?:if|when|for when|for if) i (?:want|need|decide)|(?:morphine|oramorph|oxycodone|fentanyl|patch|liquid morphine|insulin|dihydrocodeine|gabapentin|pregabalin|propranolol|lithium) ~~(?:drawer|sideboard|cupboard|cabinet|tin|box|bag|wardrobe|kept|keep|never take back|not take back|never return)',
  ],
  // --- General forms, each a way of saying a concept rather than one story's words -------------
  // Wanting to stop being, said bare: "I want to stop." "Stop me." (not a habit: nothing follows)
  [
    'suicidal-thoughts',
    1,
    '(?:want|need|wish) to stop (?:be|exist|live|breathe|wake up|feel anything|myself|me)(?= \\.| $)|(?:want|need) to stop(?= \\. not stop)',
  ],
  ['suicidal-thoughts', 0.5, '(?:want|need) to stop(?= \\.| $)'],
  // Thinking through how it would be done, however it is put.
  [
    'method',
    1,
    '(?:think|imagine|picture|go over|go through|work out|plan) (?:about |of )?(?:how|the way|the ways) (?:i|to) (?:would |could |will |might |should |be go to )?(?:do it|end it|go|finish it|die|do myself in|make it look)',
  ],
  // A letter to be opened later, and a visit put off until after: set up for being found.
  [
    'preparation',
    1,
    '(?:open|read) (?:this|it|the letter|the envelope|the note)? ?(?:on|after|at) ~not before|(?:do not|never|please do not) (?:open|read) (?:this|it) (?:before|until|till)',
  ],
  [
    'preparation',
    0.5,
    '(?:do not|please do not|never) (?:come|call|ring|go|look) (?:up|round|over|in|upstairs|to the house|to the flat)? ?(?:before|until|till) (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|the morning|morning|the weekend)',
  ],
  [
    'preparation',
    0.5,
    '(?:key|keys) ~~(?:under|behind|in) (?:the )?(?:mat|slate|pot|plant pot|stone|brick|flowerpot|meter box|gate|letterbox|safe)|(?:leave|left) (?:the |my )?(?:key|keys) (?:with|for|under|at) ',
  ],
  // Things paid up to an end, so nobody is left with a debt or a mess.
  [
    'preparation',
    0.5,
    '(?:pay|paid|clear|settle) ~(?:to|until|till|up to) the end of (?:the )?(?:month|year|week|term|tenancy|lease)|(?:nobody|no one|noone) (?:can|will|could|have to|need to) (?:say i|clear|sort|deal|pay)|there be no (?:debt|bill|mess) (?:with|in|on|left)',
  ],
  // Belongings and animals already placed with someone: "my bike I gave to…", "the dogs are with…".
  [
    'preparation',
    0.5,
    '(?:my|me) (?:good |best |old |father |mother |dad |mum )?(?:bike|guitar|tool|ring|watch|console|record|book|clothes|coat|car|van|medal|jalabiya|prayer mat|rosary|bible|quran|camera|laptop|phone) ~(?:i (?:have )?(?:give|leave|pass|hand|send)|be with|go to) ',
  ],
  [
    'preparation',
    0.5,
    '(?:the|my|me|our) (?:two |three |old )?(?:dog|cat|pet|horse|pony|bird|ferret|rabbit)s? (?:be|go|have go) (?:with|to) (?!the vet|the groomer|the kennel)',
  ],
  ['preparation', 0.5, 'they be for you(?= \\.| $)|(?:it|this|that) be (?:for you|yours) now'],
  [
    'preparation',
    0.5,
    '(?:delete|wipe|close|deactivate|shut down) ~(?:facebook|instagram|tiktok|snapchat|twitter|social media|whatsapp|page|channel)',
  ],
  [
    'preparation',
    0.5,
    '(?:leave|set|put|get|have) (?:some |my |me |the |everything |all )?(?:thing|affair|paper|everything|stuff)s? (?:in order|sort out|straight)',
  ],
  [
    'preparation',
    0.5,
    '(?:say|read|do|offer) (?:a |the )?(?:prayer|dua|janazah|kaddish|rosary|mass) for me|forgive me(?= \\.| [a-z]+ \\.| $)',
  ],
  [
    'warning-signs',
    0.5,
    '(?:so |very |really |just |sick and )?tired (?:of|from) (?:the \\S+|this \\S+|it all|all of it|everything|live|life|fight|wait|try|be here|be me)',
  ],
  // A weapon kept ready in a vehicle or a bag, a target watched: harm to someone else being readied.
  [
    'harm-to-others',
    1,
    '(?:knife|blade|machete|bat|baseball bat|bar|iron bar|crowbar|hammer|axe|wrench|spanner|golf club|acid|petrol) ~(?:in|under) (?:the|my|me) (?:van|boot|car|cab|motor|glovebox|truck|lorry|bag|coat|jacket)|(?:have|get|got|keep|put) (?:a|the|my|me) (?:bar|iron bar|crowbar|axe|hammer|machete|bat) (?:in|under|behind)',
  ],
  [
    'harm-to-others',
    0.5,
    'i know (?:where|when) (?:he|she|they|him) (?:drink|work|go|park|train|sleep|walk|be|hang|finish|drop|pick)|(?:sit|wait|park) (?:outside|across from|opposite) ~(?:his|her|their) (?:house|flat|place|work|pub|door)|(?:sit|wait) ~(?:in the car|outside) ~(?:watch)',
  ],
  [
    'harm-to-others',
    1,
    '(?:he|she|they) (?:be|will be|will) not (?:walk|come|get|go) (?:out|away|home) (?:of (?:there|that \\S+)|from (?:this|it|that))|(?:walk|come|get) out ~(?:of there )?alive',
  ],
  [
    'intent',
    0.5,
    '(?:it|this) (?:be|will be) (?:happen|go down|go ahead) (?:tonight|today|tomorrow|this weekend|on monday|on friday|on saturday|on sunday)|i will be (?:there|wait) (?:first|for (?:him|her|them))',
  ],
  // A night or a day already settled in the head; having done enough.
  [
    'plan',
    1,
    '(?:have|get|got) (?:it|everything|the plan|that night|the night|that day|the day|the date|the time|it all) (?:all )?(?:plan|sort|work out|arrange|figure out)(?: out)? (?:in my head|now|already)',
  ],
  ['intent', 0.5, 'i (?:have )?(?:do|have) (?:my )?enough(?= \\.| $)|(?:not|no) my job any ?more'],
  // Voices that tell someone what they must do; someone else in danger right now.
  [
    'voices',
    1,
    '(?:voice|voices) ~~(?:tell|say|order|instruct) (?:me|her|him|them) ~(?:what|that) (?:i|she|he|they) (?:have to|must|need to|should|ought to) (?:do|make)',
  ],
  [
    'voices',
    0.5,
    '(?:frighten|scare|afraid|terrify|worry|fear) (?:for|about) (?:both of them|the baby|her life|his life|their life|their lives|her safety|his safety|their safety|the kid|the child|the bairn|the wean)|crisis team ~~(?:call back|ring back|not answer|not come|on hold)|(?:do not|not) know who (?:else )?to (?:ring|call|phone|go to)',
  ],
  // Watching how a means works, and choosing where, with others kept out of the way.
  [
    'method',
    0.5,
    '(?:train|freight|express|lorry|motorway|tide|drop|traffic) ~~(?:how long|how fast|time it|count|timetable|second)|(?:stand|stood|wait|go) ~~(?:barrier|crossing|track|platform|viaduct|flyover|multi storey|rooftop|cliff edge)',
  ],
  [
    'preparation',
    0.5,
    'so (?:it|i|the van|the car) (?:be|would be|will be) not in (?:the|anyone|anybody|someone) way|so (?:nobody|no one|noone) (?:else )?(?:get hurt|see|find|have to see)',
  ],
  // Coming round after using, not knowing how long, with more left: an overdose that has just happened.
  [
    'relapse-overdose',
    1,
    'not (?:even )?know how long i (?:be|have be) (?:go|gone|out|unconscious|under|away)|(?:wake|woke|come round|came round) (?:up )?on the (?:kitchen |bathroom |bedroom |living room )?floor',
  ],
  [
    'relapse-overdose',
    0.5,
    '(?:lip|lips) ~(?:blue|funny|purple|numb)|still (?:have|get|got) (?:a bit|some|half|the rest)(?: of it)? ~(?:left|foil|bag|on the side|in the drawer)',
  ],
  [
    'warning-signs',
    0.5,
    'not know what i (?:be do|be go to do|will do|might do|would do) (?:tonight|today|now|anymore)',
  ],
];

export const CONCEPTS: readonly Concept[] = RAW.map(([category, weight, source, unless]) => ({
  category,
  weight,
  re: compile(source),
  ...(unless === undefined ? {} : { unless: compile(unless) }),
}));

/** The pattern sources as written, for the index (concept-index.ts). */
export const CONCEPT_SOURCES: readonly string[] = RAW.map(([, , source]) => source);
