import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toShowcase } from './showcase-presenter.js';
import * as repo from './showcase.repository.js';

/** One story the public may read now (no sign-in). */
export async function getShowcaseStory(context: ModuleContext, storyId: string) {
  const row = await repo.findPublicStory(context.db, storyId);
  if (!row) throw notFound('story');
  return toShowcase(context, row);
}
