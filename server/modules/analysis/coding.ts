import type { z } from 'zod';
import type { CodingView, CreateApplicationRequestSchema } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './analysis.repository.js';
import { loadProject, visibleTo } from './loaders.js';
import { storyTitle, toApplications, toMemos } from './presenters.js';

/** One story as its coder sees it: the text, the codings they may see, and memos on either. */
async function codingView(
  context: ModuleContext,
  actor: Actor,
  project: repo.ProjectRow,
  story: { storyId: string; title: string; text: string },
  rows: repo.ApplicationRow[],
): Promise<CodingView> {
  const visible = rows.filter(visibleTo(actor, project));
  const memoRows = await repo.findMemosOn(context.db, project.id, [
    story.storyId,
    ...visible.map((a) => a.id),
  ]);
  return {
    storyId: story.storyId,
    title: storyTitle(story.title),
    text: story.text,
    applications: await toApplications(context, visible, new Map([[story.storyId, story.text]])),
    memos: await toMemos(context, memoRows, new Map<string, string>()),
  };
}

export async function getCodingView(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  storyId: string,
): Promise<CodingView> {
  const { project, stories } = await loadProject(context, actor, projectId);
  const story = stories.find((s) => s.storyId === storyId);
  if (!story) throw notFound('story');
  const rows = await repo.findApplications(context.db, projectId, [storyId]);
  return codingView(context, actor, project, story, rows);
}

export async function applyCode(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateApplicationRequestSchema>,
) {
  const { project, stories } = await loadProject(context, actor, projectId);
  const story = stories.find((s) => s.storyId === input.storyId);
  if (!story) throw notFound('story');
  const code = await repo.findCode(context.db, project.codebookId, input.codeId);
  if (!code || code.retiredAt) throw notFound('code');
  if (input.end > story.text.length)
    throw new AppError('validation_failed', message('analysis.problems.selectionPastEnd'), [
      { path: 'end', message: message('analysis.problems.selectionPastEndField') },
    ]);
  if (input.source === 'consensus' && project.blind && !project.comparisonOpen)
    throw new AppError('conflict', message('analysis.problems.comparisonFirst'));
  // Applying the same code to the same words twice (a double press, or agreeing a difference again) adds nothing.
  const existing = await repo.findApplications(context.db, projectId, [story.storyId]);
  const duplicate = existing.some(
    (a) =>
      a.source === input.source &&
      a.codeId === code.id &&
      a.start === input.start &&
      a.end === input.end &&
      (input.source === 'consensus' || a.coderId === actor.personId),
  );
  if (duplicate) return codingView(context, actor, project, story, existing);
  const added = await repo.insertApplication(context.db, {
    projectId,
    storyId: story.storyId,
    versionId: story.versionId,
    codeId: code.id,
    source: input.source,
    coderId: actor.personId,
    start: input.start,
    end: input.end,
  });
  const rows = [...existing, added].sort(
    (a, b) => a.start - b.start || a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return codingView(context, actor, project, story, rows);
}

/** A coder removes their own application; consensus can be removed by anyone in the team. */
export async function removeApplication(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  applicationId: string,
) {
  const { project } = await loadProject(context, actor, projectId);
  const application = await repo.findApplication(context.db, projectId, applicationId);
  if (!application || !visibleTo(actor, project)(application)) throw notFound('coding');
  const mine = application.source === 'person' && application.coderId === actor.personId;
  if (!mine && application.source !== 'consensus')
    throw new AppError('forbidden', message('analysis.problems.onlyOwnCode'));
  await repo.deleteApplication(context.db, applicationId);
  return getCodingView(context, actor, projectId, application.storyId);
}
