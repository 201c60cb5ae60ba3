// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';

/** Anyone in a partnership takes part in co-production. */
export function mayCoproduce(me: MeResponse | null | undefined): boolean {
  return Boolean(me?.partnership);
}

export function coproductionNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  return mayCoproduce(me) ? [{ to: '/coproduction', label: t('sections.haveYourSay') }] : [];
}

export function coproductionHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  const h = coproductionStrings.home;
  return mayCoproduce(me)
    ? [{ to: '/coproduction', title: t('sections.haveYourSay'), body: h.body, translated: 'title' }]
    : [];
}
