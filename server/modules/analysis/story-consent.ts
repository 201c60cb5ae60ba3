import { sql } from 'drizzle-orm';
import { z } from 'zod';
import type { EffectiveConsent } from '../../../contracts/stories.js';
import type { DbOrTx } from '../../kernel/db.js';
import { foldConsent } from '../stories/index.js';

/** The consent a story's quotes rest on now: the stories module's fold, and the ledger event behind it. */
export type ConsentBasis = {
  storyId: string;
  consent: EffectiveConsent;
  /** The latest ledger event: the grant in force, the grant that expired, or the withdrawal. */
  eventId: string;
  eventAt: Date;
};

// Raw rows differ a little between node-postgres and PGlite; zod gives both one shape.
const LedgerRowSchema = z.object({
  id: z.string(),
  story_id: z.string(),
  at: z.coerce.date(),
  action: z.enum(['grant', 'withdraw']),
  tier: z.enum(['private', 'analysis', 'partners', 'public']).nullable(),
  partner_organisation_ids: z.array(z.string()),
  purpose: z.string(),
  identification: z.enum(['anonymous', 'pseudonym', 'first_name']),
  pseudonym: z.string().nullable(),
  media: z.array(z.string()),
  expires_at: z.coerce.date().nullable(),
});
const RawResultSchema = z.object({ rows: z.array(z.unknown()) });

/**
 * The consent in force for each story (stories never consented to are left out), folded with the
 * stories module's own rule so analysis can never disagree with it about withdrawal or expiry.
 *
 * STOPGAP, the one place analysis reads a table it does not own: the stories module's index.ts exports
 * the fold (`foldConsent`) but nothing that returns a story's ledger, partners or purpose, and the
 * stories module is being changed by someone else. This read should become a call to an exported
 * `findConsentLedgers(db, storyIds)` (or `findConsentBases`) in server/modules/stories/index.ts; nothing
 * else in analysis needs to change then. It only reads, and never the story's text.
 */
export async function findConsentBases(
  db: DbOrTx,
  storyIds: readonly string[],
  now = new Date(),
): Promise<Map<string, ConsentBasis>> {
  const unique = [...new Set(storyIds)];
  if (unique.length === 0) return new Map();
  const result = await db.execute(sql`
    select id, story_id, to_json(at) as at, action, tier,
           array_to_json(partner_organisation_ids) as partner_organisation_ids, purpose, identification,
           pseudonym, array_to_json(media) as media, to_json(expires_at) as expires_at
    from consent_events
    where story_id in (${sql.join(
      unique.map((id) => sql`${id}::uuid`),
      sql`, `,
    )})
    order by consent_events.story_id, consent_events.at, consent_events.id`);
  const byStory = new Map<string, z.infer<typeof LedgerRowSchema>[]>();
  for (const raw of RawResultSchema.parse(result).rows) {
    const row = LedgerRowSchema.parse(raw);
    byStory.set(row.story_id, [...(byStory.get(row.story_id) ?? []), row]);
  }
  const bases = new Map<string, ConsentBasis>();
  for (const [storyId, rows] of byStory) {
    const latest = rows.at(-1);
    if (!latest) continue;
    const consent = foldConsent(
      rows.map((row) => ({
        at: row.at,
        action: row.action,
        tier: row.tier,
        partnerOrganisationIds: row.partner_organisation_ids,
        purpose: row.purpose,
        identification: row.identification,
        pseudonym: row.pseudonym,
        media: row.media,
        expiresAt: row.expires_at,
      })),
      now,
    );
    bases.set(storyId, { storyId, consent, eventId: latest.id, eventAt: latest.at });
  }
  return bases;
}
