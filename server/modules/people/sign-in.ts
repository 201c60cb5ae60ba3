import type { FastifyReply, FastifyRequest } from 'fastify';
import type { MeResponse, SignInRequest } from '../../../contracts/people.js';
import { requireActor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { endSession, startSession, verifyAgainstDummy, verifyPassword } from '../../kernel/auth.js';
import { AppError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getMe, resolveActor } from './me.js';
import * as repo from './people.repository.js';

/** Starts a session for the person and sets its cookie (secure whenever Cairn is served over https). */
export async function startSignedInSession(
  context: ModuleContext,
  reply: FastifyReply,
  personId: string,
): Promise<void> {
  await startSession(context.db, reply, personId, {
    secure: context.config.publicUrl.startsWith('https://'),
  });
}

export async function signIn(
  context: ModuleContext,
  reply: FastifyReply,
  input: SignInRequest,
): Promise<MeResponse> {
  const person = await repo.findPersonByEmail(context.db, input.email);
  const ok = person?.passwordHash ? await verifyPassword(person.passwordHash, input.password) : false;
  if (!person?.passwordHash) await verifyAgainstDummy(input.password);
  if (!person || !ok) {
    throw new AppError('unauthenticated', message('people.signIn.wrongDetails'), [
      { path: 'email', message: message('people.signIn.wrongDetailsField') },
    ]);
  }
  await startSignedInSession(context, reply, person.id);
  const actor = await resolveActor(context.db, person.id);
  await recordAudit(context.db, {
    actorId: person.id,
    partnershipId: actor?.partnershipId ?? null,
    action: 'auth.signed_in',
    subjectType: 'person',
    subjectId: person.id,
  });
  return getMe(context, requireActor(actor));
}

/**
 * Ends the session. This browser's place in any café, or at any café table it hosted, is forgotten by
 * `POST /api/cafes/forget-phone`, which the web asks for first: those cookies never reach this path.
 */
export async function signOut(
  context: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  await endSession(context.db, request, reply);
}
