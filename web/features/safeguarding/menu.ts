// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';
import { storiesStrings } from '../../lib/strings/stories.js';

/** Leads work alerts; admins receive the ones nobody picked up, so they need the way in too. */
function worksAlerts(me: MeResponse | null | undefined): boolean {
  return hasRole(me, 'safeguarding_lead') || hasRole(me, 'partnership_admin');
}

export function safeguardingNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  // Admins reach escalated alerts from the message they get and from their home page, which keeps
  // their already long menu from growing.
  return hasRole(me, 'safeguarding_lead')
    ? [{ to: '/safeguarding', label: t('staffSections.safeguardingAlerts') }]
    : [];
}

export function safeguardingHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  const h = storiesStrings.home;
  return worksAlerts(me)
    ? [
        {
          to: '/safeguarding',
          title: t('staffSections.safeguardingAlerts'),
          body: h.safeguardingCardBody,
          translated: 'title',
        },
      ]
    : [];
}
