import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { mayManageGroups, mayReadGroup } from '../coproduction.policy.js';
import { groupMembers } from './group-presenter.js';
import * as repo from './groups.repository.js';

/** The group with its members, for those who may read it; anyone else finds no such group. */
export async function loadGroup(db: DbOrTx, actor: Actor, groupId: string) {
  const group = await repo.findGroup(db, groupId);
  if (!group) throw notFound('group');
  const members = (await groupMembers(db, [groupId]))(groupId);
  if (
    !mayReadGroup(
      actor,
      group,
      members.map((m) => m.id),
    )
  )
    throw notFound('group');
  return { group, members, mayManage: mayManageGroups(actor, group.organisationId) };
}

/** The group, for those who run it only. */
export async function requireGroupManager(db: DbOrTx, actor: Actor, groupId: string) {
  const loaded = await loadGroup(db, actor, groupId);
  if (!loaded.mayManage) throw notFound('group');
  return loaded;
}

/** The meeting with its group, for those who may read the group. */
export async function loadMeeting(db: DbOrTx, actor: Actor, meetingId: string) {
  const meeting = await repo.findMeeting(db, meetingId);
  if (!meeting) throw notFound('meeting');
  const loaded = await loadGroup(db, actor, meeting.groupId).catch(() => {
    throw notFound('meeting');
  });
  return { meeting, ...loaded };
}
