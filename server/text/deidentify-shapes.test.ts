// Fresh examples, written for these tests, of identifiers found by the shape of the sentence around them:
// numbers that run on, ages said alone, the neighbourhood of a home, places named with the kind of place
// they are, names in the slots only a person fills, and groups named where someone goes.
import { describe, expect, it } from 'vitest';
import { findPii } from './deidentify.js';

const flagged = (text: string): string[] => findPii(text).map((f) => f.text);
const ofType = (text: string, type: string): string[] =>
  findPii(text)
    .filter((f) => f.type === type)
    .map((f) => f.text);

describe('structured identifiers', () => {
  it('finds a phone number that runs on into another number, and one written with dots', () => {
    expect(ofType('Ring 0161 496 0742 (24 hours) or text 07700.900.318.', 'PHONE')).toEqual([
      '0161 496 0742',
      '07700.900.318',
    ]);
    expect(ofType('Numbers: 07700 900211 07700 900212', 'PHONE')).toEqual(['07700 900211', '07700 900212']);
  });

  it('reads the names each nation gives its ID numbers', () => {
    expect(ofType('My N.I. number is QQ 48 21 07 B.', 'NI_NUMBER')).toEqual(['QQ 48 21 07 B']);
    expect(ofType('His health and care number, 999 420 1185, was on the form.', 'NHS_NUMBER')).toEqual([
      '999 420 1185',
    ]);
  });

  it('finds a user name after "follow my …:" and after a platform word', () => {
    expect(ofType('Follow my bread baking: crumb.and.crust', 'URL_OR_HANDLE')).toEqual(['crumb.and.crust']);
    expect(ofType('my steam name is ferretking, add me', 'URL_OR_HANDLE')).toEqual(['ferretking']);
    expect(ofType('there is a price tag on it', 'URL_OR_HANDLE')).toEqual([]);
  });

  it('does not take a transcript’s letter for a role as a name', () => {
    expect(ofType('I: How are you?\nP: Better, thanks.\nI: Good.', 'PERSON')).toEqual([]);
  });
});

describe('ages said alone', () => {
  it('finds a number that stands as a sentence, an answer or a heading', () => {
    expect(ofType('A gentleman never asks. Sixty-four.', 'AGE')).toEqual(['Sixty-four']);
    expect(ofType('Seventy-three next month. Still fishing.', 'AGE')).toEqual(['Seventy-three']);
    expect(ofType('Fifty-eight, and back at college.', 'AGE')).toEqual(['Fifty-eight']);
    expect(ofType('Dougal: Nineteen and scared of everything.', 'AGE')).toEqual(['Nineteen']);
  });

  it('leaves counts, amounts and years said short alone', () => {
    expect(ofType('How many years did you drink? Thirty. Maybe more.', 'AGE')).toEqual([]);
    expect(ofType('I lost twenty-six pigeons that winter. Twenty-six.', 'AGE')).toEqual([]);
    expect(ofType('You mean 1987? Yes. Eighty-seven. A bad year.', 'AGE')).toEqual([]);
    expect(ofType('Forty quid, gone in a night.', 'AGE')).toEqual([]);
  });

  it('finds ages after a name at a sentence’s end, two ages joined, and a birthday', () => {
    expect(ofType('I’m Morag, seventy-one. I paint.', 'AGE')).toEqual(['seventy-one']);
    expect(ofType('My parents are 78 and 81 and still dancing.', 'AGE')).toEqual(['78', '81']);
    expect(ofType('We had her 60th at the bowls club.', 'AGE')).toEqual(['60th']);
    expect(ofType('It was my 40th attempt at the test.', 'AGE')).toEqual([]);
  });
});

describe('where someone lives and where they are cared for', () => {
  it('finds the neighbourhood of a home, but not a town in the lists', () => {
    expect(ofType('I was alone in my flat in Tollcross with the heating off.', 'ADDRESS')).toEqual([
      'Tollcross',
    ]);
    expect(ofType('I was alone in my flat in Glasgow.', 'ADDRESS')).toEqual([]);
    expect(ofType('They found me a flat in Harrogate.', 'ADDRESS')).toEqual([]);
  });

  it('finds a street with a describing word, a named estate in lowercase and a hostel room', () => {
    expect(flagged('the drop-in on Old Moorgate')).toContain('Old Moorgate');
    expect(flagged('lol i got a flat on the cherry bank estate now')).toContain('cherry bank estate');
    expect(flagged('they put me in the hostel, room 14, its grim')).toContain('room 14');
    expect(flagged('we waited in the industrial estate lol')).toEqual([]);
  });

  it('finds a name and the kind of place it names, typed in lowercase', () => {
    expect(flagged('the nurse at the Brackenfield surgery was kind')).toContain('Brackenfield surgery');
    expect(flagged('I was admitted, Willow ward, six weeks.')).toContain('Willow ward');
    expect(flagged('the OCD clinic')).toEqual([]);
  });

  it('finds the prison or hospital a message says someone got out of', () => {
    expect(flagged('its me. got out of hollowmere tues. clean')).toContain('hollowmere');
    expect(flagged('its me. got out of stone fell weds. clean')).toContain('stone fell');
    expect(flagged('i got out of bed early today lol')).toEqual([]);
  });

  it('finds a local hospital named by its initials, and leaves shared ones', () => {
    expect(ofType('They took me to the QEH and I slept for a day.', 'FACILITY')).toEqual(['QEH']);
    expect(flagged('My GP sent me to the NHS clinic in the UK.')).toEqual([]);
  });
});

describe('people where only a person stands', () => {
  it('finds a first name after a relative word or a role’s initials, or with a contraction', () => {
    expect(ofType('the stew that Wilhelmina made', 'PERSON')).toEqual(['Wilhelmina']);
    expect(ofType('Thanks to my CPN Declan for everything.', 'PERSON')).toEqual(['Declan']);
    expect(ofType('Gwendolyn’d be better off, I thought.', 'PERSON')).toEqual(['Gwendolyn']);
    expect(ofType('On Sundays Priya and I walk.', 'PERSON')).toEqual(['Priya']);
  });

  it('finds a name from any tradition called on, or beside the teller', () => {
    expect(ofType('"Tevita, how was the exam?" she asks.', 'PERSON')).toEqual(['Tevita']);
    expect(ofType('I fix nets with Ingebrigt most mornings.', 'PERSON')).toEqual(['Ingebrigt']);
    expect(ofType('He said he would take Akosua to Accra.', 'PERSON')).toEqual(['Akosua']);
    expect(ofType('Um, you know, it was hard.', 'PERSON')).toEqual([]);
  });

  it('finds police and church titles, and a name after a role in lowercase', () => {
    expect(ofType('DS Fairweather took my statement.', 'PERSON')).toEqual(['DS Fairweather']);
    expect(ofType('Bro. Tunde led the prayer.', 'PERSON')).toEqual(['Bro. Tunde']);
    expect(ofType('if that inspector Grimshaw gets on again', 'PERSON')).toEqual(['Grimshaw']);
  });

  it('finds the writers of a chat copied from a phone, and a name given on a form', () => {
    const exported = '08/05/2024, 22:47 - Jade: are u awake\n08/05/2024, 22:49 - Kay: whats up';
    expect(ofType(exported, 'PERSON')).toEqual(['Jade', 'Kay']);
    expect(ofType('[Mon 08:15] Emyr: Morning sis.\n[Mon 08:20] Sian: morning x', 'PERSON')).toEqual([
      'Emyr',
      'Sian',
    ]);
    expect(ofType('Name (optional): Tash\nDates of stay: Mon to Sun', 'PERSON')).toEqual(['Tash']);
    // who speaks a voice note, and the forum a post was copied from
    expect(ofType("morning all dougie here it's half six and dougie is tired", 'PERSON')).toEqual([
      'dougie',
      'dougie',
    ]);
    expect(ofType('Jason here. Just back from the breakwater.', 'PERSON')).toEqual(['Jason']);
    expect(ofType("It's lonely. Everyone here is kind, nobody here judges.", 'PERSON')).toEqual([]);
    expect(ofType('Forum: Sober Dads UK › General › Day 40', 'URL_OR_HANDLE')).toEqual(['Sober Dads UK']);
  });

  it('knows given names beyond the shortest lists, and never takes "I" for a surname', () => {
    expect(ofType("Has anybody heard from Callum? He's no answering me.", 'PERSON')).toEqual(['Callum']);
    expect(ofType("hi I'm Tamsin I train and coach", 'PERSON')).toEqual(['Tamsin']);
    expect(ofType("my name is Derek Rowley I'm 73 and I live up the hill", 'PERSON')).toEqual([
      'Derek Rowley',
    ]);
    expect(ofType('I came to Boston in 2008 to cut cabbages.', 'PERSON')).toEqual([]);
    expect(ofType('with our baby Freya on my hip', 'PERSON')).toEqual(['Freya']);
  });

  it('finds names typed in lowercase where a person is met, given to or told', () => {
    expect(ofType('not gonna lie i bumped into rhys outside the bookies', 'PERSON')).toEqual(['rhys']);
    expect(ofType('dont tell our kez she will go mad', 'PERSON')).toEqual(['kez']);
    expect(ofType('did u see jordan’s face lol. i cant', 'PERSON')).toContain('jordan');
    expect(ofType('im going to mums and at times i cry', 'PERSON')).toEqual([]);
  });

  it('finds who signs with a dash or a place after the name, and whom a thank-you or a byline names', () => {
    expect(ofType('See you all soon.\n\n- Lark', 'PERSON')).toEqual(['Lark']);
    expect(ofType('Please stop taking the biscuits.\n\nSunniva, ward 7', 'PERSON')).toEqual(['Sunniva']);
    expect(ofType('Thank you Ketevan for the soup.', 'PERSON')).toEqual(['Ketevan']);
    expect(ofType('(Written in Tigrinya by Yohannes for the class)', 'PERSON')).toEqual(['Yohannes']);
    expect(ofType('The bus stopped by Holbrooks.', 'PERSON')).toEqual([]);
  });

  it('keeps family titles from many languages with the name, even a name that is a word', () => {
    expect(ofType('Kuya Ramon and Tita Sweetie came to the party.', 'PERSON')).toEqual([
      'Kuya Ramon',
      'Tita Sweetie',
    ]);
    expect(ofType('I asked my Gran. The doctor said no.', 'PERSON')).toEqual([]);
    expect(ofType('dont worry. tell nanny bev i said hi', 'PERSON')).toEqual(['nanny bev']);
  });

  it('finds a full name after "that", and a name greeted with a word for a friend', () => {
    expect(ofType('that Kieran Doherty owes me money', 'PERSON')).toEqual(['Kieran Doherty']);
    expect(ofType('alright gruffydd butt. out friday', 'PERSON')).toEqual(['gruffydd']);
  });

  it('finds someone’s home or shop named by them in a message', () => {
    expect(flagged('u coming round at kierans sat? i will')).toContain('kierans');
    expect(flagged('still at the afters at zeb’s lol i cant')).toContain('zeb');
  });
});

describe('groups and businesses named where someone goes', () => {
  it('finds two ordinary words after "at", "from" or "with", and names joined by "&"', () => {
    expect(flagged('my worker at Open Door said try it')).toContain('Open Door');
    expect(flagged('a lady from Mothers Together came round')).toContain('Mothers Together');
    expect(flagged('Easy. Pickering & Daughters did the job.')).toContain('Pickering & Daughters');
    expect(flagged('I moved from Northern Ireland to Cardiff.')).not.toContain('Northern Ireland to Cardiff');
  });

  it('finds a name explained in English', () => {
    expect(flagged('We call it Saathi Ghar, it means friends’ house.')).toContain('Saathi Ghar');
    expect(flagged('It means a lot to me.')).toEqual([]);
  });

  it('finds writing groups, carers and farmers named as groups', () => {
    expect(flagged('a poem for the Harbour Writers, read aloud')).toContain('Harbour Writers');
  });
});

describe('dates', () => {
  it('finds a month or a season of a year', () => {
    expect(ofType('It was the November of 2016 when I stopped.', 'DATE')).toEqual(['November of 2016']);
  });
});

describe('more ages, streets, teams and trades', () => {
  it('finds an age after "more than", set off with "only", and the end of a span of years', () => {
    expect(ofType('The nurse could not have been more than twenty-three.', 'AGE')).toEqual(['twenty-three']);
    expect(ofType('We lost a lad, only seventeen, to the river.', 'AGE')).toEqual(['seventeen']);
    expect(ofType('I drank from fifteen till thirty-eight, every day.', 'AGE')).toEqual([
      'fifteen',
      'thirty-eight',
    ]);
    expect(ofType('The café is open from nine to four.', 'AGE')).toEqual([]);
  });

  it('finds a house number on a street named by its ending alone, and not on an everyday word', () => {
    expect(ofType('Flat 3, 27 Briggate, Knaresborough', 'ADDRESS')).toEqual(['Flat 3, 27 Briggate']);
    expect(ofType('I live at 14 Eastgate now.', 'ADDRESS')).toEqual(['14 Eastgate']);
    expect(ofType('We scored 2 Gateway goals.', 'ADDRESS')).toEqual([]);
  });

  it('finds a street one is at the end of, and a lowercase street after two small words', () => {
    expect(ofType('I sat at the bottom of Holloway in the rain.', 'ADDRESS')).toEqual(['Holloway']);
    expect(ofType('u coming in on marlowe rd later? i can drive', 'ADDRESS')).toEqual(['marlowe rd']);
  });

  it('finds a cricket side, a trade and a university site, and leaves the day before a team', () => {
    expect(ofType('I bowl Sundays for Moorside Tigers CC now.', 'ORGANISATION')).toEqual([
      'Moorside Tigers CC',
    ]);
    expect(flagged('Thirty years at Greengate Upholstery, then the drink took it.')).toContain(
      'Greengate Upholstery',
    );
    expect(flagged('I clean offices on the Mill Lane site before dawn.')).toContain('Mill Lane site');
  });

  it('leaves drink, medicine and a people’s word after "the"', () => {
    expect(flagged('He was on the Diazepam for years and the Guinness after.')).toEqual([]);
    expect(flagged('We eat at the Somali place on Fridays.')).toEqual([]);
  });
});

describe('where someone was kept, and a local branch', () => {
  it('finds a hospital or prison of two words after the words for being kept there', () => {
    expect(ofType('The ambulance put him in Furness General that night.', 'FACILITY')).toEqual([
      'Furness General',
    ]);
    expect(ofType('Four nights in Bellsdyke and then home.', 'FACILITY')).toEqual(['Bellsdyke']);
    expect(ofType('She was sent to Askham Grange for two years.', 'FACILITY')).toEqual(['Askham Grange']);
    expect(flagged('We spent three weeks in Costa Rica after.')).toEqual([]);
    expect(flagged('They put me in Crisis House for a week.')).not.toContain('Crisis House for');
  });

  it('finds a local branch of a national charity, and leaves the charity alone', () => {
    expect(flagged('The peer group at Mind in Tameside saved me.')).toContain('Mind in Tameside');
    expect(flagged('I read about it on the Mind website.')).toEqual([]);
  });
});
