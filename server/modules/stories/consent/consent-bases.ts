import { asc, inArray } from 'drizzle-orm';
import type { EffectiveConsent } from '../../../../contracts/stories.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { consentEvents } from '../stories.tables.js';
import { foldConsent } from './fold.js';

/** The consent a story's words rest on now, and the ledger event behind it. */
export type ConsentBasis = {
  storyId: string;
  consent: EffectiveConsent;
  /** The latest ledger event: the grant in force, the grant that expired, or the withdrawal. */
  eventId: string;
  eventAt: Date;
};

/**
 * The consent in force for each story (stories never consented to are left out), folded by the
 * same rule every read of a story uses, so other modules can never disagree about withdrawal or
 * expiry. Reads only the ledger, never a story's text.
 */
export async function findConsentBases(
  db: DbOrTx,
  storyIds: readonly string[],
  now = new Date(),
): Promise<Map<string, ConsentBasis>> {
  const unique = [...new Set(storyIds)];
  if (unique.length === 0) return new Map();
  const rows = await db
    .select()
    .from(consentEvents)
    .where(inArray(consentEvents.storyId, unique))
    .orderBy(asc(consentEvents.storyId), asc(consentEvents.at), asc(consentEvents.id));
  const byStory = new Map<string, (typeof rows)[number][]>();
  for (const row of rows) byStory.set(row.storyId, [...(byStory.get(row.storyId) ?? []), row]);
  const bases = new Map<string, ConsentBasis>();
  for (const [storyId, ledger] of byStory) {
    const latest = ledger.at(-1);
    if (!latest) continue;
    bases.set(storyId, {
      storyId,
      consent: foldConsent(ledger, now),
      eventId: latest.id,
      eventAt: latest.at,
    });
  }
  return bases;
}
