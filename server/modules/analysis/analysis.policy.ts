import type { Audience } from '../../../contracts/analysis.js';
import type { ConsentTier } from '../../../contracts/stories.js';

/**
 * May a quote from a story with this consent go in a briefing for this audience? Analysis consent lets
 * the team read and code a story, not repeat its words outside: decision makers and practitioners need
 * consent to share with partners (or wider); the general public needs public consent.
 */
export function mayQuoteFor(tier: ConsentTier, audience: Audience): boolean {
  if (audience === 'public') return tier === 'public';
  return tier === 'partners' || tier === 'public';
}
