import type { z } from 'zod';
import type { CreateKeyMessageRequestSchema, CreateThemeRequestSchema } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { mayQuoteFor } from './analysis.policy.js';
import * as repo from './analysis.repository.js';
import { applicationsOf, loadProject, visibleTo } from './loaders.js';
import { getSynthesis } from './synthesis.js';

export async function addTheme(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateThemeRequestSchema>,
) {
  const { project } = await loadProject(context, actor, projectId);
  const codes = new Set((await repo.findCodes(context.db, project.codebookId)).map((c) => c.id));
  if (!input.codeIds.every((id) => codes.has(id))) throw notFound('someCodes');
  await repo.insertTheme(context.db, { ...input, projectId });
  return getSynthesis(context, actor, projectId);
}

/**
 * A key message for one audience, backed by quotes. A quote is allowed only where the storyteller's
 * consent reaches that audience (see `mayQuoteFor`), and only from stories still in the project.
 */
export async function addKeyMessage(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateKeyMessageRequestSchema>,
) {
  const { project, stories } = await loadProject(context, actor, projectId);
  if (input.themeId && !(await repo.findThemes(context.db, projectId)).some((t) => t.id === input.themeId))
    throw notFound('theme');
  const rows = await applicationsOf(context, projectId, stories);
  const visible = new Map(rows.filter(visibleTo(actor, project)).map((a) => [a.id, a]));
  const tiers = new Map(stories.map((s) => [s.storyId, s.consentTier]));
  for (const id of input.quoteApplicationIds) {
    const application = visible.get(id);
    if (!application) throw notFound('someQuotes');
    const tier = tiers.get(application.storyId);
    if (!tier || !mayQuoteFor(tier, input.audience))
      throw new AppError(
        'forbidden',
        message('analysis.problems.quoteNotAllowed', { audience: input.audience }),
      );
  }
  await repo.insertKeyMessage(context.db, { ...input, projectId, createdBy: actor.personId });
  return getSynthesis(context, actor, projectId);
}
