// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { mayRunCafes } from './access.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';

/** Facilitators and coordinators plan and run cafés. */
export function cafesNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  return mayRunCafes(me) ? [{ to: '/cafes', label: t('sections.cafes') }] : [];
}

export function cafesHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  const h = cafesStrings.home;
  return mayRunCafes(me)
    ? [{ to: '/cafes', title: t('sections.cafes'), body: h.cafesCardBody, translated: 'title' }]
    : [];
}
