import type { FastifyReply, FastifyRequest } from 'fastify';
import type {
  AcceptInvitationRequest,
  ActionErasureRequest,
  ChangePasswordRequest,
  CreateInvitationRequest,
  ErasureRequest,
  MeResponse,
  Role,
  SignInRequest,
} from '../../../contracts/people.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { findAuditEvents, recordAudit } from '../../kernel/audit.js';
import {
  SESSION_COOKIE,
  endAllSessions,
  endSession,
  findPasswordWeakness,
  hashPassword,
  startSession,
  verifyAgainstDummy,
  verifyPassword,
} from '../../kernel/auth.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { queueMail } from '../../kernel/mail.js';
import { normalisePhoneNumber } from '../../../contracts/common.js';
import type { ModuleContext } from '../../kernel/module.js';
import { eraseInvolvementData, exportInvolvementData } from './people.involvement.service.js';
import { canAdministerPartnership, canGiveRole, canManageMembers } from './people.policy.js';
import * as repo from './people.repository.js';

const INVITATION_DAYS = 14;
const RESET_MINUTES = 60;
const DAY_MS = 86_400_000;

const ROLE_NAMES: Record<Role, string> = {
  member: 'member',
  peer_supporter: 'peer supporter',
  facilitator: 'facilitator',
  coordinator: 'coordinator',
  safeguarding_lead: 'safeguarding lead',
  partnership_admin: 'partnership admin',
};

function cookieOptions(context: ModuleContext) {
  return { secure: context.config.publicUrl.startsWith('https://') };
}

function weakPasswordError(message: string, path: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

// --- actor ----------------------------------------------------------------------------------------

/** Loads who a signed-in person is and what they may do; the kernel calls this once per request. */
export async function resolveActor(db: DbOrTx, personId: string): Promise<Actor | null> {
  const person = await repo.findPerson(db, personId);
  if (!person || person.erasedAt) return null;
  const rows = await repo.findMembershipsOfPerson(db, personId);
  const partnershipId = rows[0]?.partnershipId ?? null;
  const partnershipOrganisations = partnershipId
    ? await repo.findOrganisationsInPartnership(db, partnershipId)
    : [];
  return {
    personId: person.id,
    displayName: person.displayName,
    email: person.email,
    partnershipId,
    partnershipOrganisationIds: partnershipOrganisations.map((o) => o.id),
    memberships: rows.map((m) => ({ id: m.id, organisationId: m.organisationId, role: m.role })),
  };
}

export async function getMe(context: ModuleContext, actorOrNull: Actor | null): Promise<MeResponse> {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findMembershipsOfPerson(context.db, actor.personId);
  const partnership = actor.partnershipId
    ? await repo.findPartnership(context.db, actor.partnershipId)
    : undefined;
  const person = await repo.findPerson(context.db, actor.personId);
  return {
    person: {
      id: actor.personId,
      email: actor.email,
      displayName: actor.displayName,
      mobileNumber: person?.mobileNumber ?? null,
    },
    partnership: partnership ? { id: partnership.id, name: partnership.name } : null,
    memberships: rows.map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      partnershipId: m.partnershipId,
      role: m.role,
    })),
    roles: [...new Set(rows.map((m) => m.role))],
  };
}

// --- signing in and out ---------------------------------------------------------------------------

export async function signIn(
  context: ModuleContext,
  reply: FastifyReply,
  input: SignInRequest,
): Promise<MeResponse> {
  const person = await repo.findPersonByEmail(context.db, input.email);
  const ok = person?.passwordHash ? await verifyPassword(person.passwordHash, input.password) : false;
  if (!person?.passwordHash) await verifyAgainstDummy(input.password);
  if (!person || !ok) {
    throw new AppError(
      'unauthenticated',
      'The email address or password is not right. Check them and try again.',
      [{ path: 'email', message: 'Check your email address and password' }],
    );
  }
  await startSession(context.db, reply, person.id, cookieOptions(context));
  const actor = await resolveActor(context.db, person.id);
  await recordAudit(context.db, {
    actorId: person.id,
    partnershipId: actor?.partnershipId ?? null,
    action: 'auth.signed_in',
    subjectType: 'person',
    subjectId: person.id,
  });
  return getMe(context, actor);
}

export async function signOut(
  context: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<void> {
  await endSession(context.db, request, reply);
}

export async function requestPasswordReset(context: ModuleContext, email: string): Promise<void> {
  const person = await repo.findPersonByEmail(context.db, email);
  // Answer the same whether or not the account exists, so the form cannot be used to find people.
  if (!person || person.erasedAt) return;
  const token = randomToken();
  await context.db.transaction(async (tx) => {
    await repo.insertPasswordReset(tx, {
      personId: person.id,
      tokenHash: hashToken(token),
      expiresAt: new Date(Date.now() + RESET_MINUTES * 60_000),
    });
    await queueMail(tx, {
      to: person.email,
      subject: 'Reset your Cairn password',
      text:
        `Hello ${person.displayName},\n\n` +
        `Someone asked to reset the password for your Cairn account. If it was you, open this link ` +
        `within ${RESET_MINUTES} minutes to choose a new password:\n\n` +
        `${context.config.publicUrl}/reset-password/${token}\n\n` +
        `If it was not you, you can ignore this email: your password has not changed.`,
    });
  });
}

export async function completePasswordReset(
  context: ModuleContext,
  input: { token: string; password: string },
): Promise<void> {
  const reset = await repo.findUsablePasswordReset(context.db, hashToken(input.token));
  if (!reset) {
    throw new AppError(
      'not_found',
      'This reset link has expired or has already been used. Ask for a new one from the sign-in page.',
    );
  }
  const person = await repo.findPerson(context.db, reset.personId);
  if (!person || person.erasedAt) throw notFound('This account');
  const weakness = findPasswordWeakness(input.password, person.email);
  if (weakness) throw weakPasswordError(weakness, 'password');
  const passwordHash = await hashPassword(input.password);
  await context.db.transaction(async (tx) => {
    await repo.updatePerson(tx, person.id, { passwordHash });
    // Marked used in the same transaction, and only if still unused: a link works once, even if clicked twice.
    if (!(await repo.markPasswordResetUsed(tx, reset.id))) {
      throw new AppError(
        'not_found',
        'This reset link has already been used. Ask for a new one from the sign-in page.',
      );
    }
    await endAllSessions(tx, person.id);
    await recordAudit(tx, {
      actorId: person.id,
      partnershipId: null,
      action: 'auth.password_reset',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
}

// --- my account -----------------------------------------------------------------------------------

export async function updateProfile(
  context: ModuleContext,
  actorOrNull: Actor | null,
  input: { displayName?: string | undefined; mobileNumber?: string | undefined },
): Promise<MeResponse> {
  const actor = requireActor(actorOrNull);
  const changes = {
    ...(input.displayName === undefined ? {} : { displayName: input.displayName }),
    // Left out, the number stays as it was; empty removes it.
    ...(input.mobileNumber === undefined ? {} : { mobileNumber: normalisePhoneNumber(input.mobileNumber) }),
  };
  if (Object.keys(changes).length > 0) await repo.updatePerson(context.db, actor.personId, changes);
  return getMe(context, { ...actor, displayName: input.displayName ?? actor.displayName });
}

export async function changePassword(
  context: ModuleContext,
  request: FastifyRequest,
  input: ChangePasswordRequest,
): Promise<void> {
  const actor = requireActor(request.actor);
  const person = await repo.findPerson(context.db, actor.personId);
  if (!person?.passwordHash || !(await verifyPassword(person.passwordHash, input.currentPassword))) {
    throw new AppError('validation_failed', 'Your current password is not right.', [
      { path: 'currentPassword', message: 'Your current password is not right' },
    ]);
  }
  const weakness = findPasswordWeakness(input.newPassword, person.email);
  if (weakness) throw weakPasswordError(weakness, 'newPassword');
  const passwordHash = await hashPassword(input.newPassword);
  await context.db.transaction(async (tx) => {
    await repo.updatePerson(tx, person.id, { passwordHash });
    // Sign out everywhere else: a changed password should lock out whoever knew the old one.
    await endAllSessions(tx, person.id, request.cookies[SESSION_COOKIE]);
    await recordAudit(tx, {
      actorId: person.id,
      partnershipId: actor.partnershipId,
      action: 'auth.password_changed',
      subjectType: 'person',
      subjectId: person.id,
    });
  });
}

/** Everything Cairn holds about the signed-in person, from every module (right of access). */
export async function exportMyData(
  context: ModuleContext,
  actorOrNull: Actor | null,
): Promise<Record<string, unknown>> {
  const actor = requireActor(actorOrNull);
  const sections: Record<string, unknown> = {};
  for (const handler of context.personalData.handlers()) {
    sections[handler.module] = await handler.exportFor(context.db, actor.personId);
  }
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'person.data_exported',
    subjectType: 'person',
    subjectId: actor.personId,
  });
  return { exportedAt: new Date().toISOString(), personId: actor.personId, ...sections };
}

type ErasureRow = Awaited<ReturnType<typeof repo.findErasureRequestsOfPerson>>[number];

function toErasureRequest(row: ErasureRow): ErasureRequest {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    reason: row.reason,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    actionedAt: row.actionedAt?.toISOString() ?? null,
    outcome: row.outcome,
  };
}

export async function requestErasure(
  context: ModuleContext,
  actorOrNull: Actor | null,
  reason: string,
): Promise<ErasureRequest> {
  const actor = requireActor(actorOrNull);
  const existing = await repo.findErasureRequestsOfPerson(context.db, actor.personId);
  if (existing.some((r) => r.status === 'open')) {
    throw new AppError('conflict', 'You have already asked for your data to be erased. We will be in touch.');
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
  if (!row) throw notFound('The request');
  return toErasureRequest(row);
}

export async function findMyErasureRequests(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findErasureRequestsOfPerson(context.db, actor.personId);
  return rows.map(toErasureRequest);
}

// --- organisations and members --------------------------------------------------------------------

export async function findOrganisations(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  if (!actor.partnershipId) return [];
  const rows = await repo.findOrganisationsInPartnership(context.db, actor.partnershipId);
  return rows.map((o) => ({ id: o.id, name: o.name, partnershipId: o.partnershipId }));
}

/** A partnership admin adds an organisation to their partnership. */
export async function createOrganisation(context: ModuleContext, actorOrNull: Actor | null, name: string) {
  const actor = requirePartnershipAdmin(actorOrNull);
  const existing = await repo.findOrganisationsInPartnership(context.db, actor.partnershipId);
  if (existing.some((o) => o.name.toLowerCase() === name.toLowerCase())) {
    throw new AppError('conflict', `There is already an organisation called ${name} in this partnership.`);
  }
  return context.db.transaction(async (tx) => {
    const row = await repo.insertOrganisation(tx, { partnershipId: actor.partnershipId, name });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: row.id,
    });
    return { id: row.id, name: row.name, partnershipId: row.partnershipId };
  });
}

async function getManagedOrganisation(context: ModuleContext, actor: Actor, organisationId: string) {
  const organisation = await repo.findOrganisation(context.db, organisationId);
  if (!organisation || !canManageMembers(actor, organisation)) throw notFound('This organisation');
  return organisation;
}

export async function getMembers(context: ModuleContext, actorOrNull: Actor | null, organisationId: string) {
  const actor = requireActor(actorOrNull);
  const organisation = await getManagedOrganisation(context, actor, organisationId);
  const [members, pending] = await Promise.all([
    repo.findMembersOfOrganisation(context.db, organisation.id),
    repo.findPendingInvitations(context.db, organisation.id),
  ]);
  return {
    organisation: { id: organisation.id, name: organisation.name, partnershipId: organisation.partnershipId },
    members: members.map((m) => ({ ...m, since: m.since.toISOString() })),
    invitations: pending.map((i) => ({
      id: i.id,
      email: i.email,
      role: i.role,
      invitedAt: i.createdAt.toISOString(),
      expiresAt: i.expiresAt.toISOString(),
    })),
  };
}

export async function inviteToOrganisation(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  input: CreateInvitationRequest,
) {
  const actor = requireActor(actorOrNull);
  const organisation = await getManagedOrganisation(context, actor, organisationId);
  if (!canGiveRole(actor, organisation, input.role)) {
    throw new AppError('forbidden', `Only a partnership admin can give the ${ROLE_NAMES[input.role]} role.`);
  }
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
  const invitation = await context.db.transaction(async (tx) => {
    const row = await repo.insertInvitation(tx, {
      organisationId: organisation.id,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.personId,
      expiresAt,
    });
    await queueMail(tx, {
      to: input.email,
      subject: `${actor.displayName} has invited you to ${organisation.name} on Cairn`,
      text:
        `Hello,\n\n${actor.displayName} has invited you to join ${organisation.name} on Cairn ` +
        `as a ${ROLE_NAMES[input.role]}.\n\nOpen this link to accept (it works for ${INVITATION_DAYS} days):\n\n` +
        `${context.config.publicUrl}/invitations/${token}\n\n` +
        `If you were not expecting this, you can ignore this email.`,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'membership.invited',
      subjectType: 'organisation',
      subjectId: organisation.id,
      details: { invitationId: row.id, role: input.role },
    });
    return row;
  });
  return { id: invitation.id, expiresAt: invitation.expiresAt.toISOString() };
}

async function getOpenInvitation(context: ModuleContext, token: string) {
  const found = await repo.findOpenInvitationByTokenHash(context.db, hashToken(token));
  if (!found) {
    throw new AppError(
      'not_found',
      'This invitation has expired or has already been used. Ask the person who invited you to send a new one.',
    );
  }
  return found;
}

export async function getInvitation(context: ModuleContext, token: string) {
  const { invitation, organisationName } = await getOpenInvitation(context, token);
  const person = await repo.findPersonByEmail(context.db, invitation.email);
  return {
    organisationName,
    role: invitation.role,
    email: invitation.email,
    hasAccount: person !== undefined && person.erasedAt === null,
    expiresAt: invitation.expiresAt.toISOString(),
  };
}

/**
 * Accepts an invitation. Someone new chooses a name and password and is signed in; someone who
 * already has an account must be signed in as that account (so a forwarded link cannot be used to
 * take over an account).
 */
export async function acceptInvitation(
  context: ModuleContext,
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  input: AcceptInvitationRequest,
): Promise<MeResponse> {
  const { invitation, partnershipId } = await getOpenInvitation(context, token);
  const existing = await repo.findPersonByEmail(context.db, invitation.email);
  if (existing && !existing.erasedAt) {
    if (request.actor?.personId !== existing.id) {
      throw new AppError(
        'unauthenticated',
        `Please sign in as ${invitation.email} to accept this invitation.`,
      );
    }
  } else {
    const fieldErrors = [];
    if (!input.displayName)
      fieldErrors.push({ path: 'displayName', message: 'Enter the name you would like people to see' });
    if (!input.password) fieldErrors.push({ path: 'password', message: 'Choose a password' });
    if (fieldErrors.length > 0) {
      throw new AppError('validation_failed', fieldErrors.map((f) => f.message).join('; '), fieldErrors);
    }
  }
  const weakness =
    input.password && !existing ? findPasswordWeakness(input.password, invitation.email) : null;
  if (weakness) throw weakPasswordError(weakness, 'password');
  const passwordHash = !existing && input.password ? await hashPassword(input.password) : undefined;

  const personId = await context.db.transaction(async (tx) => {
    let id = existing?.id;
    if (!id) {
      if (!passwordHash || !input.displayName)
        throw new AppError('bad_request', 'A name and password are needed.');
      const created = await repo.insertPerson(tx, {
        email: invitation.email,
        displayName: input.displayName,
        passwordHash,
      });
      id = created.id;
    }
    await repo.insertMembership(tx, {
      personId: id,
      organisationId: invitation.organisationId,
      role: invitation.role,
    });
    await repo.markInvitationAccepted(tx, invitation.id, id);
    await recordAudit(tx, {
      actorId: id,
      partnershipId,
      action: 'membership.invitation_accepted',
      subjectType: 'organisation',
      subjectId: invitation.organisationId,
      details: { invitationId: invitation.id, role: invitation.role },
    });
    return id;
  });
  if (!existing) await startSession(context.db, reply, personId, cookieOptions(context));
  return getMe(context, await resolveActor(context.db, personId));
}

async function getManagedMembership(context: ModuleContext, actor: Actor, membershipId: string) {
  const membership = await repo.findMembership(context.db, membershipId);
  if (!membership) throw notFound('This membership');
  const organisation = await getManagedOrganisation(context, actor, membership.organisationId);
  if (!canGiveRole(actor, organisation, membership.role)) {
    throw new AppError(
      'forbidden',
      `Only a partnership admin can change a ${ROLE_NAMES[membership.role]}'s role.`,
    );
  }
  return { membership, organisation };
}

async function ensureAnotherAdminRemains(
  context: ModuleContext,
  partnershipId: string,
  membershipId: string,
) {
  const admins = await repo.findPartnershipAdmins(context.db, partnershipId);
  if (admins.every((a) => a.membershipId === membershipId)) {
    throw new AppError(
      'conflict',
      'A partnership needs at least one partnership admin. Make someone else an admin first.',
    );
  }
}

export async function changeMembershipRole(
  context: ModuleContext,
  actorOrNull: Actor | null,
  membershipId: string,
  role: Role,
) {
  const actor = requireActor(actorOrNull);
  const { membership, organisation } = await getManagedMembership(context, actor, membershipId);
  if (!canGiveRole(actor, organisation, role)) {
    throw new AppError('forbidden', `Only a partnership admin can give the ${ROLE_NAMES[role]} role.`);
  }
  if (membership.role === 'partnership_admin' && role !== 'partnership_admin') {
    await ensureAnotherAdminRemains(context, organisation.partnershipId, membership.id);
  }
  const updated = await context.db
    .transaction(async (tx) => {
      const row = await repo.updateMembershipRole(tx, membership.id, role);
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: organisation.partnershipId,
        action: 'membership.role_changed',
        subjectType: 'membership',
        subjectId: membership.id,
        details: { from: membership.role, to: role },
      });
      return row;
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error))
        throw new AppError('conflict', `This person is already a ${ROLE_NAMES[role]} here.`);
      throw error;
    });
  if (!updated) throw notFound('This membership');
  const members = await repo.findMembersOfOrganisation(context.db, organisation.id);
  const member = members.find((m) => m.membershipId === membership.id);
  if (!member) throw notFound('This membership');
  return { ...member, since: member.since.toISOString() };
}

export async function removeMembership(
  context: ModuleContext,
  actorOrNull: Actor | null,
  membershipId: string,
) {
  const actor = requireActor(actorOrNull);
  const { membership, organisation } = await getManagedMembership(context, actor, membershipId);
  if (membership.role === 'partnership_admin') {
    await ensureAnotherAdminRemains(context, organisation.partnershipId, membership.id);
  }
  await context.db.transaction(async (tx) => {
    await repo.deleteMembership(tx, membership.id);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'membership.removed',
      subjectType: 'membership',
      subjectId: membership.id,
      details: { role: membership.role, organisationId: organisation.id },
    });
  });
}

function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown; cause?: { code?: unknown } } | null)?.code;
  const causeCode = (error as { cause?: { code?: unknown } } | null)?.cause?.code;
  return code === '23505' || causeCode === '23505';
}

// --- partnership admin ----------------------------------------------------------------------------

function requirePartnershipAdmin(actorOrNull: Actor | null): Actor & { partnershipId: string } {
  const actor = requireActor(actorOrNull);
  const partnershipId = actor.partnershipId;
  if (!partnershipId || !canAdministerPartnership(actor, partnershipId)) throw notFound('This page');
  return { ...actor, partnershipId };
}

export async function findErasureRequests(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requirePartnershipAdmin(actorOrNull);
  const rows = await repo.findErasureRequestsOfPartnership(context.db, actor.partnershipId);
  return rows.map(toErasureRequest);
}

/**
 * Completes an erasure request by asking every module to erase (or, where the law requires
 * keeping, restrict) the person's data; or refuses it with a reason the person will see.
 */
export async function actionErasureRequest(
  context: ModuleContext,
  actorOrNull: Actor | null,
  requestId: string,
  input: ActionErasureRequest,
): Promise<ErasureRequest> {
  const actor = requirePartnershipAdmin(actorOrNull);
  const request = await repo.findErasureRequest(context.db, requestId);
  if (!request || (request.partnershipId !== null && request.partnershipId !== actor.partnershipId)) {
    throw notFound('This erasure request');
  }
  if (request.status !== 'open') throw new AppError('conflict', 'This request has already been actioned.');
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
    if (!actioned) throw new AppError('conflict', 'This request has already been actioned.');
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
  if (!updated) throw notFound('This erasure request');
  return toErasureRequest(updated);
}

export async function findAuditLog(
  context: ModuleContext,
  actorOrNull: Actor | null,
  query: { limit: number; before?: string | undefined },
) {
  const actor = requirePartnershipAdmin(actorOrNull);
  const rows = await findAuditEvents(context.db, {
    partnershipId: actor.partnershipId,
    limit: query.limit,
    before: query.before ? new Date(query.before) : undefined,
  });
  const names = new Map<string, string>();
  for (const row of rows) {
    if (row.actorId && !names.has(row.actorId)) {
      names.set(row.actorId, (await repo.findPerson(context.db, row.actorId))?.displayName ?? 'Unknown');
    }
  }
  return rows.map((row) => ({
    id: row.id,
    at: row.at.toISOString(),
    actorId: row.actorId,
    actorName: row.actorId ? (names.get(row.actorId) ?? null) : null,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    details: row.details,
  }));
}

// --- people's own data (right of access and erasure) ----------------------------------------------

export async function exportPeopleData(db: DbOrTx, personId: string) {
  const person = await repo.findPerson(db, personId);
  if (!person) return null;
  const rows = await repo.findMembershipsOfPerson(db, personId);
  const erasure = await repo.findErasureRequestsOfPerson(db, personId);
  return {
    account: {
      email: person.email,
      displayName: person.displayName,
      mobileNumber: person.mobileNumber,
      createdAt: person.createdAt.toISOString(),
    },
    memberships: rows.map((m) => ({
      organisation: m.organisationName,
      role: m.role,
      since: m.createdAt.toISOString(),
    })),
    erasureRequests: erasure.map(toErasureRequest),
    ...(await exportInvolvementData(db, personId)),
  };
}

export async function erasePeopleData(db: DbOrTx, personId: string): Promise<string> {
  const person = await repo.findPerson(db, personId);
  if (!person) return 'nothing held';
  const involvement = await eraseInvolvementData(db, personId);
  await repo.deleteMembershipsOfPerson(db, personId);
  await repo.deletePasswordResetsOfPerson(db, personId);
  await repo.deleteInvitationsForEmail(db, person.email);
  await endAllSessions(db, personId);
  // The row stays (other records point at it) but holds nothing that identifies the person.
  await repo.updatePerson(db, personId, {
    email: `erased-${personId}@erased.invalid`,
    displayName: 'Erased person',
    mobileNumber: null,
    passwordHash: null,
    erasedAt: new Date(),
  });
  return `account anonymised; memberships, sessions, invitations and reset links deleted; ${involvement}`;
}

// --- command line ---------------------------------------------------------------------------------

/**
 * Creates a partnership admin (the `cairn create-admin` command). Uses the first partnership, or
 * creates one with an office organisation when the database is new.
 */
export async function createPartnershipAdmin(
  context: ModuleContext,
  input: { email: string; password: string; displayName: string },
): Promise<{ personId: string; partnershipName: string; created: boolean }> {
  if (await repo.findPersonByEmail(context.db, input.email)) {
    throw new AppError('conflict', `There is already an account for ${input.email}.`);
  }
  const weakness = findPasswordWeakness(input.password, input.email);
  if (weakness) throw new AppError('validation_failed', weakness);
  const passwordHash = await hashPassword(input.password);
  return context.db.transaction(async (tx) => {
    let partnership = await repo.findFirstPartnership(tx);
    const created = partnership === undefined;
    partnership ??= await repo.insertPartnership(tx, 'Our recovery partnership');
    const [organisation] = await repo.findOrganisationsInPartnership(tx, partnership.id);
    const home =
      organisation ??
      (await repo.insertOrganisation(tx, { partnershipId: partnership.id, name: 'Partnership office' }));
    const person = await repo.insertPerson(tx, {
      email: input.email,
      displayName: input.displayName,
      passwordHash,
    });
    await repo.insertMembership(tx, {
      personId: person.id,
      organisationId: home.id,
      role: 'partnership_admin',
    });
    await recordAudit(tx, {
      actorId: null,
      partnershipId: partnership.id,
      action: 'person.admin_created',
      subjectType: 'person',
      subjectId: person.id,
      details: { by: 'command line' },
    });
    return { personId: person.id, partnershipName: partnership.name, created };
  });
}

// --- for other modules (through index.ts) ---------------------------------------------------------

/** An organisation's id, name and partnership, or undefined. */
export async function findOrganisationById(db: DbOrTx, organisationId: string) {
  const row = await repo.findOrganisation(db, organisationId);
  return row ? { id: row.id, name: row.name, partnershipId: row.partnershipId } : undefined;
}

/** People holding a role in an organisation (e.g. its safeguarding leads), for notifications. */
export async function findPeopleWithRole(db: DbOrTx, organisationId: string, role: Role) {
  const rows = await repo.findMembersOfOrganisation(db, organisationId);
  return rows
    .filter((m) => m.role === role)
    .map((m) => ({ personId: m.personId, email: m.email, displayName: m.displayName }));
}

/**
 * Everyone in a partnership who may be asked to act on a safeguarding alert: the safeguarding
 * leads of each organisation and the partnership's admins, with how to reach them urgently.
 */
export async function findSafeguardingContacts(db: DbOrTx, partnershipId: string) {
  const rows = await repo.findPeopleWithRolesInPartnership(db, partnershipId, [
    'safeguarding_lead',
    'partnership_admin',
  ]);
  return rows.map((row) => ({
    personId: row.personId,
    organisationId: row.organisationId,
    role: row.role,
    email: row.email,
    displayName: row.displayName,
    mobileNumber: row.mobileNumber,
  }));
}

/** A person's display name, email and mobile number, or undefined once erased. */
export async function findPersonSummary(db: DbOrTx, personId: string) {
  const person = await repo.findPerson(db, personId);
  if (!person || person.erasedAt) return undefined;
  return {
    id: person.id,
    displayName: person.displayName,
    email: person.email,
    mobileNumber: person.mobileNumber,
  };
}

/** A person's id by email (used by other modules' demo data). */
export async function findPersonIdByEmail(db: DbOrTx, email: string): Promise<string | undefined> {
  return (await repo.findPersonByEmail(db, email))?.id;
}

/** The organisations of a partnership, by name. */
export async function findOrganisationsOfPartnership(db: DbOrTx, partnershipId: string) {
  const rows = await repo.findOrganisationsInPartnership(db, partnershipId);
  return rows.map((o) => ({ id: o.id, name: o.name, partnershipId: o.partnershipId }));
}
