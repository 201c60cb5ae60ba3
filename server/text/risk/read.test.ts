import { describe, expect, it } from 'vitest';
import { lemmatise } from '../lemmas.js';
import { readCorpus } from '../quality/corpus.js';
import { UNINDEXED_CONCEPTS } from './concept-index.js';
import { CONCEPT_SOURCES, CONCEPTS } from './concepts.js';
import { readStory } from './read.js';

const categories = (text: string) => readStory(text).hits.map((h) => `${h.category}/${h.when}`);

describe('reading a story for risk', () => {
  it('reads words by their lemmas, informal spellings included', () => {
    expect(lemmatise("i've been saving my tablets, im tired, dont ask").lemmas.join(' ')).toBe(
      'i have be save my tablet i be tired do not ask',
    );
    // every form of "be" reads alike, so one pattern covers "it is", "I am" and "it was"
    expect(lemmatise('it is easier if i am not here, it was').lemmas.join(' ')).toBe(
      'it be easier if i be not here it be',
    );
  });

  it('writes no concept with a hyphenated word, which the lemma line never holds', () => {
    // "multi-storey" reads "multi storey": a pattern asking for the hyphen could never match
    const outsideClasses = (source: string) => source.replace(/\[[^\]]*\]/g, '');
    expect(CONCEPT_SOURCES.filter((s) => /[a-z]-[a-z]/.test(outsideClasses(s)))).toEqual([]);
  });

  it('indexes every concept under words it cannot match without', () => {
    expect(CONCEPTS.length).toBe(CONCEPT_SOURCES.length);
    expect(UNINDEXED_CONCEPTS).toEqual([]);
  });

  it.each([
    ["I've been stashing my quetiapine in a tin, just in case.", 'means/now'],
    ["Everyone would be better off without me, that's the truth of it.", 'warning-signs/now'],
    ['He had his hands round my neck last night and I am scared to go home.', 'danger-from-others/now'],
    ['The voices keep telling me to go into the sea.', 'voices/now'],
    ["I've given my guitar to our kid and found a new home for the dog.", 'preparation/now'],
    ["Got out on Monday, tolerance is nothing now and I've got a bag for tonight.", 'relapse-overdose/now'],
    ['Lately I keep thinking about not existing, it is easier if I am not here.', 'wish-to-be-dead/now'],
    ["Done G on top of the vodka and I can't keep my eyes open.", 'relapse-overdose/now'],
    ['They have got my bank card and I am not allowed to lock the door.', 'exploitation/now'],
    ['It keeps saying I have to go into the river tonight.', 'voices/now'],
    ["On the 3rd I'll go off the end of the pier, where we used to walk.", 'method/now'],
    ['In my kitchen drawer there are four insulin pens. I know exactly what they would do.', 'means/now'],
    ["I've made ma mind up. I'm no daein another winter.", 'intent/now'],
    ["Honestly I don't really want anybody to talk me down from it this time.", 'intent/now'],
  ])('finds the concept in "%s"', (text, expected) => {
    expect(categories(text)).toContain(expected);
  });

  it('hears a historic present after a scene set in the past, and not after a past fact', () => {
    expect(categories("Christmas Eve 2014. I'm in the bath with a blade and I'm done.")).not.toContainEqual(
      expect.stringMatching(/\/now$/),
    );
    expect(categories("My wife died in 2021 and I'm on my own. I've made my mind up.")).toContain(
      'intent/now',
    );
  });

  it('reads a past tense with no time said as unclear, not as history', () => {
    expect(categories('He took my phone and my bank card again.')).toContain('danger-from-others/unclear');
  });

  it('places a crisis told in the past tense before "years clean now" in the past, and only then', () => {
    const before =
      "I was hurting myself most nights. I haven't self-harmed in years, and the scars are just scars.";
    expect(categories(before)).toContain('self-harm/past');
    expect(
      categories(
        'At my worst I stopped caring if I woke up. Four years sober now, and I run the Tuesday group.',
      ),
    ).not.toContainEqual(expect.stringMatching(/\/(?:now|unclear)$/));
    // the words of recovery turn in the same sentence: they say nothing of before
    expect(
      categories(
        "I swallowed the lot and went to bed. I've been dry for two years but I can't do this any more.",
      ),
    ).toContain('method/unclear');
    // a crisis told after the words of recovery is the story turning, not its past
    expect(
      categories('Nine years clean. Then on Friday I bought a bag and used the lot on my own.'),
    ).not.toContainEqual(expect.stringMatching(/\/past$/));
    // no time said and nothing after it: still unclear, for a lead to read
    expect(categories('He took my phone and my bank card again.')).toContain('danger-from-others/unclear');
  });

  it('reads "in the worst of it, I wished" as the past, "I am at my lowest" or "in the thick of it" as now', () => {
    expect(categories("In the worst of it I wished every night I wouldn't wake up.")).toContainEqual(
      expect.stringMatching(/^wish-to-be-dead\/past$/),
    );
    expect(categories("I'm in the thick of it and I wish I wouldn't wake up.")).toContainEqual(
      expect.stringMatching(/^wish-to-be-dead\/(?:now|unclear)$/),
    );
    expect(categories("I'm at my lowest and I wish I wouldn't wake up.")).toContainEqual(
      expect.stringMatching(/^wish-to-be-dead\/(?:now|unclear)$/),
    );
  });

  it('reads what a story about caring for others at work says of other people as the work', () => {
    const shift =
      'I am a community pharmacist. My clients come in every morning for their scripts. ' +
      'On my shift I see who is struggling. They go back to using the same amount after prison and their tolerance has gone.';
    expect(
      readStory(shift)
        .hits.filter((h) => h.third)
        .map((h) => h.context),
    ).toEqual(expect.arrayContaining(['work']));
    expect(readStory(shift).hits.filter((h) => h.third && h.context === 'life')).toEqual([]);
    // the teller's own words stay the teller's, even in a story about the job
    const own = shift + ' Some nights after work I count out my own tablets and think about taking the lot.';
    expect(readStory(own).hits.some((h) => !h.third && h.context === 'life')).toBe(true);
    // one mention of a job is not a story about it: a daughter at risk is still someone at risk now
    expect(
      readStory(
        'My daughter has stopped eating and she is saving her tablets in a sock. I took the day off work.',
      )
        .hits.filter((h) => h.third)
        .map((h) => h.context),
    ).not.toContain('work');
  });

  it('hears not wanting to be found or saved, not wanting to be found out', () => {
    expect(categories("I don't want to be found out by the lads at work, so I drink at home.")).toEqual([]);
  });

  it('hears who holds the card or the papers: someone else, not the teller', () => {
    expect(categories("I've got my CSCS card now, I'm a proper scaffolder.")).toEqual([]);
    expect(categories('I have my papers now and a real job.')).not.toContainEqual(
      expect.stringMatching(/^exploitation/),
    );
    expect(categories('The man at the car wash has my papers and I owe him.')).toContainEqual(
      expect.stringMatching(/^exploitation/),
    );
    expect(categories('She has got my card and she gives me ten pound a week.')).toContainEqual(
      expect.stringMatching(/^exploitation/),
    );
    // a line of cocaine is not a county line
    expect(categories('Everyone did a line in the pub toilets on a Saturday.')).not.toContainEqual(
      expect.stringMatching(/^exploitation/),
    );
    expect(categories("I'm running the line for them out of my nan's flat.")).toContainEqual(
      expect.stringMatching(/^exploitation/),
    );
  });

  it('places a scene opened long ago and told in the present before "years clean now" in the past', () => {
    const scene =
      "So this is nine years ago now, I'm thirty. I'm on the motorway at two in the morning. " +
      "And I'm thinking, if I go into that bridge nobody will know. Blue lights. I lose my licence. " +
      "Now I've been clean eight years and I run my own business.";
    expect(categories(scene)).not.toContainEqual(expect.stringMatching(/method\/(?:now|unclear)$/));
    // the story came back to now before the crisis: it is now
    expect(
      categories(
        'Nine years ago I lost everything. These days are hard again. I go and stand by the bridge. ' +
          "I've been clean eight years.",
      ),
    ).toContain('method/now');
    // and a scene with no time free of it after stays for a lead to read
    expect(categories("Nine years ago now. I'm on the bridge and I'm going to jump.")).not.toContainEqual(
      expect.stringMatching(/method\/past$/),
    );
  });

  it('reads a run-on voice note by the words around each cue, and a script from the chemist as a prescription', () => {
    const note =
      'hiya its me sorry to leave you a message on the work phone i wont make my review tomorrow the bus is off ' +
      'again so can you tell the doctor sorry im still picking up my script at the chemist every day so dont stop it ' +
      'please im not using on top honest ive been good nearly four month now its just been a weird one since the ' +
      'letter from the council and i keep having these thoughts like whats even the point of me being here just ' +
      'checking out you know just not being around no more i just think about it a lot at night now more than i ' +
      'used to anyway ring me back';
    const hits = readStory(note).hits;
    expect(hits.map((h) => `${h.category}/${h.when}/${h.context}`)).toContain('suicidal-thoughts/now/life');
  });

  it('keeps a scene told now as now when a date after it is of something else', () => {
    // "That was twenty years ago" after a past fact dates the fact, not the bridge tonight
    const now =
      "It's 3 in the morning. I'm sat on the wall of the bridge. The water's black. I've had enough of it. " +
      'My dad hit me when I was a kid. I used to hide in the shed. That was twenty years ago. Mum never knew. ' +
      "I miss her. I'm cold.";
    expect(categories(now)).toContain('method/now');
    const sober =
      "So it's Christmas Eve. I'm in the car with the engine running and the hose in the window. The kids " +
      "are at their dad's. My first Christmas sober was in 2010. That was years ago. Anyway. I'm tired.";
    expect(categories(sober)).toContain('method/now');
  });

  it('reads a crisis told before "I\'d been clean for five years" as now, unless it is dated or followed by years free now', () => {
    expect(categories("I relapsed and used heroin. I wanted to die. I'd been clean for five years.")).toEqual(
      ['relapse-overdose/now', 'wish-to-be-dead/now'],
    );
    expect(
      categories(
        "In 2009 I relapsed and used heroin. I wanted to die. I'd been clean for five years. Now I'm twelve years clean.",
      ),
    ).not.toContainEqual(expect.stringMatching(/\/now$/));
  });

  it('never reads a crisis now as a scene from the past because of a present perfect or a past fact', () => {
    for (const story of [
      "It's 3 in the morning and I've been drinking for years. I stand at the edge of the bridge. I want to jump.",
      "I'm 34 and I've been drinking for years. I'm on the roof of the car park. I want to jump. Please help.",
      "My mum passed away two years ago. I'm struggling and I want to end my life. I haven't had a drink in years.",
    ])
      expect(categories(story)).toContainEqual(expect.stringMatching(/\/now$/));
    // the teller's own words, though someone else is the nearest subject
    expect(readStory('Since she left, ending it is on my mind.').hits.every((h) => !h.third)).toBe(true);
    // a crisis before "I'd been sober…" in a story told from recovery stays unclear, not now
    expect(
      categories(
        "I tried to end my life after my divorce. I'd been sober for a long time before that. Today I'm doing really well and I'm proud of myself.",
      ),
    ).not.toContainEqual(expect.stringMatching(/\/now$/));
  });

  it('reads a place described with "where we used to" by the rest of its sentence', () => {
    expect(
      categories('I know where I will go, the car park where we used to walk with our son, and I know how.'),
    ).toContain('plan/now');
    expect(categories('When I used to drink I wanted to die.')).not.toContainEqual(
      expect.stringMatching(/\/now$/),
    );
  });

  it('hears a cue whose own clause is about someone else, even when the teller is in the sentence', () => {
    const hits = readStory(
      "On Monday a man told me he'd been stockpiling his tablets because he didn't see the point.",
    ).hits;
    expect(hits.some((h) => h.category === 'means' && h.third)).toBe(true);
    // the teller's own words stay the teller's, whoever else is in the sentence
    const own = readStory("They keep telling me I'm fine but I've been stockpiling my tablets.").hits;
    expect(own.some((h) => h.category === 'means' && !h.third)).toBe(true);
    const burden = readStory("They'd all be better off without me.").hits;
    expect(burden.every((h) => !h.third)).toBe(true);
  });

  it('hears the plain words of a crisis now: tablets set out, "I want it over", "I can\'t go on without him"', () => {
    expect(
      categories(
        "I'm 52 and I've been on my own for years. I sit in the kitchen with the tablets lined up. I count them again. I want it over. Someone help me.",
      ),
    ).toEqual(expect.arrayContaining(['means/now', 'intent/now']));
    expect(
      categories(
        "My brother died two years ago. I can't go on without him. I've got the pills here and I'm going to take them.",
      ),
    ).toEqual(expect.arrayContaining(['warning-signs/now', 'intent/now']));
    // taking medicine as prescribed, an exam to get over with, and grief come through are not
    expect(categories("I've got my pills here and I'm going to take them with my tea.")).toEqual([]);
    expect(categories('I just want it over with, the exam is on Friday.')).toEqual([]);
    expect(categories("I thought I couldn't go on without her, but I did.")).toEqual([]);
  });

  it('places a scene told at an age the teller has since passed in the past, and only then', () => {
    const scene =
      "I'm nineteen, it's two in the morning and I'm sat on the railings of the bridge with a bottle of vodka. " +
      "I'm looking down at the water. My nain rings and I climb back over. I'm twenty-six now and I coach the under-tens.";
    expect(categories(scene).filter((c) => c.endsWith('/now'))).toEqual([]);
    // the same age now, or a younger one, leaves the scene where it is: now
    expect(
      categories(
        "I'm nineteen and I'm sat on the railings of the bridge. I'm nineteen now and nobody knows.",
      ),
    ).toContain('method/now');
    // days, months and money are not ages
    expect(
      categories("I'm 19 and I'm looking down at the water from the bridge. Now 20 days without a drink."),
    ).toContain('method/now');
  });

  it('hears everyday words that only look like risk as what they are', () => {
    expect(categories("It helps to see how far I've come.")).toEqual([]);
    expect(categories("But I've got a plan with my CPN for the early signs.")).toEqual([]);
    expect(categories('i have a new number now please save 07700 900356')).toEqual([]);
    expect(categories('She said cut the gin because it makes the flushes worse.')).toEqual([]);
    expect(categories("If I go quiet just message me and I'll know what you mean.")).toEqual([]);
    expect(categories('Thank you for letting me stay when Dad kicked me out.')).toEqual([]);
    expect(categories('My GP kept giving me antidepressants.')).toEqual([]);
    expect(categories('The doctor put me on tablets and a light box.')).toEqual([]);
    expect(categories("If you don't eat three plates Teta thinks you hate her.")).toEqual([]);
    expect(categories('I line up my tablets in the dosette box every Sunday.')).toEqual([]);
    expect(categories('They have paid for their funerals in advance.')).toEqual([]);
    expect(categories("Our Jackie says that's a threat, not a promise.")).toEqual([]);
    expect(categories('My mate Dean killed himself laughing at that one.')).toEqual([]);
    expect(categories('They beat us 4-2 the first time.')).toEqual([]);
    expect(categories('Trev runs the gym under the railway arches.')).toEqual([]);
    expect(categories('I have not used cocaine or alcohol since 3 January 2023.')).toEqual([]);
    expect(categories("He'd rather die than eat a vegetable.")).toEqual([]);
    expect(categories("I drive over that bridge now on my way to my sister's.")).toEqual([]);
    expect(categories('I volunteer with a group for people bereaved by suicide.')).toEqual([]);
    expect(categories('Vets have one of the highest suicide rates of any profession.')).toEqual([]);
    // funeral words do not cancel "when I go": "no hymns please, it won't be long now" is said at risk too
    expect(categories('When I go, sod the hymns, I want a bar tab for you lot.')).toEqual([
      'warning-signs/now',
    ]);
    expect(categories('When I went to the police they laughed.')).toEqual([]);
    expect(categories('Now I train people in naloxone and I carry a kit.')).toEqual([]);
    // a post kept, animals minded, sympathy
    expect(categories('I know how it feels.')).toEqual([]);
    expect(categories("I'm dying for a wee and I can't leave the nurses' station.")).toEqual([]);
    expect(categories("You can't leave forty pigeons to starve.")).toEqual([]);
    // someone else's eyes, a sentence begun inside, going somewhere, hiding something, money minded by choice
    expect(categories("Me in bed with the phone under the duvet so Gary wouldn't see the light.")).toEqual(
      [],
    );
    expect(categories('I was eighteen when I went in.')).toEqual([]);
    // and the same words when they are risk
    expect(categories('I know how far it is to the ground from the car park roof.')).toContain('means/now');
    expect(categories("I've got a plan and I'm not telling anyone.")).toContain('plan/now');
    expect(categories("I've got a new number so he can't find me.")).toContain('danger-from-others/now');
    expect(categories('The voices keep telling me to cut myself.')).toContain('voices/now');
    expect(categories('He kicked me in the ribs last night.')).toContain('danger-from-others/now');
    expect(categories("I've been keeping back my tablets in a tin.")).toContain('means/now');
    expect(categories('I have been saving tablets from my dosette box in a tin.')).toContain('means/now');
    expect(categories('He takes my pay every Friday.')).toContain('danger-from-others/now');
    expect(categories('They had to give me naloxone last night.')).toContain('relapse-overdose/now');
    expect(categories("I haven't used in 3 months and I scored tonight.")).toContain('relapse-overdose/now');
    expect(categories('She goes through my phone every night.')).toContain('danger-from-others/now');
    expect(categories('I stood on the bridge last night.')).toContain('method/now');
    expect(categories("I'm sat on the railings of the bridge.")).toContain('method/now');
    expect(categories('I sat at the top of the multi-storey last night.')).toContain('method/now');
    expect(categories("I can't leave him.")).toContain('exploitation/now');
    expect(categories("We can't leave the lorry. It's so hot.")).toContainEqual(
      expect.stringMatching(/^exploitation\//),
    );
    expect(categories("I just don't see a way out.")).toContain('warning-signs/now');
    expect(categories("I'm not going to be around much longer.")).toContainEqual(
      expect.stringMatching(/^intent\/now/),
    );
    expect(categories("I'm going to jump.")).toContain('method/now');
    expect(categories('The voice keeps telling me to jump in front of the train.')).toContain('voices/now');
    expect(categories("They said they'll break my legs.")).toContain('danger-from-others/now');
    expect(categories('I have been cutting every day.')).toContain('self-harm/now');
    expect(categories('Loaded my shotgun and put it by the bed.')).toContainEqual(
      expect.stringMatching(/^means\//),
    );
    expect(categories('i have his belt and ive tied it to the bannister')).toContainEqual(
      expect.stringMatching(/^method\//),
    );
    expect(categories('i am going to drive the car into the reservoir')).toContainEqual(
      expect.stringMatching(/^method\//),
    );
    expect(categories('The man who got me the job has my passport.').length).toBeGreaterThan(0);
    expect(
      readStory('If I say no they say they will hurt my little brother.').hits.some((h) => h.negated),
    ).toBe(false);
    expect(categories("I've made my decision.")).toContain('intent/now');
    expect(categories('They made me drive to Hull with the bags.')).toContainEqual(
      expect.stringMatching(/^exploitation\//),
    );
    expect(categories("I can't see the light at the end of it.")).toContain('warning-signs/now');
    expect(categories("I don't see any way out.")).toContain('warning-signs/now');
    expect(categories('The kids will be fine when I am gone.')).toContain('preparation/now');
    expect(categories('Nobody would even notice if I was gone.')).toContain('warning-signs/unclear');
    expect(categories('He holds my card and gives me a tenner a week.')).toContain('danger-from-others/now');
    expect(categories("I'd rather die than live like this.")).toContainEqual(
      expect.stringMatching(/^wish-to-be-dead\//),
    );
  });

  it('hears a game watched, a log kept, step work, a crisis card and how a story ends as everyday words', () => {
    expect(
      categories('Stand on the touchline with the other dads and actually watch the game, not my phone.'),
    ).toEqual([]);
    expect(categories('My sponsor makes me keep a gratitude list.')).toEqual([]);
    expect(categories('The GP made me keep a diary of my drinking.')).toEqual([]);
    expect(
      categories("I say it because it's true and you said in your step work that you wanted the truth."),
    ).toEqual([]);
    expect(categories("Things I've learned: the crisis card goes on the fridge, not in a drawer.")).toEqual(
      [],
    );
    expect(categories('I know how it ends.')).toEqual([]);
    // the same words still carry the risk when they say it
    expect(categories('He watches my house every night.')).toEqual(['danger-from-others/now']);
    // what a person at risk says with the same words is still heard
    for (const risk of [
      'They made me keep this stuff under my bed.',
      'They make me keep a log of who owes what.',
      'The voices tell me to step back into the road.',
      'they say step 2 feet off the bridge and it ends',
      'I know how it happens, I have stockpiled enough.',
      'I know where it ends. The quarry.',
      'My ex watches a video of me and the kids from his car outside the school.',
      "I've done the Christmas cards for the next ten years, they're in the drawer with the will.",
      'He sits in his car and watches the house every night.',
      'I have the pills ready for tonight.',
      'I was thinking of jumping off the bridge today.',
    ])
      expect(readStory(risk).hits.length, risk).toBeGreaterThan(0);
    expect(categories('They made me keep it at mine.')).toContainEqual(
      expect.stringMatching(/^exploitation\//),
    );
    expect(categories('The voices tell me to step in front of the bus.')).toContainEqual(
      expect.stringMatching(/^voices\//),
    );
    expect(categories("I've left a card for each of them in the drawer.")).toContainEqual(
      expect.stringMatching(/^preparation\//),
    );
    expect(categories("I know how I'd do it.")).toContainEqual(expect.stringMatching(/^plan\//));
  });

  it('hears wanting to die in the other languages people mix into their English, accents or none', () => {
    const wishes = [
      'honestly mi waan dead, mi cyaan tek dis no more',
      'abeg make I just die, I no wan live again',
      'Ammi ko mat batana, main marna chahta hoon, sach mein',
      'dwi isio marw, dwi wedi cael digon',
      'chce umrzeć, nie mogę już',
      'chce umrzec, nie moge juz',
      'vreau să mor, nu mai pot',
      'eu quero morrer, ninguém liga',
      'bidi mout wallah, ana ta3ban',
      'ndoda kufa, hapana',
      'I keep thinking about khudkushi',
    ];
    for (const wish of wishes) expect(readStory(wish).hits.length, wish).toBeGreaterThan(0);
    expect(categories('I was dying laughing, mi waan dead laugh at him')).toEqual([]);
    // said against dying, laughing, a parent's joke, a hunger, a hair dye: everyday words
    for (const everyday of [
      'Nie chcę umrzeć, chcę żyć dla moich dzieci.',
      'Dw i ddim isio marw, dw i isio byw.',
      'Quero morrer de rir when my nephew does his dances.',
      'Minha mãe vai me matar if I am late again.',
      'Ek din sab ko mar jana hai, my dad says.',
      'gym mein aaj pushups marna hai',
      'I volunteer at a helpline that takes calls about atmahatya.',
      'Bidi mout mn el jou3, where is the tea.',
      'This jollof go make me die, e sweet well well.',
      'Let me just die my hair before the meeting.',
      'Thinking about jumping in front of the queue at the chippy.',
      "I'm thinking of jumping today, the horse is ready for the cross-country.",
      'He waits in the car outside the house while I am at group.',
      'My mum has her pills ready for the morning.',
    ])
      expect(categories(everyday), everyday).toEqual([]);
    // a word with an accent reads as the same word without one
    expect(lemmatise('bridge café').lemmas).toEqual(['bridge', 'cafe']);
  });

  it('reads "at his worst he\'d ring me" as the past, and a worker training others to ask as work', () => {
    const worst = readStory(
      "At his worst he'd ring me at three in the morning, saying he wanted to go to sleep and not wake up.",
    );
    expect(worst.hits.length).toBeGreaterThan(0);
    expect(worst.hits.every((h) => h.when === 'past')).toBe(true);
    const trainer = readStory(
      "I'm a family support worker. I train our volunteers to ask directly if a family member mentions the person saying they want to die.",
    );
    expect(trainer.hits.length).toBeGreaterThan(0);
    expect(trainer.hits.every((h) => h.context === 'work')).toBe(true);
    // the teller's own worst may be now: "at my worst I'd take the lot, and I'm at my worst now"
    for (const now of [
      "I'm at my worst and I want to die.",
      "At my worst I'd take the lot, and I'm at my worst now.",
      'im at my lowest i could just end it tonight',
    ])
      expect(
        readStory(now).hits.some((h) => h.when !== 'past'),
        now,
      ).toBe(true);
    // a worker's own crisis is the worker's life, not their work
    for (const own of [
      "I'm a newly qualified social worker and I've been thinking of ending it.",
      'im a recovery worker for the council i help people every day but i want to die i have the tablets',
      'i want to ask if people think my kids would be better off without me cos i do',
    ])
      expect(
        readStory(own).hits.some((h) => h.context === 'life'),
        own,
      ).toBe(true);
  });

  it('never reads "I can\'t stop thinking about it" or "not a day goes by" as a denial', () => {
    const negated = (text: string) => readStory(text).hits.map((h) => h.negated);
    expect(negated("I can't stop thinking about killing myself.")).toEqual([false]);
    expect(negated("I can't stop cutting myself.")).toEqual([false]);
    expect(negated("Not a day goes by that I don't think about ending it.")).toEqual([false]);
    expect(negated("There isn't a night I don't wish I wouldn't wake up.")).toEqual([false]);
    expect(negated("I don't want to kill myself.")).toEqual([true]);
  });

  it('keeps the risk when an everyday reading sits elsewhere in the sentence', () => {
    const live = (text: string) => categories(text).filter((c) => !c.endsWith('/past'));
    for (const text of [
      "I'd rather die than go to the ward again.",
      'I have a plan with my sponsor to die on Friday.',
      "I'm living under the bridge and I want to jump off it.",
      "I know how far I've got to go to the top of the multi-storey.",
      'They had to use my naloxone kit on me last night.',
      "I have a new number 07700 900356 so he can't find me.",
      "If you don't eat, you die, and I'm not eating.",
      'She said cut the crap and kill yourself.',
      "He reads my messages every night and we agreed I'd stop seeing my friends.",
      "She tracks my location on my phone, that's the deal if I want to see the kids.",
      "If I go out tonight I'm not coming back.",
      'When I go through with it, tell mum I am sorry.',
      'He threw me out of the window.',
      'He beat me 3-0 at pool and then beat me with his belt.',
      'I lost my brother to suicide and now I think about suicide every day.',
      "I'm slowly losing the battle to suicide.",
      "Since I lost her I'm close to suicide.",
      "I've been reading every article about suicide methods I can find.",
      "I rang the suicide helpline at 3am, I'm not safe.",
      "I'm a suicide survivor and I'm back there again tonight.",
      "Tonight I'm going to get over the railings on the bridge.",
      'I walked past the bridge three times tonight working up the nerve.',
      'I go over the bridge every night now and just stand there looking down.',
      "I'll climb through the roof hatch of the flats and jump.",
      'If I go through with it, bury me next to mum.',
      'If I go with the pills it will be quiet.',
      "When I go to sleep tonight I hope that's it.",
      'I tried to take a load of pills on Sunday.',
      'He gets aggro when he drinks and last night he had his hands round my neck.',
      "The mob he owes money to said they'd kill me by Friday.",
      "I'm going to try to kill us both tonight.",
      'I tried to take care of it myself, with the rope, last night.',
      "I lost two friends to suicide and I'm next.",
      "I watched a documentary about suicide and now I can't stop planning mine.",
      'I walk over the bridge and think about throwing myself off.',
      'I run across the railway line every morning hoping a train comes.',
      "When I go to my room tonight that's it.",
      "If I go in the river tonight that's it.",
      'When I go out tonight I am not coming back.',
      "When I go, no hymns please, and it won't be long now.",
      'He said he would watch me fall.',
      "I'm not safe.",
      "I'm scared I'll do something tonight.",
      'I just want it to stop.',
      'I drive over the bridge to work and last night I stopped the car on the bridge and looked down.',
      // a clock time or a count after "now" is not the teller's age
      "I'm 19 and I'm sat on the railings of the bridge. It's now 23:40 and I'm still here.",
      "I'm 19 and I want to die. I've got the tablets ready. Today 20 people messaged me.",
    ]) {
      expect(live(text), text).not.toEqual([]);
    }
  });

  it('hears shelter under a roof, a letter to a victim, hard work and a crisis plan as everyday words', () => {
    const live = (text: string) => categories(text).filter((c) => !c.endsWith('/past'));
    expect(
      live('Rain on the courtyard and the smokers standing under the little roof like pigeons.'),
    ).toEqual([]);
    expect(live("I'm killing myself trying to stick to my diet.")).toEqual([]);
    expect(live("I wrote the letter to my victim's family I've been working on with psychology.")).toEqual(
      [],
    );
    expect(live('My signs: tell my sister if I stop sleeping.')).toEqual([]);
    // and the same words where they are the risk
    expect(live("I'm going to lie down under a train tonight.")).toContain('method/now');
    expect(live('wanna go under a bus tbh')).toContain('method/now');
    expect(live("I'm on the car park roof.")).toContain('method/now');
    expect(live('im on da roof rn')).toContain('method/now');
    expect(live('been thinking of killing myself trying to work out how many i need')).not.toEqual([]);
    expect(live('Please tell my brother if I stop answering that I loved him.')).not.toEqual([]);
    expect(live('Mind my dog if I get worse.')).not.toEqual([]);
    expect(live("I wrote the letter to my landlord saying I won't need the flat after Friday.")).not.toEqual(
      [],
    );
    expect(live("I'm killing myself slowly with the drink and I don't care.")).not.toEqual([]);
    expect(live("I've written the letters, one for each of the kids.")).not.toEqual([]);
    expect(live('Tell my mum I love her when I am gone.')).toContain('preparation/now');
  });

  it('hears a counter started again and cutting deeper than before, and a calming thing as a thing', () => {
    const live = (text: string) => categories(text).filter((c) => !c.endsWith('/past'));
    expect(live('i was on 43 days and i reset last night. and the night before.')).toContain(
      'relapse-overdose/now',
    );
    expect(live("I'm cutting deeper than I used to.")).not.toEqual([]);
    expect(categories("Careful with the kids, it's getting deeper than it looks.")).toEqual([]);
    expect(live('I reset my streak on Duolingo yesterday, forgot my lesson.')).toEqual([]);
    expect(live('Back to day one again with my French lessons.')).toEqual([]);
    expect(live('I reset my counter in 2019 and never looked back.')).toEqual([]);
    expect(categories('Teaching him his portion is weirdly calming.')).toEqual([]);
    expect(live("He's weirdly calm since Sunday.")).not.toEqual([]);
  });

  it('dates every risk in a scene told in the present when one of them is dated after it, and only a scene', () => {
    const scene =
      "And one night I'm standing in the kitchen, I've not slept for days, and I'm looking at my antidepressants " +
      "lined up on the side and I'm thinking, if I took the lot, at least I'd get some sleep. " +
      'I rang my neighbour and she took the tablets home. I got proper help. That was fifteen years ago. I am fine.';
    expect(readStory(scene).hits.filter((h) => h.when === 'now')).toEqual([]);
    const now =
      "I'm looking at my tablets lined up on the side and I'm thinking if I took the lot it would all stop. " +
      'My husband walked out on me. That was in 2019.';
    expect(readStory(now).hits.filter((h) => h.when === 'now')).not.toEqual([]);
  });

  it('hears the teller who says what they are, and whose words start with someone else', () => {
    const third = (text: string) => readStory(text).hits.map((h) => h.third);
    expect(third("I'm a dad who wants to die.")).toEqual([false]);
    expect(third("She'd be better off, honestly, if I just disappeared.")).not.toContain(true);
    expect(
      third("I had a man on the estate who'd stopped eating and told his neighbour he'd be better off dead."),
    ).not.toContain(false);
  });

  it('marks words said of someone else and words in quotation marks', () => {
    const hits = readStory('She walks to the edge of the cliff every evening and counts the waves.').hits;
    expect(hits.some((h) => h.third)).toBe(true);
    const quoted = readStory('The trainer asks, "Are you thinking of killing yourself?" and waits.').hits;
    expect(quoted.length).toBeGreaterThan(0);
    expect(quoted.every((h) => h.quoted || h.third)).toBe(true);
  });

  it('hears single quotation marks as reported speech, and apostrophes as part of a word', () => {
    const reported = readStory("People say 'I just want to die, Hemal' when they're dope-sick.").hits;
    expect(reported.length).toBeGreaterThan(0);
    expect(reported.every((h) => h.quoted)).toBe(true);
    const own = readStory("I don't want to be here anymore and Mum's asleep.").hits;
    expect(own.length).toBeGreaterThan(0);
    expect(own.some((h) => h.quoted)).toBe(false);
  });

  it('counts how much a story speaks of games, beside its risk words', () => {
    const reading = readStory('Died forty times to the boss on stream tonight, chat said just end it bro.');
    expect(reading.markers.play).toBeGreaterThan(1);
  });
});

describe('the corpus split', () => {
  it('keeps the test part apart and holds every kind of current risk in it', () => {
    const dev = readCorpus('dev');
    const test = readCorpus('test');
    const devIds = new Set(dev.map((s) => s.id));
    expect(test.filter((s) => devIds.has(s.id))).toEqual([]);
    const kinds = new Set(test.filter((s) => s.risk === 'current').map((s) => s.kind));
    expect(kinds.size).toBe(14);
    for (const s of [...dev, ...test]) {
      for (const p of s.pii) expect(s.text.includes(p.text)).toBe(true);
    }
  });
});
