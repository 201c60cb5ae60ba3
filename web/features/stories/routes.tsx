import type { RouteObject } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';

/** The stories pages, for signed-in people; each loads when first visited. */
export const storiesRoutes: RouteObject[] = [
  {
    path: 'stories',
    lazy: () => import('./my-stories-page.js').then((m) => ({ Component: m.MyStoriesPage })),
  },
  {
    path: 'stories/search',
    lazy: () => import('./search-page.js').then((m) => ({ Component: m.SearchPage })),
  },
  {
    path: 'stories/new',
    lazy: () => import('./new-story-page.js').then((m) => ({ Component: m.NewStoryPage })),
  },
  {
    path: 'stories/:storyId',
    lazy: () => import('./story-page.js').then((m) => ({ Component: m.StoryPage })),
  },
  {
    path: 'stories/:storyId/edit',
    lazy: () => import('./edit-story-page.js').then((m) => ({ Component: m.EditStoryPage })),
  },
  {
    path: 'stories/:storyId/review',
    lazy: () => import('./review-page.js').then((m) => ({ Component: m.ReviewPage })),
  },
  {
    path: 'stories/:storyId/consent',
    lazy: () => import('./consent-page.js').then((m) => ({ Component: m.ConsentPage })),
  },
];

export interface StoriesNavItem {
  to: string;
  label: string;
}

/** Navigation entries for the stories pages: everyone signed in has their own stories. */
export function storiesNavItems(me: MeResponse | null | undefined): StoriesNavItem[] {
  if (!me || me.memberships.length === 0) return [];
  const items = [{ to: '/stories', label: storiesStrings.nav.myStories }];
  // Peer supporters, facilitators and coordinators read stories shared for analysis.
  if (me.roles.some((role) => role !== 'member'))
    items.push({ to: '/stories/search', label: storiesStrings.search.nav });
  return items;
}

/**
 * The home page's first action for anyone in an organisation: writing a story, in one step rather
 * than through "My stories".
 */
export function storiesMainAction(me: MeResponse): { to: string; label: string } | null {
  return me.memberships.length === 0 ? null : { to: '/stories/new', label: storiesStrings.home.writeStory };
}

/** Cards for the home page: one's own stories, and recording others' for peer supporters. */
export function storiesHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  if (me.memberships.length === 0) return [];
  const h = storiesStrings.home;
  const cards = [{ to: '/stories', title: h.storiesCardTitle, body: h.storiesCardBody }];
  if (hasRole(me, 'peer_supporter')) {
    cards.push({
      to: '/stories/new?channel=one_to_one_interview',
      title: h.recordCardTitle,
      body: h.recordCardBody,
    });
  }
  return cards;
}
