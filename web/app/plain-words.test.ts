import { describe, expect, it } from 'vitest';
import { ROLES, type MeResponse, type Role } from '../../contracts/people.js';
import type { Translate } from '../lib/i18n/i18n.js';
import board from '../lib/i18n/messages/en-board.json' with { type: 'json' };
import join from '../lib/i18n/messages/en-join.json' with { type: 'json' };
import pages from '../lib/i18n/messages/en-pages.json' with { type: 'json' };
import publicWords from '../lib/i18n/messages/en-public.json' with { type: 'json' };
import first from '../lib/i18n/messages/en.json' with { type: 'json' };
import welsh from '../lib/i18n/messages/cy.json' with { type: 'json' };
import urdu from '../lib/i18n/messages/ur.json' with { type: 'json' };
import { coproductionStrings } from '../lib/strings/coproduction.js';
import { readingEase, staffWordsIn, syllables } from '../lib/strings/plain-words.js';
import { publicPages } from './public-pages.js';
import { cardsFor, mainActionsFor, navItemsFor } from './signed-in.js';

/** The English catalogue, every message as a reader sees it, with "3" or "it" for what is filled in. */
const catalogue: Record<string, unknown> = { ...first, ...publicWords, ...join, ...board, ...pages };

function said(compiled: unknown): string {
  if (typeof compiled === 'string') return compiled;
  if (typeof compiled === 'number') return '3';
  if (!Array.isArray(compiled)) return '';
  return compiled
    .map((part: unknown) => {
      if (typeof part === 'string') return part;
      if (!Array.isArray(part)) return '';
      const options = part[2] as Record<string, unknown> | undefined;
      if (options && typeof options === 'object') return said(options.other ?? Object.values(options)[0]);
      return typeof part[1] === 'number' ? '3' : 'it';
    })
    .join('');
}

/** A catalogue's messages as a reader sees them. */
const reading = (messages: Record<string, unknown>) =>
  Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, said(value)]));
const english = reading(catalogue);
const t = ((key: string) => english[key] ?? key) as Translate;

/** The names of the sections a member or volunteer may open, and of those only staff open. */
const inArea = (area: string) =>
  Object.entries(english).flatMap(([key, name]) => (key.startsWith(`${area}.`) ? [name] : []));
const sectionNames = inArea('sections');
const staffSectionNames = inArea('staffSections');

const STAFF_ROLES: readonly Role[] = ['coordinator', 'safeguarding_lead', 'partnership_admin'];

const ID = '00000000-0000-4000-8000-00000000000';
function someone(role: Role): MeResponse {
  return {
    person: {
      id: `${ID}1`,
      email: 'sam@example.org',
      displayName: 'Sam',
      mobileNumber: null,
      language: null,
    },
    partnership: { id: `${ID}2`, name: 'Tayside', languages: ['en'] },
    memberships: [
      { id: `${ID}3`, organisationId: `${ID}4`, organisationName: 'Hope', partnershipId: `${ID}2`, role },
    ],
    roles: [role],
  };
}

describe('plain words', () => {
  it('counts syllables near enough for a reading level', () => {
    expect(['walk', 'story', 'together', 'recovery', 'co-production'].map(syllables)).toEqual([
      1, 2, 3, 4, 4,
    ]);
    // A line from a children's book reads as very easy; a line of jargon as hard.
    expect(readingEase(['The cat sat on the mat.'])).toBeGreaterThan(90);
    expect(readingEase(['Co-production involvement analysis prioritisation methodology.'])).toBeLessThan(0);
  });

  it('names every section a person navigates to by what they do there, for every role', () => {
    for (const role of ROLES) {
      const me = someone(role);
      // A coordinator's, safeguarding lead's or admin's home also leads to staff pages, by their names.
      const staff = STAFF_ROLES.includes(role);
      const places = [
        ...navItemsFor(me, t).map((item) => item.label),
        ...mainActionsFor(me, t).map((action) => action.title),
        ...(staff ? [] : cardsFor(me, t).map((card) => card.title)),
      ];
      expect(places.flatMap(staffWordsIn), `${role}: ${places.join(', ')}`).toEqual([]);
    }
    const member = someone('member');
    expect(mainActionsFor(member, t).map((action) => action.title)).toEqual(["What's on", 'Have your say']);
    expect(english['memberHome.tellYourStory']).toBe('Tell your story');
  });

  it('takes every menu name from the one list of sections, and calls each place by one name', () => {
    expect(sectionNames.length).toBeGreaterThanOrEqual(9);
    expect(staffSectionNames.length).toBeGreaterThanOrEqual(6);
    expect(sectionNames.flatMap(staffWordsIn)).toEqual([]);
    expect(readingEase(sectionNames)).toBeGreaterThanOrEqual(60);
    for (const role of ROLES) {
      const me = someone(role);
      // The menu asks the catalogue for sections' names alone (and "Languages", beside "Home").
      const asked: string[] = [];
      const menu = navItemsFor(me, ((key: string) => {
        asked.push(key);
        return t(key as 'sections.myStories');
      }) as Translate);
      expect(asked.length, role).toBe(menu.length);
      expect(
        asked.filter((key) => !/^(sections|staffSections)\./.test(key) && key !== 'nav.languages'),
        role,
      ).toEqual([]);
      // The home page's big buttons lead to the places the menu does by exactly the menu's names,
      // and its list below them by names that start with them ("Members of Hope" for "Members").
      const menuName = new Map(menu.map((item) => [item.to, item.label]));
      for (const action of mainActionsFor(me, t)) {
        expect(action.title, `${role}: ${action.to}`).toBe(menuName.get(action.to));
      }
      for (const card of cardsFor(me, t)) {
        const name = menuName.get(card.to);
        if (name !== undefined) expect(card.title.slice(0, name.length), `${role}: ${card.to}`).toBe(name);
      }
    }
    // The public pages (whose words come with the first page, the menu's with a member's) use the
    // same names as the menu in every language; so do the pages of "Have your say", still English.
    for (const messages of [english, reading(welsh), reading(urdu)]) {
      expect(messages['publicPages.stories']).toBe(messages['sections.readStories']);
      expect(messages['publicPages.whatsOn']).toBe(messages['sections.whatsOn']);
      // The member's home and their "What's on" page link to the same three pages by the same names.
      for (const [onPage, onHome] of [
        ['activities.member.proposals', 'sections.activityIdeas'],
        ['activities.member.roles', 'sections.placements'],
        ['activities.member.partners', 'sections.helpElsewhere'],
      ] as const) {
        expect(messages[onHome], onHome).toBeTruthy();
        expect(messages[onPage], onPage).toBe(messages[onHome]);
      }
    }
    expect(coproductionStrings.hub.title).toBe(english['sections.haveYourSay']);
    expect(coproductionStrings.common.backToHub).toBe(`Back to ${english['sections.haveYourSay']}`);
  });

  it('names every section in Welsh and in Urdu, for every role', () => {
    for (const messages of [reading(welsh), reading(urdu)]) {
      const translated = ((key: string) => messages[key] ?? key) as Translate;
      for (const role of ROLES) {
        const me = someone(role);
        const inEnglish = navItemsFor(me, t).map((item) => item.label);
        const names = [
          ...navItemsFor(me, translated).map((item) => item.label),
          ...mainActionsFor(me, translated).map((action) => action.title),
          ...cardsFor(me, translated)
            .filter((card) => card.translated)
            .map((card) => card.title),
        ];
        expect(
          names.filter((name) => inEnglish.includes(name) || /^(sections|staffSections|nav)\./.test(name)),
          `${messages['language.label']}: ${role}`,
        ).toEqual([]);
      }
    }
  });

  it('says what each public page is in plain words, on the signed-out home and in the footer', () => {
    const words = publicPages.flatMap((page) => [english[page.label] ?? '', english[page.body] ?? '']);
    expect(words.flatMap(staffWordsIn)).toEqual([]);
    expect(words.filter((_, i) => i % 2 === 0)).toEqual(['Read stories', "What's on", 'You said, we did']);
  });

  it('reads as plain English across the catalogue, and in what a member and a visitor navigate by', () => {
    const all = Object.values(english);
    const ease = readingEase(all);
    const member = someone('member');
    const navigation = [
      ...navItemsFor(member, t).map((item) => item.label),
      ...mainActionsFor(member, t).flatMap((action) => [action.title, action.body]),
      ...cardsFor(member, t).flatMap((card) => [card.title, card.body]),
      ...publicPages.flatMap((page) => [english[page.label] ?? '', english[page.body] ?? '']),
    ];
    const navigationEase = readingEase(navigation);
    console.info(
      `Reading ease: catalogue ${ease.toFixed(1)} (${all.length} messages); a member's menu and home ${navigationEase.toFixed(1)}`,
    );
    expect(ease).toBeGreaterThanOrEqual(60);
    expect(navigationEase).toBeGreaterThanOrEqual(60);
  });
});
