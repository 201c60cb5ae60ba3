import {
  VOUCHER_WARNING,
  type CreateInvolvementEntryInput,
  type InvolvementPaymentChoice,
  type InvolvementRole,
} from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { invalidField, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as peopleRepo from '../people.repository.js';
import { roundHours } from './format.js';
import * as repo from './involvement.repository.js';
import { requireCoordinatedOrganisation } from './loaders.js';
import { toEntry } from './presenters.js';

/** What another module records for a person (meeting attendance, say), inside its own transaction. */
export type InvolvementRecord = {
  personId: string;
  organisationId: string;
  occurredOn: string;
  activity: string;
  role: InvolvementRole;
  hours: number;
  expensesPence: number;
  paymentChoice: InvolvementPaymentChoice;
  /** Who wrote it, e.g. 'coproduction_meeting' and the meeting's id, so it can replace its own entries. */
  source?: { kind: string; id: string };
  recordedBy?: string | null;
};

/**
 * Adds an entry to the involvement log. Other modules call this (through index.ts) inside their
 * own transaction, so the log changes if and only if their action is committed.
 */
export async function recordInvolvement(db: DbOrTx, entry: InvolvementRecord): Promise<string> {
  if (!(entry.hours >= 0 && entry.hours <= 24))
    throw invalidField('hours', message('people.involvement.hoursRange'));
  if (!Number.isInteger(entry.expensesPence) || entry.expensesPence < 0) {
    throw invalidField('expensesPence', message('people.involvement.wholePence'));
  }
  const [id] = await repo.insertInvolvement(db, [
    {
      personId: entry.personId,
      organisationId: entry.organisationId,
      occurredOn: entry.occurredOn,
      activity: entry.activity.slice(0, 500),
      role: entry.role,
      hours: roundHours(entry.hours),
      expensesPence: entry.expensesPence,
      paymentChoice: entry.paymentChoice,
      source: entry.source?.kind ?? null,
      sourceId: entry.source?.id ?? null,
      recordedBy: entry.recordedBy ?? null,
    },
  ]);
  if (!id) throw new Error('insert returned nothing');
  return id;
}

/** Removes the entries another module wrote for one thing (a meeting), before it records them afresh. */
export async function removeInvolvementFromSource(db: DbOrTx, source: { kind: string; id: string }) {
  await repo.deleteEntriesFromSource(db, source.kind, source.id);
}

/** A coordinator records what someone in their organisation did. */
export async function addInvolvementEntry(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  input: CreateInvolvementEntryInput,
) {
  const organisation = await requireCoordinatedOrganisation(context.db, actor, organisationId);
  const members = await peopleRepo.findMembersOfOrganisation(context.db, organisationId);
  if (!members.some((m) => m.personId === input.personId)) {
    throw invalidField('personId', message('problems.chooseMember'));
  }
  const id = await context.db.transaction(async (tx) => {
    const entryId = await recordInvolvement(tx, { ...input, organisationId, recordedBy: actor.personId });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'involvement.recorded',
      subjectType: 'involvement_entry',
      subjectId: entryId,
      details: { personId: input.personId, organisationId },
    });
    return entryId;
  });
  const row = await repo.findEntry(context.db, id);
  if (!row) throw notFound('entry');
  return { entry: toEntry(row), paymentWarning: VOUCHER_WARNING };
}

/** An organisation's log over a date range, for its coordinators. */
export async function listInvolvementOfOrganisation(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  range: { from: string; to: string },
) {
  await requireCoordinatedOrganisation(context.db, actor, organisationId);
  const rows = await repo.findEntriesOfOrganisation(context.db, organisationId, range);
  return { entries: rows.map(toEntry), paymentWarning: VOUCHER_WARNING };
}
