import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { LanguageCode } from '../../../../contracts/languages.js';
import type {
  Confirmation,
  ConfirmationRequestSchema,
  ConsentRecord,
} from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { hashToken, randomToken } from '../../../kernel/crypto.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { AppError, invalidField, notFound } from '../../../kernel/errors.js';
import { languageFor, message, paragraphs, say, sayDate, type Text } from '../../../kernel/i18n.js';
import { contactRoute, queueMail, queueText } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import * as stories from '../stories.repository.js';
import { loadStory, type LoadedStory } from '../story-loader.js';
import { latestDeidentified } from '../story-versions.js';
import * as repo from './consent.repository.js';
import type { LedgerGrant } from './ledger.js';
import { wordingForConsent } from './wordings.js';

/** How long a link or printed record can be answered. */
const VALID_DAYS = 14;
/** No 0/O, 1/I/L: a reference is read out over the phone. */
const REFERENCE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';

function newReference(): string {
  const pick = () => REFERENCE_ALPHABET[randomInt(REFERENCE_ALPHABET.length)] ?? 'X';
  const part = () => Array.from({ length: 4 }, pick).join('');
  return `${part()}-${part()}`;
}

/** Accepts a reference typed with or without its dash, in any case. */
export function normaliseReference(typed: string): string {
  const compact = typed.toUpperCase().replace(/[^A-Z0-9]/g, '');
  return `${compact.slice(0, 4)}-${compact.slice(4, 8)}`;
}

type Proposal = Omit<LedgerGrant, 'action' | 'expiresAt'> & { expiresAt: string | null };

export function proposalOf(row: repo.ConfirmationRow): Proposal {
  return row.proposal as Proposal;
}

export function stateOf(row: repo.ConfirmationRow, now = new Date()): Confirmation['state'] {
  if (row.confirmedAt) return 'confirmed';
  if (row.declinedAt) return 'declined';
  if (row.supersededAt) return 'replaced';
  return row.expiresAt.getTime() <= now.getTime() ? 'expired' : 'waiting';
}

export async function describeProposal(db: DbOrTx, proposal: Proposal) {
  const names: string[] = [];
  for (const id of proposal.partnerOrganisationIds) {
    const organisation = await findOrganisationById(db, id);
    if (organisation) names.push(organisation.name);
  }
  return {
    tier: proposal.tier,
    partnerOrganisationNames: names,
    purpose: proposal.purpose,
    identification: proposal.identification,
    pseudonym: proposal.pseudonym,
    expiresAt: proposal.expiresAt,
  };
}

export async function toConfirmation(db: DbOrTx, row: repo.ConfirmationRow): Promise<Confirmation> {
  return {
    id: row.id,
    reference: row.reference,
    channel: row.channel,
    state: stateOf(row),
    createdAt: row.createdAt.toISOString(),
    expiresAt: row.expiresAt.toISOString(),
    confirmedAt: row.confirmedAt?.toISOString() ?? null,
    proposal: await describeProposal(db, proposalOf(row)),
  };
}

/** The collector of a story whose storytellers have no account: the only person who asks them to confirm. */
export async function loadForCollector(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
): Promise<LoadedStory> {
  const loaded = await loadStory(context, actor, storyId);
  if (loaded.access !== 'collector') throw notFound('story');
  if (loaded.storytellerPersonIds.length > 0) {
    throw new AppError('conflict', message('stories.problems.hasAccount'));
  }
  return loaded;
}

/** Where the message goes: the contact typed now, or the one recorded with the story. */
async function destination(
  context: ModuleContext,
  storyId: string,
  send: 'email' | 'text',
  typed: string | undefined,
): Promise<string> {
  const tellers = await stories.findStorytellers(context.db, storyId);
  const recorded = tellers.find((t) => t.contactEncrypted)?.contactEncrypted;
  const contact = typed?.trim() || (recorded ? context.cipher.decrypt(recorded) : '');
  const route = contact ? contactRoute(contact) : null;
  if (!route || route.channel !== send) {
    throw new AppError('validation_failed', message('stories.problems.enterContact', { send }), [
      { path: 'to', message: message('stories.problems.enterContactField', { send }) },
    ]);
  }
  return route.address;
}

/**
 * The language to write to a storyteller known only by a contact: the one their collector chose now,
 * else the one recorded with their contact, while the partnership offers it; else English.
 */
async function storytellerLanguage(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  chosen: LanguageCode | undefined,
): Promise<LanguageCode> {
  if (chosen && !actor.languages.includes(chosen)) {
    throw invalidField('language', message('stories.problems.languageNotOffered'));
  }
  if (chosen) return chosen;
  const tellers = await stories.findStorytellers(context.db, storyId);
  const recorded = (tellers.find((t) => t.contactEncrypted) ?? tellers.find((t) => t.language))?.language;
  return languageFor(recorded, actor.languages);
}

/**
 * Asks a storyteller without an account to confirm the text and the consent they agreed in the
 * room: a one-time link by email or text message, or a printed record whose reference they read
 * back on a phone call. Nothing is shared until they say yes.
 */
export async function requestConfirmation(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  input: z.infer<typeof ConfirmationRequestSchema>,
): Promise<{ confirmation: Confirmation }> {
  const loaded = await loadForCollector(context, actor, storyId);
  if (loaded.story.status === 'withdrawn' || loaded.story.status === 'draft') {
    throw new AppError('conflict', message('stories.problems.confirmSentOnly'));
  }
  const version = latestDeidentified(loaded.versions);
  if (!version) throw new AppError('conflict', message('stories.problems.saveSafeFirst'));
  if (input.tier === 'partners' && input.partnerOrganisationIds.length === 0) {
    throw new AppError('validation_failed', message('stories.problems.namePartner'), [
      { path: 'partnerOrganisationIds', message: message('stories.problems.namePartnerField') },
    ]);
  }
  if (input.expiresAt && new Date(input.expiresAt).getTime() <= Date.now()) {
    throw new AppError('validation_failed', message('stories.problems.expiryPast'), [
      { path: 'expiresAt', message: message('stories.problems.expiryPastField') },
    ]);
  }
  if (loaded.story.safeguardingHold) {
    // Someone checked this storyteller was safe: only they, at the contact they gave before, can
    // say yes now, and only once every check is finished. A printed reference or another address
    // would let someone else answer for them.
    if (loaded.unclosedAlertCount > 0) {
      throw new AppError('conflict', message('stories.problems.confirmLater'));
    }
    if (input.send === 'print' || input.to) {
      throw new AppError('conflict', message('stories.problems.recordedContactOnly'));
    }
  }
  const wording = await wordingForConsent(context.db, loaded.story.organisationId, input.wordingId);
  const address = input.send === 'print' ? null : await destination(context, storyId, input.send, input.to);
  const organisation = await findOrganisationById(context.db, loaded.story.organisationId);
  const language = await storytellerLanguage(context, actor, storyId, input.language);
  const token = randomToken();
  const now = new Date();
  const expiresAt = new Date(now.getTime() + VALID_DAYS * 86_400_000);
  const proposal: Proposal = {
    tier: input.tier,
    partnerOrganisationIds:
      input.tier === 'partners' || input.tier === 'public' ? input.partnerOrganisationIds : [],
    purpose: input.purpose,
    identification: input.identification,
    pseudonym: input.pseudonym ?? null,
    media: input.media,
    expiresAt: input.expiresAt ?? null,
  };
  const row = await context.db.transaction(async (tx) => {
    await repo.supersedeWaitingConfirmations(tx, storyId, now);
    const created = await repo.insertConfirmation(tx, {
      storyId,
      versionId: version.id,
      tokenHash: hashToken(token),
      reference: newReference(),
      proposal,
      wordingId: wording.id,
      wordingVersion: wording.version,
      method: input.method,
      channel: input.send,
      sentToEncrypted: address ? context.cipher.encrypt(address) : null,
      language,
      createdBy: actor.personId,
      expiresAt,
    });
    const link = `${context.config.publicUrl}/confirm/${token}`;
    const from: Text = organisation?.name ?? message('stories.confirm.yourOrganisation');
    if (input.send === 'email' && address) {
      await queueMail(tx, {
        language,
        deliver: 'now',
        to: address,
        subject: message('stories.confirm.mail.subject'),
        text: paragraphs(
          message('mail.hello'),
          message('stories.confirm.mail.body', {
            collector: actor.displayName.split(/\s+/)[0] ?? '',
            organisation: say(from, language),
          }),
          link,
          message('stories.confirm.mail.until', { date: sayDate(expiresAt, language) }),
        ),
      });
    }
    if (input.send === 'text' && address) {
      await queueText(tx, {
        language,
        deliver: 'now',
        to: address,
        text: message('stories.confirm.text', { organisation: say(from, language), link }),
      });
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'story.confirmation_requested',
      subjectType: 'story',
      subjectId: storyId,
      details: { confirmationId: created.id, channel: input.send, tier: input.tier },
    });
    return created;
  });
  return { confirmation: await toConfirmation(context.db, row) };
}

export async function listConfirmations(context: ModuleContext, actor: Actor, storyId: string) {
  await loadForCollector(context, actor, storyId);
  const rows = await repo.findConfirmationsOfStory(context.db, storyId);
  return { confirmations: await Promise.all(rows.map((row) => toConfirmation(context.db, row))) };
}

/** The consent record to print for the storyteller to keep: their text, their choices, the words, the reference. */
export async function getConsentRecord(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  confirmationId: string,
): Promise<ConsentRecord> {
  const loaded = await loadForCollector(context, actor, storyId);
  const row = (await repo.findConfirmationsOfStory(context.db, storyId)).find((r) => r.id === confirmationId);
  if (!row) throw notFound('consentRecord');
  const version = loaded.versions.find((v) => v.id === row.versionId);
  const [tellers, organisation, wording] = await Promise.all([
    stories.findStorytellers(context.db, storyId),
    findOrganisationById(context.db, loaded.story.organisationId),
    wordingForConsent(context.db, loaded.story.organisationId, row.wordingId),
  ]);
  const names = tellers.flatMap((t) => (t.nameEncrypted ? [context.cipher.decrypt(t.nameEncrypted)] : []));
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'story.consent_record_printed',
    subjectType: 'story',
    subjectId: storyId,
    details: { confirmationId: row.id },
  });
  return {
    ...(await toConfirmation(context.db, row)),
    organisationName: organisation?.name ?? '',
    storytellerName: names.join(', '),
    collectorName: actor.displayName,
    title: loaded.story.safeTitle,
    text: version?.body ?? '',
    wording: wording.text,
    cairnsWording: wording.id === null,
  };
}
