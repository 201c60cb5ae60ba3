import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './analysis.repository.js';
import { descendantsOf } from './codebooks.js';
import { applicationsOf, loadProject, visibleTo } from './loaders.js';
import { storyTitle, toApplications } from './presenters.js';

/** Coded excerpts the reader may see, by code (with its sub-codes) and by words. */
export async function searchExcerpts(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  query: { codeId?: string | undefined; q: string },
) {
  const { project, stories } = await loadProject(context, actor, projectId);
  const [rows, codes] = await Promise.all([
    applicationsOf(context, projectId, stories),
    repo.findCodes(context.db, project.codebookId),
  ]);
  const wanted = query.codeId ? descendantsOf(codes, [query.codeId]) : undefined;
  const needle = query.q.toLowerCase();
  const byStory = new Map(stories.map((s) => [s.storyId, s]));
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const visible = rows
    .filter(visibleTo(actor, project))
    .filter((a) => a.source !== 'suggestion' || a.decision === 'accepted')
    .filter((a) => !wanted || wanted.has(a.codeId));
  const excerpts = await toApplications(context, visible, new Map(stories.map((s) => [s.storyId, s.text])));
  return {
    excerpts: excerpts
      .filter((e) => !needle || e.text.toLowerCase().includes(needle))
      .slice(0, 500)
      .map((e) => ({
        applicationId: e.id,
        storyId: e.storyId,
        storyTitle: storyTitle(byStory.get(e.storyId)?.title ?? ''),
        codeId: e.codeId,
        codeName: codeNames.get(e.codeId) ?? '',
        coderName: e.coderName,
        text: e.text,
      })),
  };
}
