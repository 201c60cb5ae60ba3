// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { sectionNames } from '../../lib/strings/sections.js';

/** Anyone in a partnership takes part in co-production. */
export function mayCoproduce(me: MeResponse | null | undefined): boolean {
  return Boolean(me?.partnership);
}

export function coproductionNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayCoproduce(me) ? [{ to: '/coproduction', label: sectionNames.haveYourSay }] : [];
}

export function coproductionHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  const h = coproductionStrings.home;
  return mayCoproduce(me) ? [{ to: '/coproduction', title: sectionNames.haveYourSay, body: h.body }] : [];
}
