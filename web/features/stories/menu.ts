// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';
import { sectionNames } from '../../lib/strings/sections.js';
import { storiesStrings } from '../../lib/strings/stories.js';

export interface StoriesNavItem {
  to: string;
  label: string;
}

/** Navigation entries for the stories pages: everyone signed in has their own stories. */
export function storiesNavItems(me: MeResponse | null | undefined): StoriesNavItem[] {
  if (!me || me.memberships.length === 0) return [];
  const items: StoriesNavItem[] = [{ to: '/stories', label: sectionNames.myStories }];
  // Peer supporters, facilitators and coordinators read stories shared for analysis.
  if (me.roles.some((role) => role !== 'member'))
    items.push({ to: '/stories/search', label: sectionNames.searchStories });
  return items;
}

/** Anyone in an organisation may tell their story: the home page's first action (start-story.tsx). */
export function mayTellStory(me: MeResponse): boolean {
  return me.memberships.length > 0;
}

/** Cards for the home page: one's own stories, and recording others' for peer supporters. */
export function storiesHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  if (!mayTellStory(me)) return [];
  const h = storiesStrings.home;
  const cards: { to: string; title: string; body: string }[] = [
    { to: '/stories', title: sectionNames.myStories, body: h.storiesCardBody },
  ];
  if (hasRole(me, 'peer_supporter')) {
    cards.push({
      to: '/stories/new?channel=one_to_one_interview',
      title: h.recordCardTitle,
      body: h.recordCardBody,
    });
  }
  return cards;
}
