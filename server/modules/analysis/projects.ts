import type { z } from 'zod';
import {
  CreateCodebookRequestSchema,
  type AddStoriesRequestSchema,
  type CreateProjectRequestSchema,
  type Project,
  type UpdateProjectRequestSchema,
} from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findOrganisationById } from '../people/index.js';
import { analystOrganisations, findAnalysableStories } from '../stories/index.js';
import * as repo from './analysis.repository.js';
import { createCodebook } from './codebooks.js';
import { applicationsOf, loadProject, requireAnalyst, visibleTo } from './loaders.js';
import { nameOf, storyTitle } from './presenters.js';

export async function createProject(
  context: ModuleContext,
  actor: Actor,
  input: z.infer<typeof CreateProjectRequestSchema>,
) {
  requireAnalyst(actor, input.organisationId);
  let codebookId = input.codebookId;
  if (codebookId) {
    const book = await repo.findCodebook(context.db, codebookId);
    if (!book || book.organisationId !== input.organisationId) throw notFound('codebook');
  } else {
    const organisation = await findOrganisationById(context.db, input.organisationId);
    // The codebook's name is made here, not given: it is checked as one given would be.
    const codebook = CreateCodebookRequestSchema.parse({
      organisationId: input.organisationId,
      name:
        input.startFrom === 'chime'
          ? `CHIME recovery framework${organisation ? ` (${organisation.name})` : ''}`
          : `Our own codes: ${input.title}`,
      startFrom: input.startFrom,
    });
    codebookId = (await createCodebook(context, actor, codebook)).id;
  }
  const project = await repo.insertProject(context.db, {
    organisationId: input.organisationId,
    codebookId,
    title: input.title,
    question: input.question,
    blind: input.blind,
    createdBy: actor.personId,
  });
  return getProject(context, actor, project.id);
}

export async function listProjects(context: ModuleContext, actor: Actor) {
  const rows = await repo.findProjectsOfOrganisations(context.db, analystOrganisations(actor));
  return {
    projects: rows.map(({ project, stories }) => ({
      id: project.id,
      organisationId: project.organisationId,
      title: project.title,
      question: project.question,
      blind: project.blind,
      comparisonOpen: project.comparisonOpen,
      createdAt: project.createdAt.toISOString(),
      stories,
    })),
  };
}

export async function getProject(context: ModuleContext, actor: Actor, projectId: string): Promise<Project> {
  const { project, stories } = await loadProject(context, actor, projectId);
  const all = await applicationsOf(context, projectId, stories);
  const visible = all.filter(visibleTo(actor, project));
  const names = new Map<string, string>();
  const coderIds = [
    ...new Set(visible.filter((a) => a.source === 'person' && a.coderId).map((a) => a.coderId ?? '')),
  ];
  return {
    id: project.id,
    organisationId: project.organisationId,
    codebookId: project.codebookId,
    title: project.title,
    question: project.question,
    blind: project.blind,
    comparisonOpen: project.comparisonOpen,
    stories: stories.map((s) => ({
      storyId: s.storyId,
      title: storyTitle(s.title),
      channel: s.channel,
      applications: visible.filter((a) => a.storyId === s.storyId).length,
    })),
    coders: await Promise.all(
      coderIds.map(async (personId) => ({
        personId,
        name: await nameOf(context, personId, names),
        applications: visible.filter((a) => a.coderId === personId && a.source === 'person').length,
      })),
    ),
    createdAt: project.createdAt.toISOString(),
  };
}

export async function updateProject(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof UpdateProjectRequestSchema>,
) {
  const { project } = await loadProject(context, actor, projectId);
  if (project.comparisonOpen && input.comparisonOpen === false)
    throw new AppError('conflict', message('analysis.problems.comparisonAlreadyOpen'));
  await repo.updateProject(context.db, projectId, input);
  return getProject(context, actor, projectId);
}

export async function listAnalysableStories(context: ModuleContext, actor: Actor, projectId: string) {
  const { project, stories } = await loadProject(context, actor, projectId);
  const candidates = await findAnalysableStories(context.db, { organisationIds: [project.organisationId] });
  const inProject = new Set(stories.map((s) => s.storyId));
  return {
    stories: candidates.map((s) => ({
      storyId: s.storyId,
      title: storyTitle(s.title),
      channel: s.channel,
      inProject: inProject.has(s.storyId),
    })),
  };
}

/** Adds stories, pinning each to its latest de-identified version. Only analysable stories can be added. */
export async function addStories(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof AddStoriesRequestSchema>,
) {
  const { project } = await loadProject(context, actor, projectId);
  if (!input.all && !input.storyIds)
    throw new AppError('validation_failed', message('analysis.problems.chooseStories'));
  const candidates = await findAnalysableStories(context.db, {
    organisationIds: [project.organisationId],
    storyIds: input.all ? undefined : input.storyIds,
  });
  if (!input.all && candidates.length !== new Set(input.storyIds).size) throw notFound('someStories');
  await repo.addProjectStories(
    context.db,
    candidates.map((s) => ({ projectId, storyId: s.storyId, versionId: s.versionId })),
  );
  return getProject(context, actor, projectId);
}
