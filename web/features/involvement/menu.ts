// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { mayBeInvolved } from './access.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';

/** Anyone signed in with a membership of an organisation has an involvement record. */
export function involvementNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  return mayBeInvolved(me) ? [{ to: '/involvement', label: t('sections.myTimeGiven') }] : [];
}

export function involvementHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  if (!mayBeInvolved(me)) return [];
  const h = involvementStrings.home;
  return [
    {
      to: '/involvement',
      title: t('sections.myTimeGiven'),
      body: t('memberHome.timeGivenBody'),
      translated: 'all',
    },
    ...coordinatedOrganisations(me).map((organisation) => ({
      to: `/involvement/organisations/${organisation.id}`,
      title: h.logTitle(organisation.name),
      body: h.logBody,
    })),
  ];
}
