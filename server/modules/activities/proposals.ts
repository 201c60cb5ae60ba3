import type { z } from 'zod';
import type {
  CreateProposalRequestSchema,
  Proposal,
  RespondToProposalRequestSchema,
} from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { mayCoordinate } from './activities.policy.js';
import * as repo from './activities.repository.js';
import { loadProposal, partnershipOrganisation } from './loaders.js';
import { tellProposalAnswered } from './notices.js';
import { toProposal, toProposals } from './presenters.js';
import { insertActivityWithOccurrences } from './programme.js';

// Members propose activities and support each other's proposals; a coordinator answers each.

export async function proposeActivity(
  context: ModuleContext,
  actor: Actor,
  body: z.output<typeof CreateProposalRequestSchema>,
): Promise<Proposal> {
  await partnershipOrganisation(context.db, actor, body.organisationId);
  const row = await repo.insertProposal(context.db, { ...body, proposedBy: actor.personId });
  return toProposal(context.db, actor, row);
}

export async function listProposals(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findProposalsOfOrganisation(context.db, organisationId);
  return { proposals: await toProposals(context.db, actor, rows) };
}

/** Each person supports a proposal once; supporting it again is refused. */
export async function supportProposal(
  context: ModuleContext,
  actor: Actor,
  proposalId: string,
): Promise<Proposal> {
  const row = await loadProposal(context.db, actor, proposalId);
  if (row.status !== 'open') throw new AppError('conflict', message('activities.proposals.answered'));
  if (!(await repo.insertSupport(context.db, proposalId, actor.personId))) {
    throw new AppError('conflict', message('activities.proposals.alreadySupported'));
  }
  return toProposal(context.db, actor, row);
}

/**
 * A coordinator answers with a reason everyone sees; an accepted proposal becomes an activity. The
 * proposer and supporters are told in the same transaction.
 */
export async function respondToProposal(
  context: ModuleContext,
  actor: Actor,
  proposalId: string,
  body: z.output<typeof RespondToProposalRequestSchema>,
): Promise<Proposal> {
  const existing = await loadProposal(context.db, actor, proposalId);
  if (!mayCoordinate(actor, existing.organisationId)) throw notFound('proposal');
  const row = await context.db.transaction(async (tx) => {
    const proposal = await repo.lockProposal(tx, proposalId);
    if (!proposal) throw notFound('proposal');
    if (proposal.status === 'accepted') {
      throw new AppError('conflict', message('activities.proposals.alreadyActivity'));
    }
    let activityId: string | null = null;
    if (body.response === 'accepted' && body.activity) {
      const activity = await insertActivityWithOccurrences(tx, actor, {
        ...body.activity,
        title: body.activity.title ?? proposal.title,
        kind: body.activity.kind ?? proposal.kind,
        description: body.activity.description || proposal.description,
        organisationId: proposal.organisationId,
      });
      activityId = activity.id;
    }
    await repo.updateProposal(tx, proposalId, {
      status: body.response,
      responseReason: body.reason,
      respondedBy: actor.personId,
      respondedAt: new Date(),
      activityId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'activity.proposal.answered',
      subjectType: 'activity_proposal',
      subjectId: proposalId,
      details: { response: body.response, activityId },
    });
    const updated = await repo.findProposal(tx, proposalId);
    if (!updated) throw notFound('proposal');
    const supports = await repo.findSupports(tx, [proposalId]);
    await tellProposalAnswered(
      context,
      tx,
      updated,
      supports.map((s) => s.personId),
    );
    return updated;
  });
  return toProposal(context.db, actor, row);
}
