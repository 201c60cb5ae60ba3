import type { InvolvementEntry, TrainingRecord } from '../../../../contracts/people.js';
import type * as repo from './involvement.repository.js';

export function toTraining(row: repo.TrainingRow): TrainingRecord {
  return {
    id: row.id,
    personId: row.personId,
    kind: row.kind,
    title: row.title,
    provider: row.provider,
    completedOn: row.completedOn,
    refreshDueOn: row.refreshDueOn,
    certificateNote: row.certificateNote,
    createdAt: row.createdAt.toISOString(),
  };
}

export function toEntry(row: repo.EntryRow): InvolvementEntry {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personId ? (row.personName ?? 'Former member') : 'Former member',
    organisationId: row.organisationId,
    organisationName: row.organisationName,
    occurredOn: row.occurredOn,
    activity: row.activity,
    role: row.role,
    hours: row.hours,
    expensesPence: row.expensesPence,
    paymentChoice: row.paymentChoice,
    source: row.source,
    sourceId: row.sourceId,
  };
}
