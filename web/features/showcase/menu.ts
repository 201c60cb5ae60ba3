// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { Translate } from '../../lib/i18n/i18n.js';
import type { MenuLink } from '../../lib/sections.js';

/** Everyone, signed in or not, may open the showcase. */
export function showcaseNavItems(t: Translate): MenuLink[] {
  return [{ to: '/showcase', label: t('sections.readStories') }];
}
