import type { z } from 'zod';
import type { CreateRoleRequestSchema, RecordHoursRequestSchema } from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { recordInvolvement } from '../people/index.js';
import { mayCoordinate } from './activities.policy.js';
import * as repo from './community.repository.js';
import { loadManagedApplication, loadRole, partnershipOrganisation } from './loaders.js';
import { toApplication, toApplications, toRole } from './presenters.js';

// Social enterprise roles: work placements and volunteering, applied for and paid in hours logged.

export async function createRole(
  context: ModuleContext,
  actor: Actor,
  body: z.output<typeof CreateRoleRequestSchema>,
) {
  if (!mayCoordinate(actor, body.organisationId)) throw notFound('organisation');
  return toRole(await repo.insertRole(context.db, body), false);
}

export async function listRoles(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findRolesOfOrganisation(context.db, organisationId);
  const applications = await repo.findApplicationsOfRoles(
    context.db,
    rows.map((r) => r.id),
  );
  return {
    roles: rows.map((r) =>
      toRole(
        r,
        applications.some((a) => a.roleId === r.id && a.personId === actor.personId),
      ),
    ),
  };
}

export async function applyForRole(context: ModuleContext, actor: Actor, roleId: string, note: string) {
  await loadRole(context.db, actor, roleId);
  const row = await repo.insertApplication(context.db, { roleId, personId: actor.personId, message: note });
  if (!row) throw new AppError('conflict', message('activities.roles.alreadyApplied'));
  return toApplication(context.db, row);
}

export async function listApplications(context: ModuleContext, actor: Actor, roleId: string) {
  const role = await loadRole(context.db, actor, roleId);
  if (!mayCoordinate(actor, role.organisationId)) throw notFound('role');
  return {
    applications: await toApplications(context.db, await repo.findApplicationsOfRoles(context.db, [roleId])),
  };
}

export async function decideApplication(
  context: ModuleContext,
  actor: Actor,
  applicationId: string,
  status: 'accepted' | 'declined',
) {
  const { application } = await loadManagedApplication(context.db, actor, applicationId);
  await repo.setApplicationStatus(context.db, applicationId, status);
  return toApplication(context.db, { ...application, status });
}

/** Hours worked in a role go into the person's involvement log (people module), in one transaction. */
export async function recordRoleHours(
  context: ModuleContext,
  actor: Actor,
  applicationId: string,
  body: z.output<typeof RecordHoursRequestSchema>,
) {
  const { application, role } = await loadManagedApplication(context.db, actor, applicationId);
  if (application.status !== 'accepted') {
    throw new AppError('conflict', message('activities.roles.acceptFirst'));
  }
  const involvementEntryId = await context.db.transaction(async (tx) =>
    recordInvolvement(tx, {
      personId: application.personId,
      organisationId: role.organisationId,
      occurredOn: body.occurredOn,
      activity: `${role.kind === 'work_placement' ? 'Work placement' : 'Volunteering'}: ${role.title}`,
      role: 'other',
      hours: body.hours,
      expensesPence: body.expensesPence,
      paymentChoice: body.paymentChoice,
      source: { kind: 'activities_role', id: application.id },
      recordedBy: actor.personId,
    }),
  );
  return { involvementEntryId };
}
