// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { mayBeInvolved } from './access.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { sectionNames } from '../../lib/strings/sections.js';

/** Anyone signed in with a membership of an organisation has an involvement record. */
export function involvementNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayBeInvolved(me) ? [{ to: '/involvement', label: sectionNames.myTimeGiven }] : [];
}

export function involvementHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  if (!mayBeInvolved(me)) return [];
  const h = involvementStrings.home;
  return [
    { to: '/involvement', title: sectionNames.myTimeGiven, body: h.body },
    ...coordinatedOrganisations(me).map((organisation) => ({
      to: `/involvement/organisations/${organisation.id}`,
      title: h.logTitle(organisation.name),
      body: h.logBody,
    })),
  ];
}
