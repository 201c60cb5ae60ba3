import type { z } from 'zod';
import type { CreateMemoRequestSchema, MemoTarget } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './analysis.repository.js';
import { loadProject, visibleTo } from './loaders.js';
import { toMemos } from './presenters.js';

/**
 * Memos on one target. A memo on a coding the reader may not see yet (blind mode) stays hidden with it;
 * memos on a story follow the story out of the project when it is withdrawn.
 */
export async function listMemos(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  target: { targetKind: MemoTarget; targetId: string },
) {
  const { project, stories } = await loadProject(context, actor, projectId);
  if (target.targetKind === 'story' && !stories.some((s) => s.storyId === target.targetId))
    throw notFound('story');
  if (target.targetKind === 'application') {
    const application = await repo.findApplication(context.db, projectId, target.targetId);
    if (
      !application ||
      !visibleTo(actor, project)(application) ||
      !stories.some((s) => s.storyId === application.storyId)
    )
      throw notFound('coding');
  }
  const names = new Map<string, string>();
  const rows = (await repo.findMemos(context.db, projectId)).filter(
    (m) => m.targetKind === target.targetKind && m.targetId === target.targetId,
  );
  return {
    memos: await toMemos(context, rows, names),
  };
}

export async function addMemo(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof CreateMemoRequestSchema>,
) {
  await loadProject(context, actor, projectId);
  await repo.insertMemo(context.db, { ...input, projectId, authorId: actor.personId });
  return { ok: true as const };
}
