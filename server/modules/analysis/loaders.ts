import type { Actor } from '../../kernel/access.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { analystOrganisations, findAnalysableStories } from '../stories/index.js';
import * as repo from './analysis.repository.js';

/** Only the analysis team of the organisation; everyone else is answered as not found. */
export function requireAnalyst(actor: Actor, organisationId: string): void {
  if (!analystOrganisations(actor).includes(organisationId)) throw notFound('analysis');
}

/** A codebook, for its organisation's analysis team only. */
export async function loadCodebook(context: ModuleContext, actor: Actor, codebookId: string) {
  const book = await repo.findCodebook(context.db, codebookId);
  if (!book) throw notFound('codebook');
  requireAnalyst(actor, book.organisationId);
  return { book };
}

/**
 * The stories of a project that may still be analysed, each with the pinned de-identified text. A story
 * withdrawn, expired or held since it was added simply is not there.
 */
export async function storiesOfProject(context: ModuleContext, project: repo.ProjectRow) {
  const pinned = await repo.findProjectStories(context.db, project.id);
  return findAnalysableStories(context.db, {
    organisationIds: [project.organisationId],
    versionIds: pinned.map((p) => p.versionId),
  });
}

/** The project and the stories in it that may still be analysed, for its organisation's analysis team. */
export async function loadProject(context: ModuleContext, actor: Actor, projectId: string) {
  const project = await repo.findProject(context.db, projectId);
  if (!project) throw notFound('analysisProject');
  requireAnalyst(actor, project.organisationId);
  const stories = await storiesOfProject(context, project);
  return { project, stories };
}

/** Every application on the stories still in the project (withdrawn stories' coding stays out). */
export function applicationsOf(context: ModuleContext, projectId: string, stories: { storyId: string }[]) {
  return repo.findApplications(
    context.db,
    projectId,
    stories.map((s) => s.storyId),
  );
}

/** Blind mode: until comparison opens, a coder sees only their own applications. */
export function visibleTo(actor: Actor, project: repo.ProjectRow) {
  const open = !project.blind || project.comparisonOpen;
  return (a: repo.ApplicationRow) => open || (a.source === 'person' && a.coderId === actor.personId);
}
