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
