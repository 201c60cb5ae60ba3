import type { StoryResponse } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { getStory } from '../read-stories.js';
import { countUnclosedAlertsOfStory } from '../safeguarding/index.js';
import { mayCurate } from '../stories.policy.js';
import * as repo from '../stories.repository.js';
import { loadStory } from '../story-loader.js';
import { latestDeidentified } from '../story-versions.js';

/** The storyteller (or, for someone without an account, their collector) approves the text to share. */
export async function approveStory(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  options: { versionId?: string | undefined } = {},
): Promise<StoryResponse> {
  const loaded = await loadStory(context, actor, storyId);
  const hasAccountHolder = loaded.storytellerPersonIds.length > 0;
  const allowed = loaded.access === 'storyteller' || (loaded.access === 'collector' && !hasAccountHolder);
  if (!allowed) {
    if (mayCurate(loaded.access)) {
      throw new AppError('forbidden', message('stories.problems.onlyStoryteller'));
    }
    throw notFound('story');
  }
  if (loaded.story.status === 'withdrawn') {
    throw new AppError('conflict', message('stories.problems.withdrawn'));
  }
  await context.db.transaction(async (tx) => {
    // Decided on the locked row, so a lead withholding a sentence at the same moment cannot let
    // the older text through, and the hold is judged on the alerts as they are now.
    const story = await repo.lockStory(tx, storyId);
    const version = latestDeidentified(await repo.findVersions(tx, storyId));
    if (!story || !version) {
      throw new AppError('conflict', message('stories.problems.reviewFirst'));
    }
    if (options.versionId && options.versionId !== version.id) {
      throw new AppError('conflict', message('stories.problems.textChanged'));
    }
    // A held story goes back out only when its storyteller confirms it after every alert is closed:
    // a lead closing an alert, or a collector approving for someone, never shares it.
    const liftsHold =
      story.safeguardingHold &&
      loaded.access === 'storyteller' &&
      (await countUnclosedAlertsOfStory(tx, storyId)) === 0;
    await repo.markVersionApproved(tx, version.id);
    await repo.updateStory(tx, storyId, {
      status: 'approved',
      approvedText: version.body,
      approvedAt: new Date(),
      ...(liftsHold ? { safeguardingHold: false } : {}),
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'story.approved',
      subjectType: 'story',
      subjectId: storyId,
      details: { versionId: version.id, access: loaded.access, liftedHold: liftsHold },
    });
  });
  return getStory(context, actor, storyId);
}
