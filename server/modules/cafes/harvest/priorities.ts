import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { isStanding } from '../board/index.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';
import { buildHarvest, describePaper, describeSources, mergedByIdea } from './harvest.js';
import * as harvestRepo from './harvest.repository.js';

/** Sends a priority on to co-production, with its counts at the time. */
export async function sendPriority(context: ModuleContext, actor: Actor, cafeId: string, ideaId: string) {
  const { row } = await requireFacilitator(context, actor, cafeId);
  const idea = (await repo.findIdeasWithCounts(context.db, cafeId)).find((i) => i.id === ideaId);
  if (!idea || !isStanding(idea)) throw notFound('idea');
  await harvestRepo.insertPriority(context.db, {
    cafeId,
    ideaId,
    organisationId: row.organisationId,
    text: idea.text,
    dots: idea.dots,
    voters: idea.voters,
    paperVotes: idea.paperVotes,
    paperKind: idea.paperKind,
    helpers: idea.helpers,
    sentBy: actor.personId,
  });
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'cafe.priority_sent',
    subjectType: 'cafe',
    subjectId: cafeId,
    details: { ideaId },
  });
  return buildHarvest(context, actor, cafeId);
}

// --- for co-production (through index.ts) ----------------------------------------------------------

/** Priorities cafés in these organisations have sent on, with where they came from. */
export async function findSentPriorities(db: DbOrTx, organisationIds: string[]) {
  const rows = await harvestRepo.findPrioritiesOfOrganisations(db, organisationIds);
  // Read when asked, as the harvest reads them, so a duplicate merged in after sending still counts.
  const cafeIds = [...new Set(rows.map((r) => r.priority.cafeId))];
  const merged = new Map(
    await Promise.all(
      cafeIds.map(async (id) => [id, mergedByIdea(await harvestRepo.findMergedIdeas(db, id))] as const),
    ),
  );
  return rows.map(({ priority, cafeTitle, tableNumber }) => ({
    id: priority.id,
    cafeId: priority.cafeId,
    /** The idea behind it, for `findPriorityContacts`. */
    ideaId: priority.ideaId,
    cafeTitle,
    organisationId: priority.organisationId,
    text: priority.text,
    dots: priority.dots,
    voters: priority.voters,
    /** Counted in from paper, in words ("4 sticker dots on paper"), or '' when none were. */
    paper: describePaper(priority),
    helpers: priority.helpers,
    /** Where merged duplicates came from, in words (see describeSources); '' when none were merged in. */
    sources: describeSources(tableNumber, merged.get(priority.cafeId)?.get(priority.ideaId) ?? []),
    sentAt: priority.sentAt,
  }));
}

/**
 * Who offered to help with a priority sent on from a café: the name and table of each person who left
 * a contact for it, that contact (decrypted), and how many more ticked without one. Co-production
 * checks who may read this and audits every read.
 */
export async function findPriorityHelpers(
  context: ModuleContext,
  db: DbOrTx,
  cafePriorityId: string,
): Promise<
  | {
      helpers: { name: string; contact: string; tableNumber: number; offeredAt: string }[];
      withoutContact: number;
    }
  | undefined
> {
  const sent = await harvestRepo.findPriority(db, cafePriorityId);
  if (!sent) return undefined;
  const offers = await repo.findHelpOffers(db, sent.ideaId);
  return {
    helpers: offers.flatMap((offer) =>
      offer.contactEncrypted
        ? [
            {
              name: offer.displayName,
              contact: context.cipher.decrypt(offer.contactEncrypted),
              tableNumber: offer.tableNumber,
              offeredAt: offer.tickedAt.toISOString(),
            },
          ]
        : [],
    ),
    withoutContact: offers.filter((offer) => !offer.contactEncrypted).length,
  };
}

/**
 * Who shaped a priority (proposed it, voted for it or offered help) and can hear back: the contacts
 * (decrypted) they left, and the people who took part signed in.
 */
export async function findPriorityContacts(
  context: ModuleContext,
  db: DbOrTx,
  ideaId: string,
): Promise<{ contacts: { contact: string; language: string | null }[]; personIds: string[] }> {
  const rows = await harvestRepo.findContributorContacts(db, ideaId);
  return {
    contacts: rows.flatMap((r) =>
      r.contactEncrypted
        ? [{ contact: context.cipher.decrypt(r.contactEncrypted), language: r.language }]
        : [],
    ),
    personIds: [...new Set(rows.flatMap((r) => (r.personId ? [r.personId] : [])))],
  };
}
