import type { RaiseConcernRequest } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { updateStory } from '../stories.repository.js';
import { loadStory } from '../story-loader.js';
import { raiseAlert } from './raise-alert.js';

/**
 * Anyone who can read a story and is worried by it raises a concern by hand: the detector will
 * never catch everything. The story is held at once, as if the detector had found it.
 */
export async function raiseConcern(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  input: RaiseConcernRequest,
): Promise<{ alertId: string }> {
  // Anyone who may read the story may raise a concern about it; everyone else gets 404.
  const { story, access } = await loadStory(context, actor, storyId);
  const alertId = await context.db.transaction(async (tx) => {
    await updateStory(tx, storyId, { safeguardingHold: true });
    const row = await raiseAlert(context, tx, {
      storyId,
      organisationId: story.organisationId,
      evidence: [{ text: input.note, why: `Raised by ${actor.displayName}, who read the story` }],
      source: 'reader',
      raisedBy: actor.personId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'safeguarding.concern_raised',
      subjectType: 'story',
      subjectId: storyId,
      details: { alertId: row.id, access },
    });
    return row.id;
  });
  return { alertId };
}
