import type { z } from 'zod';
import type { PublicCafe, SignUpRequestSchema } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { LanguageCode } from '../../../../contracts/languages.js';
import { message, paragraphs, say, sayDateTime } from '../../../kernel/i18n.js';
import { contactRoute, queueMail, queueText } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** A sign-up, validated (defaults filled in) by `SignUpRequestSchema`. */
export type NewSignUp = z.infer<typeof SignUpRequestSchema>;

function placesLeft(capacity: number | null, signUps: number): number | null {
  return capacity === null ? null : Math.max(0, capacity - signUps);
}

/** The café as anyone may see it before signing up. Closed or private cafés are simply not found. */
async function loadOpenCafe(context: ModuleContext, cafeId: string) {
  const row = await repo.findCafe(context.db, cafeId);
  if (!row || !row.signUpOpen || row.status === 'closed') throw notFound('cafe');
  return row;
}

function whenText(startsAt: Date | null, language: LanguageCode): string {
  return startsAt
    ? sayDateTime(startsAt, language)
    : say(message('cafes.signUp.dateToBeConfirmed'), language);
}

export async function getPublicCafe(context: ModuleContext, cafeId: string): Promise<PublicCafe> {
  const row = await loadOpenCafe(context, cafeId);
  const [organisation, rounds, signUps] = await Promise.all([
    findOrganisationById(context.db, row.organisationId),
    repo.findRounds(context.db, cafeId),
    repo.countSignUps(context.db, cafeId),
  ]);
  return {
    id: row.id,
    title: row.title,
    purpose: row.purpose,
    format: row.format,
    startsAt: row.startsAt?.toISOString() ?? null,
    venue: row.venue,
    accessInfo: row.accessInfo,
    organisationName: organisation?.name ?? '',
    questions: rounds.map((r) => r.question),
    placesLeft: placesLeft(row.capacity, signUps),
  };
}

/**
 * Signs someone up, no account needed. The café row is locked while places are counted, so two
 * people can never both take the last place.
 */
export async function signUp(
  context: ModuleContext,
  actor: Actor | null,
  cafeId: string,
  input: NewSignUp,
  language: LanguageCode,
): Promise<{ placesLeft: number | null }> {
  await loadOpenCafe(context, cafeId);
  return context.db.transaction(async (tx) => {
    const row = await repo.lockCafe(tx, cafeId);
    if (!row) throw notFound('cafe');
    const taken = await repo.countSignUps(tx, cafeId);
    if (row.capacity !== null && taken >= row.capacity) {
      throw new AppError('conflict', message('cafes.signUp.full'));
    }
    await repo.insertSignUp(tx, {
      cafeId,
      nameEncrypted: context.cipher.encrypt(input.name),
      contactEncrypted: input.contact ? context.cipher.encrypt(input.contact) : null,
      accessNeedsEncrypted: input.accessNeeds ? context.cipher.encrypt(input.accessNeeds) : null,
      personId: actor?.personId ?? null,
    });
    // The confirmation repeats only what the public page shows, never the access needs.
    const route = contactRoute(input.contact);
    const page = `${context.config.publicUrl}/cafes/${row.id}/sign-up`;
    const about = {
      cafe: row.title,
      when: whenText(row.startsAt, language),
      hasVenue: row.venue ? 'yes' : 'no',
      venue: row.venue ?? '',
    };
    if (route?.channel === 'email') {
      await queueMail(tx, {
        language,
        deliver: 'now',
        to: route.address,
        subject: message('cafes.signUp.mail.subject', { cafe: row.title }),
        text: paragraphs(
          message('mail.helloName', { name: input.name }),
          message('cafes.signUp.mail.thanks', about),
          row.accessInfo && message('cafes.signUp.mail.access', { access: row.accessInfo }),
          message('cafes.signUp.mail.asYourself'),
          page,
        ),
      });
    } else if (route?.channel === 'text') {
      await queueText(tx, {
        language,
        deliver: 'now',
        to: route.address,
        text: message('cafes.signUp.text', { ...about, link: page }),
      });
    }
    return { placesLeft: placesLeft(row.capacity, taken + 1) };
  });
}

/** The hosts' list, so they can plan for everyone's access needs. Every read is audited. */
export async function listSignUps(context: ModuleContext, actor: Actor, cafeId: string) {
  await requireFacilitator(context, actor, cafeId);
  const rows = await repo.findSignUps(context.db, cafeId);
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'cafe.sign_ups.read',
    subjectType: 'cafe',
    subjectId: cafeId,
    details: { count: rows.length },
  });
  return {
    signUps: rows.map((r) => ({
      id: r.id,
      name: context.cipher.decrypt(r.nameEncrypted),
      contact: r.contactEncrypted ? context.cipher.decrypt(r.contactEncrypted) : '',
      accessNeeds: r.accessNeedsEncrypted ? context.cipher.decrypt(r.accessNeedsEncrypted) : '',
      signedUpAt: r.createdAt.toISOString(),
    })),
  };
}
