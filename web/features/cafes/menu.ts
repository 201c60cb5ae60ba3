// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { mayRunCafes } from './access.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { sectionNames } from '../../lib/strings/sections.js';

/** Facilitators and coordinators plan and run cafés. */
export function cafesNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayRunCafes(me) ? [{ to: '/cafes', label: sectionNames.cafes }] : [];
}

export function cafesHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  const h = cafesStrings.home;
  return mayRunCafes(me) ? [{ to: '/cafes', title: sectionNames.cafes, body: h.cafesCardBody }] : [];
}
