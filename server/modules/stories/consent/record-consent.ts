import type { z } from 'zod';
import type { ConsentEventRequestSchema, StoryResponse } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError } from '../../../kernel/errors.js';
import { message, paragraphs, sayDate } from '../../../kernel/i18n.js';
import { queueMail } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPersonSummary } from '../../people/index.js';
import { getStory } from '../read-stories.js';
import { loadCuratedStory } from '../story-loader.js';
import { appendConsentEvent } from './ledger.js';
import { wordingForConsent } from './wordings.js';

/** Tiers that take a story beyond its organisation: only the storyteller can agree to them. */
const OWN_CONFIRMATION_TIERS = new Set(['partners', 'public']);

/**
 * Records consent as it was given: how (said, signed or chosen online), under which wording, and
 * whether the storyteller chose it themselves. A peer supporter may record consent for analysis
 * from what the storyteller said in the room; sharing with partners or the public needs the
 * storyteller's own confirmation, in Cairn or through a link or printed record. Anyone curating
 * the story may record a withdrawal: stopping sharing never waits.
 */
export async function recordConsent(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  event: z.infer<typeof ConsentEventRequestSchema>,
): Promise<StoryResponse> {
  const loaded = await loadCuratedStory(context, actor, storyId);
  const ownChoice = loaded.access === 'storyteller';
  if (event.action === 'grant') {
    if (event.tier === 'partners' && event.partnerOrganisationIds.length === 0) {
      throw new AppError('validation_failed', message('stories.problems.namePartner'), [
        { path: 'partnerOrganisationIds', message: message('stories.problems.namePartnerField') },
      ]);
    }
    if (event.expiresAt && new Date(event.expiresAt).getTime() <= Date.now()) {
      throw new AppError('validation_failed', message('stories.problems.expiryPast'), [
        { path: 'expiresAt', message: message('stories.problems.expiryPastField') },
      ]);
    }
    if (OWN_CONFIRMATION_TIERS.has(event.tier) && !ownChoice) {
      throw new AppError('conflict', message('stories.problems.needsOwnYes'));
    }
  }
  const wording =
    event.action === 'grant'
      ? await wordingForConsent(context.db, loaded.story.organisationId, event.wordingId)
      : null;
  await context.db.transaction(async (tx) => {
    await appendConsentEvent(tx, storyId, {
      ...(event.action === 'grant'
        ? {
            action: 'grant' as const,
            tier: event.tier,
            partnerOrganisationIds: event.partnerOrganisationIds,
            purpose: event.purpose,
            identification: event.identification,
            pseudonym: event.pseudonym ?? null,
            media: event.media,
            expiresAt: event.expiresAt ? new Date(event.expiresAt) : null,
          }
        : { action: 'withdraw' as const }),
      method: event.method,
      recordedBy: actor.personId,
      wordingVersion: wording?.version ?? event.wordingVersion,
      wordingId: wording?.id ?? null,
      confirmation: ownChoice ? 'in_cairn' : 'on_behalf',
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: event.action === 'withdraw' ? 'story.consent_withdrawn' : 'story.consent_granted',
      subjectType: 'story',
      subjectId: storyId,
      details: { tier: event.action === 'grant' ? event.tier : null, method: event.method },
    });
    if (event.action === 'withdraw') {
      for (const personId of loaded.storytellerPersonIds) {
        const person = await findPersonSummary(tx, personId);
        if (!person) continue;
        await queueMail(tx, {
          language: person.language,
          deliver: 'now',
          to: person.email,
          subject: message('stories.consent.withdrawn.subject'),
          text: paragraphs(
            message('mail.helloName', { name: person.displayName }),
            message('stories.consent.withdrawn.body', {
              date: sayDate(loaded.story.createdAt, person.language),
            }),
            message('stories.consent.withdrawn.thanks'),
          ),
        });
      }
    }
  });
  return getStory(context, actor, storyId);
}
