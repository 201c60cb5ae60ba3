import type {
  CommitmentStatus,
  Priority,
  PriorityState,
  PublicPriority,
  PublicPriorityPage,
  PublicYouSaidWeDid,
} from '../../../../contracts/coproduction.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationsOfPartnership } from '../../people/index.js';
import * as repo from './priorities.repository.js';
import { toPriorities } from './priority-presenter.js';

/**
 * One state per priority, so "still to do", "done" and "not going ahead" partition the priorities:
 * a priority with one commitment done and another under way is still to do, not counted twice.
 */
export function priorityState(commitments: readonly { status: CommitmentStatus }[]): PriorityState {
  if (commitments.length === 0) return 'open';
  if (commitments.some((c) => c.status === 'planned' || c.status === 'in_progress')) return 'open';
  return commitments.some((c) => c.status === 'done') ? 'done' : 'declined';
}

/** A priority as the public sees it: its commitments without who inside an organisation owns them. */
function toPublicPriority(p: Priority): PublicPriority {
  return {
    id: p.id,
    organisationName: p.organisationName,
    source: p.source,
    title: p.title,
    text: p.text,
    commitments: p.commitments.map(({ ownerOrganisationId: _owner, ...c }) => c),
    state: priorityState(p.commitments),
    done: p.commitments.filter((c) => c.status === 'done').length,
    open: p.commitments.filter((c) => c.status === 'planned' || c.status === 'in_progress').length,
    declined: p.commitments.filter((c) => c.status === 'declined').length,
  };
}

/** Published priorities only: what was said, what was committed, what changed, what is still open or declined and why. */
export async function getPublicYouSaidWeDid(
  context: ModuleContext,
  partnershipId: string,
): Promise<PublicYouSaidWeDid> {
  const organisations = await findOrganisationsOfPartnership(context.db, partnershipId);
  if (organisations.length === 0) throw notFound('partnership');
  const rows = await repo.findPrioritiesOfPartnership(context.db, partnershipId, true);
  const views = await toPriorities(context.db, null, rows);
  return {
    partnershipId,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    priorities: views.map(toPublicPriority),
  };
}

/**
 * One published priority, the page its news links to. One that is not published is answered exactly
 * as one that does not exist: whether it exists is not public either.
 */
export async function getPublicPriority(
  context: ModuleContext,
  priorityId: string,
): Promise<PublicPriorityPage> {
  const row = await repo.findPriority(context.db, priorityId);
  if (!row?.published) throw notFound('priority');
  const [view] = await toPriorities(context.db, null, [row]);
  if (!view) throw notFound('priority');
  return { partnershipId: row.partnershipId, priority: toPublicPriority(view) };
}
