import {
  INVOLVEMENT_ROLE_NAMES,
  VOUCHER_WARNING,
  type InvolvementEntry,
  type InvolvementRole,
  type MyInvolvementResponse,
} from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as peopleRepo from '../people.repository.js';
import { roundHours } from './format.js';
import * as repo from './involvement.repository.js';
import { toEntry, toTraining } from './presenters.js';

function hoursSummary(entries: InvolvementEntry[]) {
  const byRole = new Map<InvolvementRole, number>();
  const byRoleAndYear = new Map<string, { role: InvolvementRole; year: number; hours: number }>();
  for (const e of entries) {
    byRole.set(e.role, (byRole.get(e.role) ?? 0) + e.hours);
    const year = Number(e.occurredOn.slice(0, 4));
    const key = `${e.role}|${year}`;
    const current = byRoleAndYear.get(key) ?? { role: e.role, year, hours: 0 };
    current.hours += e.hours;
    byRoleAndYear.set(key, current);
  }
  return {
    total: roundHours(entries.reduce((sum, e) => sum + e.hours, 0)),
    byRole: [...byRole]
      .map(([role, hours]) => ({ role, label: INVOLVEMENT_ROLE_NAMES[role], hours: roundHours(hours) }))
      .sort((a, b) => b.hours - a.hours || a.label.localeCompare(b.label)),
    byRoleAndYear: [...byRoleAndYear.values()]
      .map((r) => ({ ...r, label: INVOLVEMENT_ROLE_NAMES[r.role], hours: roundHours(r.hours) }))
      .sort((a, b) => b.year - a.year || a.label.localeCompare(b.label)),
  };
}

/** A person's own record: roles held, hours by role and year, every entry, and training. */
export async function getMyInvolvement(context: ModuleContext, actor: Actor): Promise<MyInvolvementResponse> {
  const [memberships, entryRows, trainingRows] = await Promise.all([
    peopleRepo.findMembershipsOfPerson(context.db, actor.personId),
    repo.findEntriesOfPerson(context.db, actor.personId),
    repo.findTrainingOfPerson(context.db, actor.personId),
  ]);
  const entries = entryRows.map(toEntry);
  return {
    person: { id: actor.personId, displayName: actor.displayName },
    roles: memberships.map((m) => ({
      organisationName: m.organisationName,
      role: m.role,
      since: m.createdAt.toISOString(),
    })),
    hours: hoursSummary(entries),
    entries,
    training: trainingRows.map(toTraining),
    paymentWarning: VOUCHER_WARNING,
  };
}
