import { VOUCHER_WARNING, type UpdateInvolvementEntryInput } from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message, type Message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { roundHours, sentFields } from './format.js';
import * as repo from './involvement.repository.js';
import { loadCoordinatedEntry } from './loaders.js';
import { toEntry } from './presenters.js';

/**
 * Sources whose entries are rewritten from the source each time it is saved (a meeting's attendance):
 * changing or deleting such an entry here would be undone by the next save, and the meeting and the
 * log would disagree until then, so they are changed at the source. What the source is called, by date.
 */
const ENTRIES_KEPT_AT_SOURCE: Record<string, (day: Date) => Message> = {
  coproduction_meeting: (day) => message('people.involvement.fromMeeting', { day }),
};

/**
 * Entries another module wrote but keeps no copy of (hours worked in a volunteering role or work
 * placement) are the only record of those hours, so coordinators correct them here; the source link stays.
 */
function refuseIfKeptAtSource(row: repo.EntryRow) {
  if (!row.source) return;
  const keptAtSource = ENTRIES_KEPT_AT_SOURCE[row.source];
  // Noon, so the day is the same in London time whatever the season.
  if (keptAtSource) throw new AppError('conflict', keptAtSource(new Date(`${row.occurredOn}T12:00:00Z`)));
  if (row.source !== 'activities_role') {
    throw new AppError('conflict', message('people.involvement.writtenElsewhere'));
  }
}

/** A coordinator corrects an entry of their own organisation's log (not who it is for). Audited. */
export async function updateInvolvementEntry(
  context: ModuleContext,
  actor: Actor,
  entryId: string,
  input: UpdateInvolvementEntryInput,
) {
  const row = await loadCoordinatedEntry(context.db, actor, entryId);
  refuseIfKeptAtSource(row);
  const changes = sentFields(input);
  if (changes.hours !== undefined) changes.hours = roundHours(changes.hours);
  await context.db.transaction(async (tx) => {
    await repo.updateEntry(tx, entryId, changes);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'involvement.changed',
      subjectType: 'involvement_entry',
      subjectId: entryId,
      details: { personId: row.personId, organisationId: row.organisationId, fields: Object.keys(changes) },
    });
  });
  const updated = await repo.findEntry(context.db, entryId);
  if (!updated) throw notFound('entry');
  return { entry: toEntry(updated), paymentWarning: VOUCHER_WARNING };
}

export async function removeInvolvementEntry(context: ModuleContext, actor: Actor, entryId: string) {
  const row = await loadCoordinatedEntry(context.db, actor, entryId);
  refuseIfKeptAtSource(row);
  await context.db.transaction(async (tx) => {
    await repo.deleteEntry(tx, entryId);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'involvement.removed',
      subjectType: 'involvement_entry',
      subjectId: entryId,
      details: { organisationId: row.organisationId },
    });
  });
}
