import type { ConsentConfirmation, ConsentTier } from '../../../../contracts/stories.js';
import type { DbOrTx } from '../../../kernel/db.js';
import * as stories from '../stories.repository.js';
import { foldConsent } from './fold.js';

export type LedgerGrant = {
  action: 'grant';
  tier: ConsentTier;
  partnerOrganisationIds: string[];
  purpose: string;
  identification: 'anonymous' | 'pseudonym' | 'first_name';
  pseudonym: string | null;
  media: string[];
  expiresAt: Date | null;
};
export type LedgerEvent = (LedgerGrant | { action: 'withdraw' }) & {
  method: 'verbal' | 'written' | 'digital';
  recordedBy: string;
  wordingVersion: string;
  wordingId: string | null;
  confirmation: ConsentConfirmation | null;
};

/**
 * Appends an event to a story's consent ledger and projects the effective consent onto the story
 * in the same transaction, so a withdrawal takes the story out of the showcase, search and
 * analysis at once. The only way consent changes.
 */
export async function appendConsentEvent(tx: DbOrTx, storyId: string, event: LedgerEvent) {
  await stories.insertConsentEvent(tx, {
    storyId,
    action: event.action,
    tier: event.action === 'grant' ? event.tier : null,
    method: event.method,
    recordedBy: event.recordedBy,
    wordingVersion: event.wordingVersion,
    wordingId: event.wordingId,
    confirmation: event.confirmation,
    ...(event.action === 'grant'
      ? {
          partnerOrganisationIds: event.partnerOrganisationIds,
          purpose: event.purpose,
          identification: event.identification,
          pseudonym: event.pseudonym,
          media: event.media,
          expiresAt: event.expiresAt,
        }
      : {}),
  });
  const effective = foldConsent(await stories.findConsentEvents(tx, storyId));
  await stories.updateStory(tx, storyId, {
    consentTier: effective.tier,
    consentExpiresAt: effective.expiresAt ? new Date(effective.expiresAt) : null,
    consentPartnerIds: effective.partnerOrganisationIds,
    ...(event.action === 'withdraw'
      ? { status: 'withdrawn' as const, approvedText: null, approvedAt: null }
      : {}),
  });
  return effective;
}
