import type { ActionErasureRequest, ErasureRequest } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { requirePartnershipAdmin } from './loaders.js';
import * as repo from './people.repository.js';
import { toErasureRequest } from './presenters.js';

/** A person asks for their data to be erased; a partnership admin actions it. One open request at a time. */
export async function requestErasure(
  context: ModuleContext,
  actor: Actor,
  reason: string,
): Promise<ErasureRequest> {
  const existing = await repo.findErasureRequestsOfPerson(context.db, actor.personId);
  if (existing.some((r) => r.status === 'open')) {
    throw new AppError('conflict', message('people.erasure.alreadyAsked'));
  }
  const id = await context.db.transaction(async (tx) => {
    const row = await repo.insertErasureRequest(tx, {
      personId: actor.personId,
      partnershipId: actor.partnershipId,
      reason,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'person.erasure_requested',
      subjectType: 'erasure_request',
      subjectId: row.id,
    });
    return row.id;
  });
  const row = await repo.findErasureRequest(context.db, id);
  if (!row) throw notFound('erasureRequest');
  return toErasureRequest(row);
}

export async function findMyErasureRequests(context: ModuleContext, actor: Actor) {
  const rows = await repo.findErasureRequestsOfPerson(context.db, actor.personId);
  return rows.map(toErasureRequest);
}

/** The partnership's erasure requests, and those of people who belong to no partnership any more. */
export async function findErasureRequests(context: ModuleContext, signedIn: Actor) {
  const actor = requirePartnershipAdmin(signedIn);
  const rows = await repo.findErasureRequestsOfPartnership(context.db, actor.partnershipId);
  return rows.map(toErasureRequest);
}

/**
 * Completes an erasure request by asking every module to erase (or, where the law requires
 * keeping, restrict) the person's data; or refuses it with a reason the person will see.
 */
export async function actionErasureRequest(
  context: ModuleContext,
  signedIn: Actor,
  requestId: string,
  input: ActionErasureRequest,
): Promise<ErasureRequest> {
  const actor = requirePartnershipAdmin(signedIn);
  const request = await repo.findErasureRequest(context.db, requestId);
  if (!request || (request.partnershipId !== null && request.partnershipId !== actor.partnershipId)) {
    throw notFound('erasureRequest');
  }
  if (request.status !== 'open') throw new AppError('conflict', message('people.erasure.alreadyDealtWith'));
  await context.db.transaction(async (tx) => {
    const summaries: string[] = [];
    if (input.decision === 'complete') {
      for (const handler of context.personalData.handlers()) {
        summaries.push(`${handler.module}: ${await handler.erase(tx, request.personId)}`);
      }
    }
    const outcome = [input.outcome, ...summaries].join('\n');
    const actioned = await repo.updateErasureRequest(tx, request.id, {
      status: input.decision === 'complete' ? 'completed' : 'refused',
      actionedBy: actor.personId,
      outcome,
    });
    if (!actioned) throw new AppError('conflict', message('people.erasure.alreadyDealtWith'));
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: input.decision === 'complete' ? 'person.erased' : 'person.erasure_refused',
      subjectType: 'erasure_request',
      subjectId: request.id,
      details: { modules: context.personalData.handlers().map((h) => h.module) },
    });
  });
  const updated = await repo.findErasureRequest(context.db, request.id);
  if (!updated) throw notFound('erasureRequest');
  return toErasureRequest(updated);
}
