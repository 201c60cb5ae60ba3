import { describe, expect, it } from 'vitest';
import { readCorpus } from './quality/corpus.js';
import { readLanguage } from './language.js';

const WELSH =
  'Dw i wedi bod yn sobr ers dwy flynedd. Roedd y grŵp ar ddydd Mawrth yn rhoi rheswm i mi godi yn y bore. Does gen i ddim awydd byw rhagor a dw i wedi cael digon.';
const POLISH =
  'Nie piję od dwóch lat. Grupa we wtorek dała mi powód, żeby wstać rano. Nie chcę już żyć i mam schowane tabletki w szafce.';
const URDU = 'منگل کے گروپ نے مجھے اٹھنے کی وجہ دی۔ میں اب جینا نہیں چاہتا۔';
const ENGLISH =
  'The Tuesday group gave me a reason to get up in the morning. I make the tea now and I stay for the washing up, and my sister says I look like myself again.';

// Each says, in its own words, that the teller will end their life tonight or does not want to live.
const OTHER_LANGUAGES: [string, string][] = [
  ['Welsh', WELSH],
  [
    'Gaelic',
    "Tha mi air a bhith sòbarra airson dà bhliadhna. Thug a' bhuidheann Dimàirt adhbhar dhomh èirigh sa mhadainn. Chan eil mi airson a bhith beò tuilleadh.",
  ],
  ['Polish', POLISH],
  [
    'Somali',
    'Laba sano ayaan khamri cabbin. Kooxda Talaadada ayaa i siisay sabab aan subaxdii ugu kaco. Ma doonayo inaan noolaado mar dambe.',
  ],
  [
    'Punjabi in Latin letters',
    'Main har raat kamm ton baad sharaab peenda si te mere bachche mere ton darde san. Hun main group jaanda haan par ajj raat main goliyan kha ke apni jaan le lavaanga, sab nu alvida.',
  ],
  [
    'Urdu in Latin letters',
    'Main do saal se sharab nahi pee raha. Mangal ke group ne mujhe subah uthne ki wajah di. Kabhi kabhi mera jeene ko dil nahi karta aur goliyan chhupa ke rakhi hain.',
  ],
  [
    'Arabic in Latin letters',
    'Ana kont ashrab kol leila ba3d el shoghl w wladi kano bykhafo menni. Delwa2ty ana baroo7 el group bas el leila di ana ha5od kol el 7obob w a5alas 7ayati, ma3 el salama.',
  ],
  [
    'Farsi in Latin letters',
    'Man har shab bad az kar mashroob mikhordam va bachehayam az man mitarsidand. Hala be goroh miravam vali emshab tamame ghorsha ra mikhoram va be zendegiam payan midaham, khodahafez.',
  ],
  [
    'Russian in Latin letters',
    'Ya ne pyu uzhe dva goda. Gruppa po vtornikam dala mne prichinu vstavat po utram. Segodnya vecherom ya vse zakonchu.',
  ],
  [
    'Kurmanji',
    'Ez du sal in ku ez vexwarinê venaxwim. Koma roja sêşemê sedemek da min ku ez sibê rabim. Êdî naxwazim bijîm.',
  ],
  [
    'short Polish',
    'Nie chcę już żyć. Mam schowane tabletki w szafce i dziś wieczorem wezmę je wszystkie, nikt mnie nie zatrzyma.',
  ],
  ['short Welsh', "Dw i ddim eisiau byw rhagor. Dw i'n mynd i gymryd y tabledi i gyd heno."],
];

describe('which stories the text toolkit can read', () => {
  it('reads the development part as English, Scots and dialect included, but for two passages in other languages', () => {
    const unread = readCorpus('dev')
      .map((story) => ({ id: story.id, text: story.text, reading: readLanguage(story.text) }))
      .filter(({ reading }) => !reading.checkable)
      .map(({ id, text, reading }) => [id, text.slice(reading.passage?.start, reading.passage?.end)]);
    expect(unread).toEqual([
      ['w-037', 'Στο καφενείο.'],
      ['bm-046', 'Na volta pra casa eu penso em sumir, sabe?'],
    ]);
  });

  it.each(OTHER_LANGUAGES)('sends a story in %s to a person, saying why', (_, text) => {
    const reading = readLanguage(text);
    expect(reading).toMatchObject({ checkable: false, partly: false });
    expect(reading.why).toMatch(/^not written in English, .*a person must read it for risk/);
  });

  it('names the alphabet of a story in another script', () => {
    expect(readLanguage(URDU)).toMatchObject({
      checkable: false,
      partly: false,
      why: expect.stringMatching(/^written in Arabic script \(Urdu, .*Cairn cannot check yet/),
    });
  });

  it('finds the passage nobody checked inside an English story: its own paragraph, sentence or alphabet', () => {
    const polish = 'Nie chcę już żyć i mam schowane tabletki w szafce, dziś wieczorem wezmę je wszystkie.';
    for (const text of [
      `${ENGLISH}\n\n${polish}`,
      `${ENGLISH} ${polish}`,
      `${ENGLISH.repeat(20)} ${polish}`,
    ]) {
      const reading = readLanguage(text);
      expect(reading).toMatchObject({ checkable: false, partly: true });
      expect(reading.why).toMatch(/^partly not written in English/);
      expect(text.slice(reading.passage?.start, reading.passage?.end)).toBe(polish);
    }
    const long = `${ENGLISH.repeat(20)}\n\n${URDU}`;
    expect(readLanguage(long)).toMatchObject({
      checkable: false,
      partly: true,
      why: expect.stringMatching(/^written partly in Arabic script/),
    });
  });

  it('reads English as English however it is typed, and a name in another alphabet as a name', () => {
    for (const text of [
      'I want to die.',
      'Please help me',
      ENGLISH,
      'hiya all x\ndrinks l8r den 10 more. my bf sez im ok but idk. gna go 2 group 2moro if i can b bothered.\nthanks 4 listening x',
      'Big up di Tuesday group.\nWah mi fi do? Di group dem a help mi bad. Mi nuh waan fi live like dat again,\nRespect.',
      "Ah wis oot the hoose an doon the road afore the bairns wur up. Ah dinnae ken whit tae dae wi masel, but the group's gied me a reason.",
      'From: Catriona Learmonth, Solicitor (formerly Partner, Dundas Kerr WS, Northumberland Street, Edinburgh)',
      'I WENT TO THE GROUP ON TUESDAY AND MADE THE TEA FOR EVERYONE AND STAYED TILL THE END',
      `${ENGLISH} My son calls me امی.`,
    ]) {
      expect(readLanguage(text)).toEqual({ checkable: true, why: null, passage: null, partly: false });
    }
  });
});
