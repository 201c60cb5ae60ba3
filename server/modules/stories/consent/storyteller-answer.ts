import { SOURCE_LANGUAGE, isLanguageCode } from '../../../../contracts/languages.js';
import type { ConfirmationPage, StoryResponse } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { hashToken } from '../../../kernel/crypto.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message, paragraphs, say } from '../../../kernel/i18n.js';
import { queueMail } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById, findPersonSummary } from '../../people/index.js';
import { getStory } from '../read-stories.js';
import { findAlertsOfStory } from '../safeguarding/index.js';
import * as stories from '../stories.repository.js';
import { latestDeidentified } from '../story-versions.js';
import {
  describeProposal,
  loadForCollector,
  normaliseReference,
  proposalOf,
  stateOf,
} from './confirmations.js';
import * as repo from './consent.repository.js';
import { appendConsentEvent } from './ledger.js';
import { wordingForConsent } from './wordings.js';

// How a storyteller without an account answers: through their link, or by reading their printed
// record's reference back on the phone. Nothing is shared until they say yes.

async function openByToken(context: ModuleContext, token: string) {
  const row = await repo.findConfirmationByTokenHash(context.db, hashToken(token));
  if (!row) throw notFound(message('stories.confirm.linkNotFound'));
  return row;
}

/** Is the text they were asked about still the one that would be shared? */
async function hasChanged(db: DbOrTx, row: repo.ConfirmationRow) {
  const story = await stories.findStory(db, row.storyId);
  const latest = latestDeidentified(await stories.findVersions(db, row.storyId));
  return !story || story.status === 'withdrawn' || latest?.id !== row.versionId;
}

/** What the storyteller sees when they open their link: no account, no sign-in. */
export async function getConfirmationPage(context: ModuleContext, token: string): Promise<ConfirmationPage> {
  const row = await openByToken(context, token);
  const story = await stories.findStory(context.db, row.storyId);
  if (!story) throw notFound(message('stories.confirm.linkNotFound'));
  const versions = await stories.findVersions(context.db, row.storyId);
  const [organisation, collector, wording] = await Promise.all([
    findOrganisationById(context.db, story.organisationId),
    findPersonSummary(context.db, row.createdBy),
    wordingForConsent(context.db, story.organisationId, row.wordingId),
  ]);
  const stored = stateOf(row);
  const state = stored === 'waiting' && (await hasChanged(context.db, row)) ? 'changed' : stored;
  // The words are shown only while the link can still be answered: an old message stays harmless.
  const open = state === 'waiting';
  // The language their collector sent the link in (English for a link sent before it was kept).
  const language = isLanguageCode(row.language) ? row.language : SOURCE_LANGUAGE;
  return {
    state,
    organisationName: organisation?.name ?? '',
    collectorFirstName:
      collector?.displayName.split(/\s+/)[0] ?? say(message('stories.confirm.someone'), language),
    title: open ? story.safeTitle : '',
    text: open ? (versions.find((v) => v.id === row.versionId)?.body ?? '') : '',
    proposal: await describeProposal(context.db, proposalOf(row)),
    wording: wording.text,
    cairnsWording: wording.id === null,
    expiresAt: row.expiresAt.toISOString(),
    language,
  };
}

/**
 * The storyteller's yes: their consent is recorded as their own, the text they read is approved,
 * and, if a safeguarding alert held the story and every alert is closed, the hold lifts.
 */
async function applyYes(
  context: ModuleContext,
  tx: DbOrTx,
  row: repo.ConfirmationRow,
  via: { kind: 'link' | 'reference'; recordedBy: string },
) {
  const proposal = proposalOf(row);
  await appendConsentEvent(tx, row.storyId, {
    action: 'grant',
    tier: proposal.tier,
    partnerOrganisationIds: proposal.partnerOrganisationIds,
    purpose: proposal.purpose,
    identification: proposal.identification,
    pseudonym: proposal.pseudonym,
    media: proposal.media,
    expiresAt: proposal.expiresAt ? new Date(proposal.expiresAt) : null,
    method: via.kind === 'link' ? 'digital' : 'verbal',
    recordedBy: via.recordedBy,
    wordingVersion: row.wordingVersion,
    wordingId: row.wordingId,
    confirmation: via.kind,
  });
  const story = await stories.findStory(tx, row.storyId);
  const version = (await stories.findVersions(tx, row.storyId)).find((v) => v.id === row.versionId);
  if (!story || !version) return;
  // The hold lifts only on the storyteller's own yes through a link sent after every alert closed.
  const alerts = await findAlertsOfStory(tx, story.id);
  const lastClosed = Math.max(0, ...alerts.map((a) => a.closedAt?.getTime() ?? Number.POSITIVE_INFINITY));
  const liftsHold = story.safeguardingHold && via.kind === 'link' && row.createdAt.getTime() > lastClosed;
  await stories.markVersionApproved(tx, version.id);
  await stories.updateStory(tx, story.id, {
    status: 'approved',
    approvedText: version.body,
    approvedAt: new Date(),
    ...(liftsHold ? { safeguardingHold: false } : {}),
  });
}

/** Tells the peer supporter how the storyteller answered (never the text). */
async function tellCollector(
  context: ModuleContext,
  tx: DbOrTx,
  row: repo.ConfirmationRow,
  answer: 'yes' | 'no',
) {
  const collector = await findPersonSummary(tx, row.createdBy);
  if (!collector) return;
  await queueMail(tx, {
    language: collector.language,
    deliver: 'now',
    to: collector.email,
    subject:
      answer === 'yes'
        ? message('stories.consent.answered.subjectYes')
        : message('stories.consent.answered.subjectNo'),
    text: paragraphs(
      message('mail.helloName', { name: collector.displayName }),
      answer === 'yes'
        ? message('stories.consent.answered.yes', { reference: row.reference })
        : message('stories.consent.answered.no', { reference: row.reference }),
      `${context.config.publicUrl}/stories/${row.storyId}`,
    ),
  });
}

export async function answerConfirmation(
  context: ModuleContext,
  token: string,
  answer: 'yes' | 'no',
): Promise<ConfirmationPage> {
  const row = await openByToken(context, token);
  const state = stateOf(row);
  if (state !== 'waiting') {
    throw new AppError('conflict', message('stories.confirm.usedOrExpired'));
  }
  if (answer === 'yes' && (await hasChanged(context.db, row))) {
    throw new AppError('conflict', message('stories.confirm.changed'));
  }
  const now = new Date();
  await context.db.transaction(async (tx) => {
    await stories.lockStory(tx, row.storyId);
    if (answer === 'yes' && (await hasChanged(tx, row))) {
      throw new AppError('conflict', message('stories.confirm.changed'));
    }
    const claimed = await repo.claimWaitingConfirmation(
      tx,
      row.id,
      answer === 'yes' ? { confirmedAt: now, confirmedVia: 'link' } : { declinedAt: now },
    );
    if (!claimed) throw new AppError('conflict', message('stories.confirm.alreadyUsed'));
    if (answer === 'yes') await applyYes(context, tx, row, { kind: 'link', recordedBy: row.createdBy });
    await recordAudit(tx, {
      actorId: null,
      partnershipId: null,
      action: answer === 'yes' ? 'story.confirmed_by_storyteller' : 'story.declined_by_storyteller',
      subjectType: 'story',
      subjectId: row.storyId,
      details: { confirmationId: row.id, via: 'link' },
    });
    await tellCollector(context, tx, row, answer);
  });
  return getConfirmationPage(context, token);
}

/**
 * After a phone call in which the storyteller read back the reference on their printed record and
 * said yes, the peer supporter records their confirmation.
 */
export async function confirmByReference(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  typedReference: string,
): Promise<StoryResponse> {
  await loadForCollector(context, actor, storyId);
  const row = await repo.findConfirmationByReference(context.db, normaliseReference(typedReference));
  if (!row || row.storyId !== storyId) {
    throw new AppError('validation_failed', message('stories.problems.referenceWrong'), [
      { path: 'reference', message: message('stories.problems.referenceWrongField') },
    ]);
  }
  if (stateOf(row) !== 'waiting') {
    throw new AppError('conflict', message('stories.problems.recordAnswered'));
  }
  if (await hasChanged(context.db, row)) {
    throw new AppError('conflict', message('stories.problems.recordChanged'));
  }
  await context.db.transaction(async (tx) => {
    await stories.lockStory(tx, row.storyId);
    if (await hasChanged(tx, row)) {
      throw new AppError('conflict', message('stories.problems.recordChanged'));
    }
    const claimed = await repo.claimWaitingConfirmation(tx, row.id, {
      confirmedAt: new Date(),
      confirmedVia: 'reference',
    });
    if (!claimed) throw new AppError('conflict', message('stories.problems.recordAlreadyAnswered'));
    await applyYes(context, tx, row, { kind: 'reference', recordedBy: actor.personId });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'story.confirmed_by_storyteller',
      subjectType: 'story',
      subjectId: storyId,
      details: { confirmationId: row.id, via: 'reference' },
    });
  });
  return getStory(context, actor, storyId);
}
