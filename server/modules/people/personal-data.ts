import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { endAllSessions } from '../../kernel/auth.js';
import type { DbOrTx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import { eraseInvolvementData, exportInvolvementData } from './involvement/index.js';
import * as repo from './people.repository.js';
import { toErasureRequest } from './presenters.js';

/** Everything Cairn holds about the signed-in person, from every module (right of access). */
export async function exportMyData(context: ModuleContext, actor: Actor): Promise<Record<string, unknown>> {
  const sections: Record<string, unknown> = {};
  for (const handler of context.personalData.handlers()) {
    sections[handler.module] = await handler.exportFor(context.db, actor.personId);
  }
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'person.data_exported',
    subjectType: 'person',
    subjectId: actor.personId,
  });
  return { exportedAt: new Date().toISOString(), personId: actor.personId, ...sections };
}

/** The people module's part of a person's data export: account, memberships, requests, involvement. */
export async function exportPeopleData(db: DbOrTx, personId: string) {
  const person = await repo.findPerson(db, personId);
  if (!person) return null;
  const rows = await repo.findMembershipsOfPerson(db, personId);
  const erasure = await repo.findErasureRequestsOfPerson(db, personId);
  return {
    account: {
      email: person.email,
      displayName: person.displayName,
      mobileNumber: person.mobileNumber,
      language: person.language,
      createdAt: person.createdAt.toISOString(),
    },
    memberships: rows.map((m) => ({
      organisation: m.organisationName,
      role: m.role,
      since: m.createdAt.toISOString(),
    })),
    erasureRequests: erasure.map(toErasureRequest),
    ...(await exportInvolvementData(db, personId)),
  };
}

/** The people module's part of erasing a person; says what was done, for the request's outcome. */
export async function erasePeopleData(db: DbOrTx, personId: string): Promise<string> {
  const person = await repo.findPerson(db, personId);
  if (!person) return 'nothing held';
  const involvement = await eraseInvolvementData(db, personId);
  await repo.deleteMembershipsOfPerson(db, personId);
  await repo.deletePasswordResetsOfPerson(db, personId);
  await repo.deleteInvitationsForEmail(db, person.email);
  await endAllSessions(db, personId);
  // The row stays (other records point at it) but holds nothing that identifies the person.
  await repo.updatePerson(db, personId, {
    email: `erased-${personId}@erased.invalid`,
    displayName: 'Erased person',
    mobileNumber: null,
    language: null,
    passwordHash: null,
    erasedAt: new Date(),
  });
  return `account anonymised; memberships, sessions, invitations and reset links deleted; ${involvement}`;
}
