// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { mayAnalyse } from './access.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';

/** Who may analyse: the roles that read de-identified stories shared for analysis. */
export function analysisNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  return mayAnalyse(me) ? [{ to: '/analysis', label: t('sections.findingThemes') }] : [];
}

export function analysisHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  return mayAnalyse(me)
    ? [
        {
          to: '/analysis',
          title: t('sections.findingThemes'),
          body: analysisStrings.home.body,
          translated: 'title',
        },
      ]
    : [];
}
