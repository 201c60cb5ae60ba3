// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';
import { storiesStrings } from '../../lib/strings/stories.js';

/** Navigation entries for the stories pages: everyone signed in has their own stories. */
export function storiesNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  if (!me || me.memberships.length === 0) return [];
  const items: MenuLink[] = [{ to: '/stories', label: t('sections.myStories') }];
  // Peer supporters, facilitators and coordinators read stories shared for analysis.
  if (me.roles.some((role) => role !== 'member'))
    items.push({ to: '/stories/search', label: t('sections.searchStories') });
  return items;
}

/** Anyone in an organisation may tell their story: the home page's first action (start-story.tsx). */
export function mayTellStory(me: MeResponse): boolean {
  return me.memberships.length > 0;
}

/** Cards for the home page: one's own stories, and recording others' for peer supporters. */
export function storiesHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  if (!mayTellStory(me)) return [];
  const h = storiesStrings.home;
  const cards: HomeCard[] = [
    {
      to: '/stories',
      title: t('sections.myStories'),
      body: t('memberHome.storiesCardBody'),
      translated: 'all',
    },
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
