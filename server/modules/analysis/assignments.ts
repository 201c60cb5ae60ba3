import type { z } from 'zod';
import type { AssignStoriesRequestSchema, Assignments } from '../../../contracts/analysis.js';
import type { Role } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPeopleWithRole } from '../people/index.js';
import { mayLeadAnalysis } from './analysis.policy.js';
import type * as repo from './analysis.repository.js';
import * as assignmentsRepo from './assignments.repository.js';
import { applicationsOf, loadProject } from './loaders.js';
import { storyTitle } from './presenters.js';
import { auditProject } from './project-audit.js';

/** The roles a coder can have: the organisation's analysis team (as `analystOrganisations` in stories). */
const CODER_ROLES: readonly Role[] = ['peer_supporter', 'facilitator', 'coordinator'];

/** Everyone on the organisation's analysis team, by id, with the name they go by. */
async function analysisTeam(context: ModuleContext, organisationId: string) {
  const team = new Map<string, string>();
  for (const role of CODER_ROLES)
    for (const person of await findPeopleWithRole(context.db, organisationId, role))
      if (!team.has(person.personId)) team.set(person.personId, person.displayName);
  return team;
}

function requireLead(actor: Actor, project: repo.ProjectRow) {
  if (!mayLeadAnalysis(actor, project.organisationId))
    throw new AppError('forbidden', message('analysis.problems.onlyLeadAssigns'));
}

/**
 * The stories given to the reader and, for the lead, every assignment and the team. Only stories the
 * project may still analyse are listed (consent withdrawn, expired or a safeguarding hold takes a story
 * out), and only for coders still on the team, so nobody is shown a story they could not open.
 */
export async function listAssignments(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
): Promise<Assignments> {
  const { project, stories } = await loadProject(context, actor, projectId);
  const [rows, team, applications] = await Promise.all([
    assignmentsRepo.findAssignments(context.db, projectId),
    analysisTeam(context, project.organisationId),
    applicationsOf(context, projectId, stories),
  ]);
  const titles = new Map(stories.map((s) => [s.storyId, storyTitle(s.title)]));
  const coded = new Set(
    applications.filter((a) => a.source === 'person').map((a) => `${a.storyId}|${a.coderId ?? ''}`),
  );
  const present = rows.flatMap((row) => {
    const title = titles.get(row.storyId);
    const coderName = team.get(row.coderId);
    if (title === undefined || coderName === undefined) return [];
    return [
      {
        storyId: row.storyId,
        title,
        coderId: row.coderId,
        coderName,
        coded: coded.has(`${row.storyId}|${row.coderId}`),
      },
    ];
  });
  const lead = mayLeadAnalysis(actor, project.organisationId);
  return {
    mayAssign: lead,
    mine: present.filter((a) => a.coderId === actor.personId),
    all: lead ? present : [],
    team: lead ? [...team].map(([personId, name]) => ({ personId, name })) : [],
  };
}

/** The lead gives stories in the project to a coder on the team; each new assignment is audited. */
export async function assignStories(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  input: z.infer<typeof AssignStoriesRequestSchema>,
): Promise<Assignments> {
  const { project, stories } = await loadProject(context, actor, projectId);
  requireLead(actor, project);
  const team = await analysisTeam(context, project.organisationId);
  if (!team.has(input.coderId))
    throw new AppError('validation_failed', message('analysis.problems.notOnTeam'), [
      { path: 'coderId', message: message('analysis.problems.notOnTeamField') },
    ]);
  // Only stories the team may still analyse: the coder reads them under the same consent and role rules.
  const analysable = new Set(stories.map((s) => s.storyId));
  const storyIds = [...new Set(input.storyIds)];
  if (storyIds.some((id) => !analysable.has(id))) throw notFound('someStories');
  await context.db.transaction(async (tx) => {
    for (const storyId of storyIds) {
      const key = { projectId, storyId, coderId: input.coderId };
      if (await assignmentsRepo.insertAssignment(tx, { ...key, assignedBy: actor.personId }))
        await auditProject(tx, actor, projectId, 'analysis.story_assigned', key);
    }
  });
  return listAssignments(context, actor, projectId);
}

/** The lead takes a story back from a coder; their coding stays, and the removal is audited. */
export async function unassignStory(
  context: ModuleContext,
  actor: Actor,
  key: { projectId: string; storyId: string; coderId: string },
): Promise<Assignments> {
  const { project } = await loadProject(context, actor, key.projectId);
  requireLead(actor, project);
  await context.db.transaction(async (tx) => {
    if (!(await assignmentsRepo.deleteAssignment(tx, key))) throw notFound('assignment');
    await auditProject(tx, actor, key.projectId, 'analysis.story_unassigned', {
      storyId: key.storyId,
      coderId: key.coderId,
    });
  });
  return listAssignments(context, actor, key.projectId);
}
