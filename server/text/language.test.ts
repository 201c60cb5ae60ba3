import { describe, expect, it } from 'vitest';
import { readCorpus } from './quality/corpus.js';
import { readLanguage } from './language.js';

const WELSH =
  'Dw i wedi bod yn sobr ers dwy flynedd. Roedd y grŵp ar ddydd Mawrth yn rhoi rheswm i mi godi yn y bore. Does gen i ddim awydd byw rhagor a dw i wedi cael digon.';
const GAELIC =
  "Tha mi air a bhith sòbarra airson dà bhliadhna. Thug a' bhuidheann Dimàirt adhbhar dhomh èirigh sa mhadainn. Chan eil mi airson a bhith beò tuilleadh.";
const POLISH =
  'Nie piję od dwóch lat. Grupa we wtorek dała mi powód, żeby wstać rano. Nie chcę już żyć i mam schowane tabletki w szafce.';
const SOMALI =
  'Laba sano ayaan khamri cabbin. Kooxda Talaadada ayaa i siisay sabab aan subaxdii ugu kaco. Ma doonayo inaan noolaado mar dambe.';
const URDU = 'منگل کے گروپ نے مجھے اٹھنے کی وجہ دی۔ میں اب جینا نہیں چاہتا۔';
const ENGLISH =
  'The Tuesday group gave me a reason to get up in the morning. I make the tea now and I stay for the washing up, and my sister says I look like myself again.';

describe('which stories the text toolkit can read', () => {
  it('reads every story of the corpus as one it can check, dialect and Scots included', () => {
    const unread = [...readCorpus('dev'), ...readCorpus('test')]
      .filter((story) => !readLanguage(story.text).checkable)
      .map((story) => story.id);
    expect(unread).toEqual([]);
  });

  it.each([
    ['Welsh', WELSH],
    ['Gaelic', GAELIC],
    ['Polish', POLISH],
    ['Somali', SOMALI],
  ])('sends a story in %s to a person, saying why', (_, text) => {
    const reading = readLanguage(text);
    expect(reading.checkable).toBe(false);
    expect(reading.why).toMatch(/^not written in English, .*a person must read it for risk/);
  });

  it('names the alphabet of a story in another script', () => {
    expect(readLanguage(URDU)).toEqual({
      checkable: false,
      why: expect.stringMatching(/^written in Arabic script \(Urdu, .*Cairn cannot check yet/),
    });
  });

  it('hears a passage in another language or script inside an English story', () => {
    expect(readLanguage(`${ENGLISH}\n\n${POLISH}`).why).toMatch(/^partly not written in English/);
    expect(readLanguage(`${ENGLISH} ${URDU}`).why).toMatch(/^written partly in Arabic script/);
  });

  it('reads short English as English, where a guess at the language would go wrong', () => {
    for (const text of ['I want to die.', 'Please help me', 'Cheers lads, see you Tuesday x', ENGLISH]) {
      expect(readLanguage(text)).toEqual({ checkable: true, why: null });
    }
    // a name or a word or two in another alphabet is not a passage nobody checked
    expect(readLanguage(`${ENGLISH} My son calls me امی.`).checkable).toBe(true);
  });
});
