import { describe, expect, it } from 'vitest';
import { ROLES, type MeResponse, type Role } from '../../contracts/people.js';
import type { Translate } from '../lib/i18n/i18n.js';
import board from '../lib/i18n/messages/en-board.json' with { type: 'json' };
import join from '../lib/i18n/messages/en-join.json' with { type: 'json' };
import pages from '../lib/i18n/messages/en-pages.json' with { type: 'json' };
import publicWords from '../lib/i18n/messages/en-public.json' with { type: 'json' };
import first from '../lib/i18n/messages/en.json' with { type: 'json' };
import { readingEase, staffWordsIn, syllables } from '../lib/strings/plain-words.js';
import { sectionNames, staffSectionNames } from '../lib/strings/sections.js';
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

const english = Object.fromEntries(Object.entries(catalogue).map(([key, value]) => [key, said(value)]));
const t = ((key: string) => english[key] ?? key) as Translate;

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
        ...navItemsFor(me).map((item) => item.label),
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
    const sections = Object.values(sectionNames);
    expect(sections.flatMap(staffWordsIn)).toEqual([]);
    expect(readingEase(sections)).toBeGreaterThanOrEqual(60);
    const named = new Set<string>([...sections, ...Object.values(staffSectionNames)]);
    for (const role of ROLES) {
      const me = someone(role);
      const menu = navItemsFor(me);
      // "Languages" is said in the reader's language, from the catalogue.
      const untranslated = menu.filter((item) => !item.translated).map((item) => item.label);
      expect(
        untranslated.filter((label) => !named.has(label)),
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
    // The public pages and the member's main actions use the same names as the menu.
    expect(english['publicPages.stories']).toBe(sectionNames.readStories);
    expect(english['publicPages.whatsOn']).toBe(sectionNames.whatsOn);
    expect(english['memberHome.whatsOn']).toBe(sectionNames.whatsOn);
    expect(english['memberHome.haveYourSay']).toBe(sectionNames.haveYourSay);
    expect(english['memberHome.storiesCardTitle']).toBe(sectionNames.myStories);
    expect(english['memberHome.accountCardTitle']).toBe(sectionNames.myAccount);
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
      ...navItemsFor(member).map((item) => item.label),
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
