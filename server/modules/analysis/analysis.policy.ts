import type { Audience } from '../../../contracts/analysis.js';
import type { ConsentTier } from '../../../contracts/stories.js';
import { hasRole, type Actor } from '../../kernel/access.js';

/**
 * May a quote from a story with this consent back a key message for this audience? Analysis consent lets
 * the team read and code a story, not repeat its words outside: decision makers and practitioners need
 * consent to share with partners (or wider); the general public needs public consent. A key message
 * stays inside the team; which of its quotes reach a briefing is `mayQuoteInBriefing`'s question.
 */
export function mayQuoteFor(tier: ConsentTier, audience: Audience): boolean {
  if (audience === 'public') return tier === 'public';
  return tier === 'partners' || tier === 'public';
}

/** Who a briefing is made for: an audience, and optionally one partner organisation and a purpose. */
export type BriefingRecipient = {
  audience: Audience;
  partnerOrganisationId: string | null;
  purpose: string;
};

/** The storyteller's consent in force for a story, as far as quoting is concerned. */
export type QuoteConsent = {
  tier: ConsentTier;
  partnerOrganisationIds: readonly string[];
  purpose: string;
};

/** Purposes are typed by people: the same words with different spacing or capitals are the same purpose. */
export function samePurpose(a: string, b: string): boolean {
  const normal = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();
  return normal(a) === normal(b);
}

/**
 * May a quote go into this briefing? Consent follows the words:
 *
 * - public consent: anywhere the audience rule allows (every audience);
 * - consent to share with named partners: only in a briefing made for one of those partners, for
 *   decision makers or practitioners (never the general public), and for the purpose the storyteller
 *   agreed to (when they stated one). A general briefing can be passed on to anyone, so it never
 *   carries these quotes;
 * - analysis consent (or none): never; those words stay inside the analysis team.
 */
export function mayQuoteInBriefing(consent: QuoteConsent, briefing: BriefingRecipient): boolean {
  if (!mayQuoteFor(consent.tier, briefing.audience)) return false;
  if (consent.tier === 'public') return true;
  return (
    briefing.partnerOrganisationId !== null &&
    consent.partnerOrganisationIds.includes(briefing.partnerOrganisationId) &&
    (consent.purpose.trim() === '' || samePurpose(consent.purpose, briefing.purpose))
  );
}

/** A purpose as it reads inside a sentence: "service planning", keeping capitals like "NHS". */
export function purposeInSentence(purpose: string): string {
  const trimmed = purpose.trim().replace(/[.\s]+$/, '');
  const [first = '', second = ''] = trimmed;
  return second === second.toLowerCase() ? first.toLowerCase() + trimmed.slice(1) : trimmed;
}

/**
 * The consent a quote in a briefing rests on, in plain words for its readers: "Shared with consent for
 * public use", or "Shared with Riverside Recovery for service planning".
 */
export function describeQuoteConsent(
  consent: Pick<QuoteConsent, 'tier' | 'purpose'>,
  partnerName: string | null,
): string {
  if (consent.tier === 'public') return 'Shared with consent for public use';
  if (consent.tier === 'partners') {
    const partner = `Shared with ${partnerName ?? 'named partner organisations'}`;
    return consent.purpose.trim() ? `${partner} for ${purposeInSentence(consent.purpose)}` : partner;
  }
  return 'Shared for analysis only';
}

/**
 * Who leads an organisation's analysis and gives stories to coders: its facilitators and coordinators
 * (and a partnership admin across the partnership). Peer supporters on the team code what they are given.
 */
export function mayLeadAnalysis(actor: Actor, organisationId: string): boolean {
  return hasRole(actor, ['facilitator', 'coordinator'], organisationId);
}
