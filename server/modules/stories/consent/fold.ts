import type { ConsentTier, EffectiveConsent } from '../../../../contracts/stories.js';

/** One ledger entry as the fold needs it. */
export type ConsentLedgerEntry = {
  at: Date;
  action: 'grant' | 'withdraw';
  tier: ConsentTier | null;
  partnerOrganisationIds: string[];
  purpose: string;
  identification: 'anonymous' | 'pseudonym' | 'first_name';
  pseudonym: string | null;
  media: string[];
  expiresAt: Date | null;
};

const TIER_RANK: Record<ConsentTier, number> = { private: 0, analysis: 1, partners: 2, public: 3 };

export const PRIVATE_ONLY: EffectiveConsent = {
  tier: 'private',
  withdrawn: false,
  expired: false,
  partnerOrganisationIds: [],
  purpose: '',
  identification: 'anonymous',
  pseudonym: null,
  media: ['text'],
  expiresAt: null,
};

/**
 * Effective consent is the fold of the ledger: the latest grant stands until a withdrawal; a
 * withdrawal sends the story back to private; expired consent behaves exactly like withdrawal.
 */
export function foldConsent(entries: readonly ConsentLedgerEntry[], now = new Date()): EffectiveConsent {
  let effective: EffectiveConsent = PRIVATE_ONLY;
  const ordered = [...entries].sort((a, b) => a.at.getTime() - b.at.getTime());
  for (const entry of ordered) {
    if (entry.action === 'withdraw') {
      effective = { ...PRIVATE_ONLY, withdrawn: true };
      continue;
    }
    effective = {
      tier: entry.tier ?? 'private',
      withdrawn: false,
      expired: false,
      partnerOrganisationIds:
        entry.tier === 'partners' || entry.tier === 'public' ? entry.partnerOrganisationIds : [],
      purpose: entry.purpose,
      identification: entry.identification,
      pseudonym: entry.pseudonym,
      media: entry.media.filter((m): m is 'text' | 'audio' | 'video' =>
        ['text', 'audio', 'video'].includes(m),
      ),
      expiresAt: entry.expiresAt?.toISOString() ?? null,
    };
  }
  if (effective.expiresAt && new Date(effective.expiresAt).getTime() <= now.getTime()) {
    return { ...PRIVATE_ONLY, expired: true, expiresAt: effective.expiresAt };
  }
  return effective;
}

/** Does the effective consent reach at least this tier? */
export function allows(consent: EffectiveConsent, tier: ConsentTier): boolean {
  return TIER_RANK[consent.tier] >= TIER_RANK[tier];
}
