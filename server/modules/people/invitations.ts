import type { FastifyReply } from 'fastify';
import type {
  AcceptInvitationRequest,
  CreateInvitationRequest,
  InvitationResponse,
  MeResponse,
} from '../../../contracts/people.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { findPasswordWeakness, hashPassword } from '../../kernel/auth.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import { AppError, invalidField, type FieldProblem } from '../../kernel/errors.js';
import { SOURCE_LANGUAGE } from '../../../contracts/languages.js';
import { message, paragraphs } from '../../kernel/i18n.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { getManagedOrganisation } from './loaders.js';
import { findWritingLanguage } from './lookups.js';
import { getMe, resolveActor } from './me.js';
import { canGiveRole } from './people.policy.js';
import * as repo from './people.repository.js';
import { onlyAdminMayGive } from './role-names.js';
import { startSignedInSession } from './sign-in.js';

const INVITATION_DAYS = 14;
const DAY_MS = 86_400_000;

/** A coordinator (or admin) invites someone by email to a role in an organisation they manage. */
export async function inviteToOrganisation(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  input: CreateInvitationRequest,
) {
  const organisation = await getManagedOrganisation(context, actor, organisationId);
  if (!canGiveRole(actor, organisation, input.role)) {
    throw onlyAdminMayGive(input.role);
  }
  const token = randomToken();
  const expiresAt = new Date(Date.now() + INVITATION_DAYS * DAY_MS);
  const invitee = await repo.findPersonByEmail(context.db, input.email);
  const invitation = await context.db.transaction(async (tx) => {
    const row = await repo.insertInvitation(tx, {
      organisationId: organisation.id,
      email: input.email,
      role: input.role,
      tokenHash: hashToken(token),
      invitedBy: actor.personId,
      expiresAt,
    });
    const about = { inviter: actor.displayName, organisation: organisation.name };
    await queueMail(tx, {
      // Someone who already has an account hears in their own language; someone new, in English
      // until they choose one.
      language: invitee && !invitee.erasedAt ? await findWritingLanguage(tx, invitee) : SOURCE_LANGUAGE,
      deliver: 'now',
      to: input.email,
      subject: message('people.invitation.mail.subject', about),
      text: paragraphs(
        message('mail.hello'),
        message('people.invitation.mail.body', { ...about, role: input.role }),
        message('people.invitation.mail.accept', {
          days: INVITATION_DAYS,
          link: `${context.config.publicUrl}/invitations/${token}`,
        }),
        message('people.invitation.mail.notExpecting'),
      ),
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
    throw new AppError('not_found', message('people.invitation.unusable'));
  }
  return found;
}

/** What an invitation link offers, shown before it is accepted. */
export async function getInvitation(context: ModuleContext, token: string): Promise<InvitationResponse> {
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
  actor: Actor | null,
  reply: FastifyReply,
  token: string,
  input: AcceptInvitationRequest,
): Promise<MeResponse> {
  const { invitation, partnershipId } = await getOpenInvitation(context, token);
  const existing = await repo.findPersonByEmail(context.db, invitation.email);
  if (existing && !existing.erasedAt) {
    if (actor?.personId !== existing.id) {
      throw new AppError(
        'unauthenticated',
        message('people.invitation.signInAs', { email: invitation.email }),
      );
    }
  } else {
    const fieldErrors: FieldProblem[] = [];
    if (!input.displayName)
      fieldErrors.push({ path: 'displayName', message: message('people.invitation.enterName') });
    if (!input.password)
      fieldErrors.push({ path: 'password', message: message('people.invitation.choosePassword') });
    const [only] = fieldErrors;
    if (only) {
      const detail = fieldErrors.length === 1 ? only.message : message('people.invitation.nameAndPassword');
      throw new AppError('validation_failed', detail, fieldErrors);
    }
  }
  const weakness =
    input.password && !existing ? findPasswordWeakness(input.password, invitation.email) : null;
  if (weakness) throw invalidField('password', weakness);
  const passwordHash = !existing && input.password ? await hashPassword(input.password) : undefined;

  const personId = await context.db.transaction(async (tx) => {
    let id = existing?.id;
    if (!id) {
      if (!passwordHash || !input.displayName)
        throw new AppError('bad_request', message('people.invitation.nameAndPassword'));
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
  if (!existing) await startSignedInSession(context, reply, personId);
  return getMe(context, requireActor(await resolveActor(context.db, personId)));
}
