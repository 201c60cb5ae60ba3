// Stories written for this test, unlike any in the development set: a check that the rules generalise.
import { describe, expect, it } from 'vitest';
import { analyseStory } from './analyse.js';

const found = (text: string): string[] => analyseStory(text).pii.map((p) => p.text);

describe('fresh stories', () => {
  it('de-identifies an interview transcript', () => {
    const text = `Interviewer: Thanks for coming in, Niall. Where do you want to start?
Niall: Probably the summer of 2013. I was 23 and working at Dunmore Timber Yard. My foreman, Pete Gallagher, found me drunk in the cab and sent me home. I went to the Rosehill Practice the next morning and Dr Amadi got me onto a detox at Larkfield Hospital.
Interviewer: And now?
Niall: I've been dry nine years. I run a Tuesday group at the Lantern Rooms on Albion Street, BD7 1AY. If anyone needs me it's 07700 900431 or niall.r@example.co.uk. My date of birth is 04/11/1990 if you need it.`;
    const a = analyseStory(text);
    expect(found(text)).toEqual(
      expect.arrayContaining([
        'Niall',
        '23',
        'Dunmore Timber Yard',
        'Pete Gallagher',
        'Rosehill Practice',
        'Dr Amadi',
        'Larkfield Hospital',
        'BD7 1AY',
        '07700 900431',
        'niall.r@example.co.uk',
        '04/11/1990',
      ]),
    );
    expect(a.pii.filter((p) => p.text === 'Niall')).toHaveLength(3);
    expect(a.redacted).not.toMatch(/Niall|Gallagher|Amadi|07700|BD7/);
    expect(a.redacted).toContain('summer of 2013');
    expect(a.risk).toBe('none');
  });

  it('finds lowercase names in a chatty post and leaves ordinary words', () => {
    const text =
      'hiya, its shaz again. me and kayleigh went to the beach today and it was dead good. my nan says hi. i got my results, passed maths!! im going to college at Westbrook College and i cant wait. thanks to everyone at the Sunflower Project.';
    expect(found(text)).toEqual(['shaz', 'kayleigh', 'Westbrook College', 'Sunflower Project']);
    expect(analyseStory(text).risk).toBe('none');
  });

  it('decides names that are words from context across a story', () => {
    const text =
      'Will and I met in rehab. Will makes me laugh every single day. I hope we will be together a long time.';
    expect(found(text)).toEqual(['Will', 'Will']);
  });

  it.each([
    [
      "I need to say this somewhere. I've been cutting again most nights this week and I've got a bottle of paracetamol in my bag. My key worker Jolene doesn't know.",
      'current',
    ],
    [
      'My ex is still sending me messages. Yesterday he turned up at the school gates and said he would hurt me if I went to the police. I am scared to go home.',
      'current',
    ],
    [
      "When I was nineteen I jumped off a bridge. That was 2009. These days I'm a peer support worker, and I tell people the worst night of your life doesn't have to be the last.",
      'historic',
    ],
    [
      'I laughed so hard I nearly died. The quiz was killing me. We stayed to kill time before the bus.',
      'none',
    ],
  ])('reads the risk in a fresh story', (text, risk) => {
    expect(analyseStory(text).risk).toBe(risk);
  });
});
