// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { mayAnalyse } from './access.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { sectionNames } from '../../lib/strings/sections.js';

/** Who may analyse: the roles that read de-identified stories shared for analysis. */
export function analysisNavItems(me: MeResponse | null | undefined): { to: string; label: string }[] {
  return mayAnalyse(me) ? [{ to: '/analysis', label: sectionNames.findingThemes }] : [];
}

export function analysisHomeCards(me: MeResponse): { to: string; title: string; body: string }[] {
  return mayAnalyse(me)
    ? [{ to: '/analysis', title: sectionNames.findingThemes, body: analysisStrings.home.body }]
    : [];
}
