import type { ShowcaseStory } from '../../../../contracts/stories.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toShowcase, toShowcaseList } from './showcase-presenter.js';
import * as repo from './showcase.repository.js';

/** Stories the public may read now (no sign-in), newest first, searchable and filtered. */
export async function findShowcaseStories(
  context: ModuleContext,
  query: {
    q?: string | undefined;
    channel?: ShowcaseStory['channel'] | undefined;
    theme?: string | undefined;
    limit: number;
  },
) {
  const rows = await repo.findPublicStories(context.db, query);
  return toShowcaseList(context, rows);
}

export async function getShowcaseStory(context: ModuleContext, storyId: string) {
  const row = await repo.findPublicStory(context.db, storyId);
  if (!row) throw notFound('story');
  return toShowcase(context, row);
}
