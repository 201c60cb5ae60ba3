import { describe, expect, it } from 'vitest';
import { assessRisk } from './assess.js';

const level = (text: string): string => assessRisk(text).risk;

describe('assessRisk', () => {
  it.each([
    'When I got my chip I was dying to tell her.',
    'He said "alive, hopefully", and that killed me, that.',
    "I'm doing this to kill time before training.",
    'When she suggested a group I said "over my dead body".',
    'I nearly died of embarrassment when they clapped.',
    'We got sent the suicide prevention leaflet after it was printed.',
    'My feet were killing me after the walk, but it was worth it.',
  ])('reads the idiom or mention in "%s" as no risk', (text) => {
    expect(level(text)).toBe('none');
  });

  it.each([
    'Back in 2015 I tried to take my own life.',
    'In 2018 I tried to end it, and an officer found me in time.',
    'When I was 16 I was cutting most nights.',
    "It's been four years since I last hurt myself.",
    'Three years ago I took an overdose and woke up in intensive care.',
    'At 19 I took an overdose and ended up on a medical ward for a week.',
    // a scene told in the present, dated after; "with the tags still on" describes a thing, not now
    'I am in the spare room with the blade and the tablets, with the tags still on the new coat I bought. That was the winter of 2016.',
  ])('reads a past crisis told from recovery as historic: "%s"', (text) => {
    expect(level(text)).toBe('historic');
  });

  it.each([
    "I don't see the point of being here anymore.",
    "honestly i don't know if i'll still be here next week.",
    "I've been saving up my tablets in a sock drawer. I just like knowing they're there.",
    'I want to kill myself.',
    "I've been cutting again most nights and nobody knows.",
    "I've given my records away and written a letter to my daughter. It's in the drawer.",
    'Last week I bought a blade. It is in my jacket now.',
    'He sent a message saying "tell her I know where she\'s living now".',
    "I've had a plan for this weekend. I wasn't going to say anything.",
    "I don't think anyone would notice if I went.",
    'Everything would be easier if I wasn’t here.',
    "I'm tired of being alive.",
  ])('reads "%s" as current', (text) => {
    expect(level(text)).toBe('current');
  });

  it.each([
    "I've got the rope in the loft and I'm thinking I could do it tonight, I tried it at 17. My stepdad battered me. That was years ago.",
    "Tonight I feel like I want to end it, the way I felt when I took the pills at 16. I was in care then. That was ten years ago. I don't know who to talk to.",
    "I'm on the bridge, I jumped once before. I was drinking then. That was 2018.",
    "I'm sat in the car with the hosepipe, I tried this once before. My marriage ended. That was three years ago. Please help me.",
    "I'm going to lie in front of a train.",
    'used last night. 112 days gone.',
    "I've done my letters to my manager and my mum, so they know it's not their fault.",
    "I'm on the bridge tonight, one time I nearly jumped. My dad died. That was 2019.",
  ])('hears a crisis now beside a past one, dated or not, in "%s"', (text) => {
    expect(level(text)).toBe('current');
  });

  it.each([
    "It's my anniversary. Tonight I'm thinking of the night I jumped off the bridge in 2010. My life is so different now, I'm happy.",
    'Our food bank shelves are nearly empty this winter. Please help.',
    'Moving house on Saturday, can someone help me?',
    'I need help now with the forms, the deadline is Friday.',
    'I used this morning for a long walk with the dog.',
    'The church hall was used again for the food bank.',
    "I've done my letters to the school about the kids' new address.",
    "We told the kids together about the divorce so they know it's not their fault.",
    'The kids ran into the sea on Boxing Day for charity.',
    "I'm in the van with the hosepipe, off to water the allotment.",
    "I'm at the pier end fishing with my dad.",
    "I've got the rope ready to tow the car.",
    "Tell my son it's not his fault we split up, he's only six.",
    "I'm sat in my car with a hosepipe and the engine running. My wife had left. That was years ago, I'm married again now.",
  ])('hears the everyday words or the memory in "%s" as no current risk', (text) => {
    expect(level(text)).not.toBe('current');
  });

  it.each([
    "I'm going to take all my pills tonight, I overdosed in 2020 and nobody noticed.",
    'Standing on the bridge. Bye.',
    'going to lie on the line tonight',
    'I have the rope ready.',
    "I'm going to do it tonight.",
    "If I stop answering, tell my mum it wasn't her fault.",
  ])('hears the crisis now in "%s"', (text) => {
    expect(level(text)).toBe('current');
  });

  // a job named in the sentence makes other people's crises the work's, never the teller's own wish
  it.each([
    "I'm a nurse and I want to die.",
    "I work as a support worker and most nights I can't stop thinking about ending it all.",
    "As a paramedic I keep thinking I'd be better off dead.",
  ])('hears the teller\'s own wish beside their job in "%s"', (text) => {
    expect(level(text)).toBe('current');
  });

  it.each([
    'As a paramedic I deal with overdoses most shifts. I love my job.',
    "I work as a support worker now, so most of my week is sitting with people who've just taken an overdose or who are thinking about suicide. Three years clean in November.",
  ])('reads the crises of the people a job serves as work in "%s"', (text) => {
    expect(level(text)).not.toBe('current');
  });

  // each pair: everyday words a written story uses, and the crisis the same words must still hear
  it.each([
    "As a nurse, every day I ask patients whether they've thought about killing themselves.",
    "If one more person in the parents' chat sends a thumbs-up to say they've read a message, I will scream into a tea towel.",
    "I'm writing this for the refuge's booklet, and I owe him a pint.",
    "Two years ago I couldn't get out of bed. Now I run on Saturdays.",
    "My psychologist told me I'd have to stop running for a while.",
    "My coach set one rule: I can run as long as I'm eating, and if I'm not eating, I tell her.",
    "Let me take you back fifteen years. I'm twenty-three, and I'm standing at the far end of a platform. I've let two fast trains go past. A guard asks me to help him carry a box. It took two more years to get clean. I'm a maths teacher now.",
    "I'm a pharmacist and I count out methadone for forty clients every morning.",
    'I took 20 paracetamol over the week for my tooth, the dentist could not see me till Friday.',
    'I take a handful of pills morning and night.',
    "I took a load of tablets to the pharmacy returns bin when I cleared out my mum's house.",
    "We'll die laughing when we look back on this.",
    'Got to run for the bus, speak later.',
    "I'm raising money for the refuge because they saved my life.",
    'They fished me out of the dock after I tried to drown myself. You sat with me on the ward. Ten years sober today.',
    "We'll practise asking people straight out about suicide and spotting overdose risk, so it can get heavy.",
    'finished that book you lent me, the one where the dad walks into the sea off the pier at the end. proper good tho.',
    "I'm 22, I've cut my arms to bits in the toilets, and you find me. Twenty years on and I'm stood in my kitchen crying over it.",
    "I've the hurley in the boot for the match on Saturday.",
    'Got a stone off at Slimming World, weigh in tonight!',
    "I've the hurley in the boot, bringing our Ciarán to hurling.",
  ])('hears no crisis now in the written story "%s"', (text) => {
    expect(level(text)).not.toBe('current');
  });

  it.each([
    'I asked myself whether I should kill myself tonight.',
    "I'm in a refuge now and he's still texting, he knows which town I'm in.",
    'She asked me if I wanted to die and I said yes, every day.',
    'He reads all my messages and checks my phone every night.',
    'I owe them for the gear and they say I have to work it off.',
    "He locks the door when he goes out and I can't get out.",
    "I'm running for the olders now, they give me the phone.",
    "I've stopped eating again and I'm hiding it from everyone.",
    "I'm at my worst and I want to die.",
    'My drinking played a part in it and now I see no way out.',
    "Let me take you back fifteen years. I'm twenty-three and drinking every day. Today I'm standing at the far end of a platform. I've let two fast trains go past. I'm a maths teacher now.",
    "I'm a peer support worker and I've started cutting again.",
    "I'm a peer support worker and he's threatening to kill me.",
    "As a trainee nurse I've been hiding my self harm from placement.",
    "I'm a student nurse and I've been stockpiling my sertraline.",
    'Every working day I sit in the car park and think about driving into the river.',
    'I asked everyone at group whether they would miss me if I was gone.',
    "I'm playing the part of someone fine but I'm planning to end it this weekend.",
    "I'm ringing the refuge line from the bathroom so he can't hear me.",
    "I owe them so much I'll never get out, they come round every night.",
    "I feel in control if I'm not eating.",
    "I'm running for some older lads, they give me a phone and a train ticket.",
    "I can't get out of bed, I've taken everything in the cabinet.",
    "At my worst I wanted to die and I'm at my worst again.",
    "Let me take you back two years. I'm stood on the bridge. I'm a mum now. Nothing's changed.",
    "I'm sat in the car with the hosepipe. I did this once before. That was six years ago. I'm a rubbish mum.",
    'I relapsed last night and took a load of gabapentin.',
    "Playing the part of the strong one, but I've got the tablets ready for Friday.",
    "I'm running for a few older lads now, they give me a phone and a tenner.",
    "I owe them a favour and they're collecting tonight, they want me to hold something.",
    "If I'm not eating I tell myself I'm winning.",
    "Let me take you back two years. I'm stood on the bridge. I'm a mum now and it's no better.",
    "I'm a nurse and I've taken 30 paracetamol.",
    "I want to die laughing, that's the plan, I've got the pills ready for tonight.",
    'I tried to hang myself last night and the rope snapped.',
    'Got 2 bags off him and im doing both tonight like the old days. Dont come round.',
    "I've the hurley in the boot. I'm going round there the night once it's dark.",
    "I booked a room and I'm going to walk into the sea tonight.",
    "I've just tried to hang myself. I'm five years sober. I'm shaking.",
    "I'm asking someone about suicide because I can't keep myself safe tonight.",
    'I know the overdose risk is high after prison and I want it to be.',
    "I'm on the bridge, the one where the trains go under, I'm going to jump.",
    "I've got the tablets lined up. Two years on from losing our Kyle and I can't do it any more.",
    'Im doing the lot, hope i go over this time.',
    "I've the hurley in the boot and he'll be at the match on Saturday, I'll be waiting.",
  ])('still hears the crisis in "%s"', (text) => {
    expect(level(text)).toBe('current');
  });

  it('gives the sentences that decided it, with offsets into the text', () => {
    const text = "Things were fine. I don't see the point of being here anymore. I stopped eating.";
    const r = assessRisk(text);
    expect(r.risk).toBe('current');
    const e = r.evidence[0];
    expect(e).toBeDefined();
    if (!e) return;
    expect(text.slice(e.start, e.end)).toBe("I don't see the point of being here anymore.");
    expect(e.level).toBe('current');
  });

  it('prefers current when a story has both a past crisis and a present one', () => {
    expect(level('In 2016 I took an overdose. Now I want to die again and I have a plan to end it.')).toBe(
      'current',
    );
  });

  it('treats a plain recovery story as no risk', () => {
    expect(level('I go to the allotment on Tuesdays and grow far too many courgettes.')).toBe('none');
  });

  it.each([
    ['I took an overdose on Saturday and I am still in hospital.', 'current'],
    ['I tried to kill myself last week.', 'current'],
    ['Sometimes I still want to die.', 'current'],
    ["I've thought about ending it a lot lately.", 'current'],
    ['I feel like a burden to everyone and I keep thinking they would be better off without me.', 'current'],
    ["I've started self-harming again.", 'current'],
    ['He hits me when he has been drinking and I am scared to go home.', 'current'],
    ['I want to hurt him for what he did, and I have a knife.', 'current'],
    ['I keep thinking about jumping in front of a train.', 'current'],
    ["I don't want to be alive anymore.", 'current'],
    ['I have been planning how to do it.', 'current'],
    ['Last year I tried to kill myself.', 'historic'],
    ['Ten years ago I was self-harming every day.', 'historic'],
    ['My lowest point was in 2019 when I took an overdose.', 'historic'],
    ['I used to cut myself when I was at school.', 'historic'],
    ['I was suicidal for most of my twenties.', 'historic'],
    ['I am not suicidal and I have never self-harmed.', 'none'],
    ['That film was to die for.', 'none'],
    ['We were killing time at the station.', 'none'],
    ['The workshop was about suicide prevention in schools.', 'none'],
    ['I am dead proud of her.', 'none'],
    ['My knees are killing me after the walk.', 'none'],
    ['Finding recovery showed me there is a way out of the drink.', 'none'],
    ['The cards for everyone are in the tin by the door.', 'none'],
    // a threat aims at a person: "do him", not "do his shepherd's pie" or "get the bus"
    ["I swear I'll do him if he comes near my door again.", 'current'],
    ["If she says that again I'll do her in.", 'current'],
    ["Tell Dai I'll do his shepherd's pie on Saturday.", 'none'],
    ["I'll do her nails on Friday before the party.", 'none'],
    ["I'll get the bus tomorrow and see my nan.", 'none'],
    // a relative clause tells of other people
    ['I read my poem for the women who could not speak.', 'none'],
    // tolerance gone needs using beside the long while
    ['It sounds small but it is the first time in years I have felt trusted.', 'none'],
    // a blow aimed at part of someone, a weapon within reach, someone watched
    ["If he touches her again I'll smash his face in. I'm not messing.", 'current'],
    [
      "Every night this week I've sat in the car watching his flat. The crowbar's under my seat and I don't care what happens to me after.",
      'current',
    ],
    ["Don't bother trying to talk me out of it. I'm only telling you so somebody knows.", 'current'],
    // an animal handed on, and an end foreseen with no reason given
    [
      "can you take Pepper for me, for good? I want him with someone who'll love him properly. I won't be around after Sunday.",
      'current',
    ],
    ["I won't be around after Friday, I'm on the works trip to Blackpool.", 'none'],
    // money held by choice in recovery from gambling; a plan for bad days; a coat that hangs
    ["I asked my sister to hold my bank card and I'm fine with that. Nine months off the slots.", 'none'],
    ["I've got a plan for when the cravings hit and I stick to it.", 'none'],
    ["Dad's old work coat still hangs on the back of the garage door.", 'none'],
    // what stays a risk beside those: cold and ice as signs of overdose, money taken, a date kept to
    ['He is freezing to touch and his lips have gone grey.', 'current'],
    ["I did a load of ice and I can't feel my heart.", 'current'],
    ['He keeps my bank card and gambles my benefits away.', 'current'],
    ['The dealer has my phone and my bank card and says he is keeping them for me until I pay.', 'current'],
    ['I have picked the date and I am going to stick to it.', 'current'],
    ['I have planned the time and the place, it will be on my day off.', 'current'],
    ['The plug wants me to charge my phone and wait at the station.', 'current'],
    ['I have got a plan. Nobody will find me.', 'current'],
    // a game, a mention of the word, a conditional bus, an electrical plug
    [
      'died to the final phase like thirty times, nearly threw my pad out the window and ended it all lol',
      'none',
    ],
    ['People go quiet when they hear the word suicide in our family, even now.', 'none'],
    ['We wrote our wills in case we both went under a bus on holiday.', 'none'],
    ['I fitted a new plug on the kettle and felt like a genius.', 'none'],
    // time free of it said after a crisis places the crisis before it, only when the teller says it
    // now and nothing undoes it or turns after it
    ["I relapsed and used heroin. I wanted to die. I'd been clean for five years.", 'current'],
    ["I tied the noose in the garage. My wife has been five years sober and doesn't know.", 'current'],
    ['I took an overdose. Three years clean and it means nothing.', 'current'],
    ['I wrote the letters and put the rope in the car. Three years sober and this is where I am.', 'current'],
    ["I cut my arms open after he left. I haven't self-harmed in years before this.", 'current'],
    ["I stood on the bridge for an hour. I'm two years clean. I don't trust myself tonight.", 'current'],
    [
      "In the worst of it I didn't care if I woke up or not. I've been three years clean now and I volunteer at the Tuesday group.",
      'historic',
    ],
    // a nurse's own words are hers, in a story full of her work
    [
      "I'm a nurse on the ward, I see patients and colleagues every shift. Can't go on. Want to die. Pills saved up in the drawer.",
      'current',
    ],
    ["I'm in the thick of it and I want to die.", 'current'],
    ["I'm in the depths of it. I can't stop thinking about ending my life.", 'current'],
    // papers and cards taken from the teller, and a line run for someone, are exploitation
    ['I have my passport taken off me every time we arrive at a new house.', 'current'],
    ['I have my bank card kept by my landlord and I work for no money.', 'current'],
    ["He makes me do a line to Stoke twice a week. I'm scared of him.", 'current'],
    ["I've got my card, I'm a proper scaffolder now and my little girl is proud of me.", 'none'],
    // loose ends tied in a group chat: a note for later, a van handed on, "squaring things away"
    [
      "Shug, I've left the keys for the van, tell Kieran it's his now. And I've wrote a wee note for ma maw, it's in the drawer. Ye'll know when tae give her it. Just squaring things away.",
      'current',
    ],
    ["Honestly I'm dead on me feet, that's me done for the season. Same again next year lads.", 'none'],
    ["I've gone from not being allowed to see my boys on my own to having them every weekend.", 'none'],
    ["Tea and coffee's at the back, and I could murder a custard cream so don't eat them all.", 'none'],
    // …but what spares those never spares control, a goodbye or starving
    ["He says I'm not allowed to see my family, there's no contact with anyone unless he says.", 'current'],
    ["I'm not allowed to go out on my own, he keeps my phone.", 'current'],
    ["I can't move on from this. This is my goodbye letter to all of you.", 'current'],
    ["I don't eat them all, I hide half in my pocket and I've stopped eating dinner.", 'current'],
    // the commonest ways a crisis is said are never excused by the words beside them
    ["Aye that's me done for the day, cannae dae this anymore. Tablets are in ma hand.", 'current'],
    ['thats me done for today. sorry mam. love you x', 'current'],
    ["Ahm done man, that's me done for the night like, bairns are better off without us.", 'current'],
    [
      "I'm not allowed to have my own phone, the social worker doesn't know, he'd kill me if I told.",
      'current',
    ],
    ["She said the court order means nothing, I'm not allowed to phone anyone.", 'current'],
    [
      "Haven't been eating for a week, and Jay's like please don't eat all the doughnuts lol I wish.",
      'current',
    ],
    ["Goodbye note is done, I'm retiring from this life.", 'current'],
    ['Tablets are in ma hand.', 'current'],
    ['The bairns are better off without us.', 'current'],
    // …and everyday errands are not goodbyes
    [
      'Just squaring everything up with the accountant before the tax deadline, then I am off to Magaluf.',
      'none',
    ],
    ["Got ma maw a card, she's 70 on Sunday. Gonna write a wee note for ma granny too.", 'none'],
    ["Wrote a card for my mother for Mother's Day, first one sober.", 'none'],
    ["Sold my old car to our kid, it's his now, he's made up.", 'none'],
    ["Here's the ring, you'll know when to give her it. Good luck with the proposal bro!", 'none'],
    ["Got a new bike for the wean, it's his now so he better look after it.", 'none'],
  ])('generalises to fresh wording: "%s" is %s', (text, expected) => {
    expect(level(text)).toBe(expected);
  });

  it('reads a transcript with its speakers in capitals as their own words, and a play as a play', () => {
    const transcript =
      'INTERVIEWER: How are things?\nJOHN: Not good. I want to die. I have the tablets in the drawer and tonight is the night.\nINTERVIEWER: Thank you for telling me.\nJOHN: I mean it.';
    const play =
      'This is the next scene of my play.\nMIORA: (at the edge, holding the knife) I will lie down in the water and not get up.\nRAKOTO: Put it down, child.\nMIORA: Let them watch me die.\n(Blackout.)';
    expect(level(transcript)).toBe('current');
    expect(level(play)).not.toBe('current');
  });

  it('keeps a wish that is still there beside a past one', () => {
    expect(level('Back then I tried to kill myself, and I still want to die most nights.')).toBe('current');
  });

  it('reads a wish told in the past inside a present sentence by its own verb', () => {
    const told =
      'In 2009 I was twenty-two and one night I took an overdose. I wanted to die, I am not going to dress it up. Now I am thirty-eight, a support worker, and fifteen years free of the bookies.';
    expect(level(told)).toBe('historic');
  });
});
