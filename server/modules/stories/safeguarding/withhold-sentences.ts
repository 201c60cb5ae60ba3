import { z } from 'zod';
import { RedactionDecisionSchema, type WithheldSpansRequest } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { saveDeidentifiedVersion } from '../review/index.js';
import * as stories from '../stories.repository.js';
import { latestDeidentified, originalOf } from '../story-versions.js';
import { mayWorkAlert } from './alert-access.js';
import { findAlert } from './safeguarding.repository.js';
import { mergeSpans, WITHHELD_MARK } from './withheld.js';

/** The reviewer's own decisions from a stored version, without cuts made for an earlier marking. */
function reviewerDecisions(stored: unknown[]) {
  return z
    .array(RedactionDecisionSchema)
    .parse(stored)
    .filter((decision) => decision.replacement !== WITHHELD_MARK);
}

/**
 * A lead marks parts of the original that must stay out of every shared version (a method, a
 * place, a name of someone who harms them). If the story already has a shared version, a new one
 * is made without those parts and goes back to the storyteller to approve.
 */
export async function withholdSentences(
  context: ModuleContext,
  actor: Actor,
  alertId: string,
  input: WithheldSpansRequest,
): Promise<{ withheldSpans: { start: number; end: number }[] }> {
  const alert = await findAlert(context.db, alertId);
  if (!alert || !mayWorkAlert(actor, alert)) throw notFound('alert');
  const story = await stories.findStory(context.db, alert.storyId);
  if (!story) throw notFound('alert');
  const original = originalOf(await stories.findVersions(context.db, story.id));
  if (!original) throw notFound('originalStory');
  const text = context.cipher.decrypt(original.body);
  const outside = input.spans.find((span) => span.end <= span.start || span.end > text.length);
  if (outside) {
    throw new AppError('validation_failed', message('stories.problems.markedOutside'), [
      { path: 'spans', message: message('stories.problems.markedOutsideField') },
    ]);
  }
  const spans = mergeSpans(input.spans);
  await context.db.transaction(async (tx) => {
    // One change to a story at a time: an approval or a confirmation waits for this to finish.
    const current = await stories.lockStory(tx, story.id);
    if (!current) throw notFound('alert');
    await stories.updateStory(tx, story.id, {
      withheldSpans: spans,
      // Whatever was agreed before, the story now waits for its storyteller to read it again.
      ...(current.status === 'withdrawn' ? {} : { safeguardingHold: true }),
    });
    const latest = latestDeidentified(await stories.findVersions(tx, story.id));
    if (latest && current.status !== 'withdrawn') {
      // Keep the reviewer's decisions; the withheld parts are cut on top of them.
      await saveDeidentifiedVersion(context, tx, {
        story: { ...current, withheldSpans: spans },
        original: { id: original.id, text },
        decisions: reviewerDecisions(latest.decisions),
        createdBy: actor.personId,
      });
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'safeguarding.sentences_withheld',
      subjectType: 'story',
      subjectId: story.id,
      details: { alertId: alert.id, spans: spans.length },
    });
  });
  return { withheldSpans: spans };
}
