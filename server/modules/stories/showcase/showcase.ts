import type { ShowcaseStory } from '../../../../contracts/stories.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toShowcase } from './showcase-presenter.js';
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
  return Promise.all(rows.map((row) => toShowcase(context, row)));
}

export async function getShowcaseStory(context: ModuleContext, storyId: string) {
  const row = await repo.findPublicStory(context.db, storyId);
  if (!row) throw notFound('This story');
  return toShowcase(context, row);
}
