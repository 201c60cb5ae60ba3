import type { Priority } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { organisationNames } from '../names.js';
import * as repo from './priorities.repository.js';
import { findSubscribedPriorityIds } from './subscriptions.repository.js';

/** Priorities with their commitments and updates; `actor` is null for the public page. */
export async function toPriorities(
  db: DbOrTx,
  actor: Actor | null,
  rows: repo.PriorityRow[],
): Promise<Priority[]> {
  const partnershipId = rows[0]?.partnershipId ?? null;
  const commitments = await repo.findCommitmentsOfPriorities(
    db,
    rows.map((p) => p.id),
  );
  const [names, updates, subscribed] = await Promise.all([
    organisationNames(db, partnershipId),
    repo.findUpdatesOfCommitments(
      db,
      commitments.map((c) => c.id),
    ),
    actor ? findSubscribedPriorityIds(db, actor.personId) : Promise.resolve(new Set<string>()),
  ]);
  return rows.map((p) => ({
    id: p.id,
    organisationId: p.organisationId,
    organisationName: names.get(p.organisationId) ?? '',
    source: p.source,
    sourceRef: p.sourceRef,
    cafePriorityId: p.cafePriorityId,
    keyMessageId: p.keyMessageId,
    title: p.title,
    text: p.text,
    published: p.published,
    createdAt: p.createdAt.toISOString(),
    commitments: commitments
      .filter((c) => c.priorityId === p.id)
      .map((c) => ({
        id: c.id,
        ownerOrganisationId: c.ownerOrganisationId,
        ownerOrganisationName: names.get(c.ownerOrganisationId) ?? '',
        description: c.description,
        dueOn: c.dueOn,
        status: c.status,
        declinedReason: c.declinedReason,
        progress: c.progress,
        updates: updates
          .filter((u) => u.commitmentId === c.id)
          .map((u) => ({ id: u.id, text: u.text, happenedOn: u.happenedOn })),
      })),
    subscribed: subscribed.has(p.id),
    mayManage: actor !== null && mayCoordinate(actor, p.organisationId),
  }));
}

/** One priority, read again as it is now. */
export async function priorityView(db: DbOrTx, actor: Actor, priorityId: string): Promise<Priority> {
  const row = await repo.findPriority(db, priorityId);
  const [view] = row ? await toPriorities(db, actor, [row]) : [];
  if (!view) throw notFound('priority');
  return view;
}
