import type { z } from 'zod';
import type {
  CreateGroupRequestSchema,
  Group,
  UpdateGroupRequestSchema,
} from '../../../../contracts/coproduction.js';
import { isPartnershipAdmin, organisationsWithRole, type Actor } from '../../../kernel/access.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { mayManageGroups } from '../coproduction.policy.js';
import { defined, requireMembers } from '../input.js';
import { loadGroup, requireGroupManager } from './group-loader.js';
import { groupMembers, toMeetings } from './group-presenter.js';
import * as repo from './groups.repository.js';

/** Refuses members who are not in the group's organisation, naming each by its place in the list. */
function requireGroupMembers(context: ModuleContext, organisationId: string, memberIds: string[]) {
  return requireMembers(
    context.db,
    organisationId,
    memberIds.map((personId, i) => ({ path: `memberIds.${i}`, personId })),
  );
}

export async function getGroup(context: ModuleContext, actor: Actor, groupId: string): Promise<Group> {
  const { group, members, mayManage } = await loadGroup(context.db, actor, groupId);
  const meetings = await toMeetings(context.db, await repo.findMeetingsOfGroups(context.db, [groupId]));
  return {
    id: group.id,
    organisationId: group.organisationId,
    name: group.name,
    purpose: group.purpose,
    rhythm: group.rhythm,
    members,
    mayManage,
    meetings,
  };
}

/** Groups the actor runs, and groups they belong to. */
export async function listGroups(context: ModuleContext, actor: Actor) {
  const managed = isPartnershipAdmin(actor)
    ? actor.partnershipOrganisationIds
    : organisationsWithRole(actor, ['facilitator', 'coordinator']);
  const memberOf = await repo.findGroupIdsOfMember(context.db, actor.personId);
  const rows = [
    ...(await repo.findGroupsOfOrganisations(context.db, managed)),
    ...(await repo.findGroupsByIds(context.db, memberOf)),
  ].filter((g, i, all) => all.findIndex((o) => o.id === g.id) === i);
  const ids = rows.map((g) => g.id);
  const [members, meetings] = await Promise.all([
    groupMembers(context.db, ids),
    repo.findMeetingsOfGroups(context.db, ids),
  ]);
  return {
    groups: rows.map((g) => {
      const own = meetings.filter((m) => m.groupId === g.id);
      return {
        id: g.id,
        organisationId: g.organisationId,
        name: g.name,
        purpose: g.purpose,
        rhythm: g.rhythm,
        members: members(g.id),
        mayManage: mayManageGroups(actor, g.organisationId),
        meetingCount: own.length,
        lastMetOn: own[0]?.heldOn ?? null,
      };
    }),
  };
}

export async function createGroup(
  context: ModuleContext,
  actor: Actor,
  input: z.output<typeof CreateGroupRequestSchema>,
): Promise<Group> {
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayManageGroups(actor, organisation.id)) throw notFound('organisation');
  const memberIds = [...new Set(input.memberIds)];
  await requireGroupMembers(context, organisation.id, memberIds);
  const group = await context.db.transaction(async (tx) => {
    const row = await repo.insertGroup(tx, {
      organisationId: organisation.id,
      name: input.name,
      purpose: input.purpose,
      rhythm: input.rhythm,
      createdBy: actor.personId,
    });
    await repo.replaceGroupMembers(tx, row.id, memberIds);
    return row;
  });
  return getGroup(context, actor, group.id);
}

export async function updateGroup(
  context: ModuleContext,
  actor: Actor,
  groupId: string,
  input: z.output<typeof UpdateGroupRequestSchema>,
): Promise<Group> {
  const { group } = await requireGroupManager(context.db, actor, groupId);
  const memberIds = input.memberIds ? [...new Set(input.memberIds)] : undefined;
  if (memberIds) await requireGroupMembers(context, group.organisationId, memberIds);
  await context.db.transaction(async (tx) => {
    const { memberIds: _members, ...fields } = input;
    await repo.updateGroup(tx, groupId, defined(fields));
    if (memberIds) await repo.replaceGroupMembers(tx, groupId, memberIds);
  });
  return getGroup(context, actor, groupId);
}
