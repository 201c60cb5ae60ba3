import type { SaveDraftRequest } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as repo from '../stories.repository.js';
import { loadCuratedStory } from '../story-loader.js';

/** Autosaves a draft, refusing a save from a tab or device that has not seen the latest one. */
export async function saveDraft(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  input: SaveDraftRequest,
): Promise<{ revision: number; savedAt: string }> {
  const { story } = await loadCuratedStory(context, actor, storyId);
  if (story.status !== 'draft') {
    throw new AppError('conflict', message('stories.problems.draftSubmitted'));
  }
  const saved = await repo.saveDraftIfCurrent(context.db, storyId, {
    title: input.title,
    draftEncrypted: context.cipher.encrypt(input.text),
    revision: input.revision,
  });
  if (!saved) {
    throw new AppError('conflict', message('stories.problems.savedElsewhere'));
  }
  return { revision: saved.draftRevision, savedAt: saved.draftSavedAt.toISOString() };
}
