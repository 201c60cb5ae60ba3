import {
  REFRESH_AFTER_COMPLETION,
  type CreateTrainingInput,
  type TrainingRecord,
  type UpdateTrainingInput,
} from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { invalidField, notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { sentFields } from './format.js';
import * as repo from './involvement.repository.js';
import { loadKeptTraining, requireRecordsOf } from './loaders.js';
import { toTraining } from './presenters.js';

/** A person's training: their own (no `personId`), or that of someone whose records the actor keeps. */
export async function listTraining(
  context: ModuleContext,
  actor: Actor,
  personId?: string,
): Promise<TrainingRecord[]> {
  const id = personId ?? actor.personId;
  await requireRecordsOf(context.db, actor, id);
  return (await repo.findTrainingOfPerson(context.db, id)).map(toTraining);
}

/** Records a course: a person's own, or (audited) one for someone in an organisation the actor coordinates. */
export async function addTraining(
  context: ModuleContext,
  actor: Actor,
  personId: string | undefined,
  input: CreateTrainingInput,
): Promise<TrainingRecord> {
  const id = personId ?? actor.personId;
  await requireRecordsOf(context.db, actor, id);
  const row = await context.db.transaction(async (tx) => {
    const created = await repo.insertTraining(tx, { ...input, personId: id, recordedBy: actor.personId });
    if (id !== actor.personId) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: 'training.recorded',
        subjectType: 'training_record',
        subjectId: created.id,
        details: { personId: id, kind: input.kind },
      });
    }
    return created;
  });
  return toTraining(row);
}

/**
 * Changes a training record, under the same rule as adding one: a person's own, or that of someone in
 * an organisation the actor coordinates. A new refresh date is a new reminder, sent once.
 */
export async function updateTraining(
  context: ModuleContext,
  actor: Actor,
  trainingId: string,
  input: UpdateTrainingInput,
): Promise<TrainingRecord> {
  const row = await loadKeptTraining(context.db, actor, trainingId);
  const changes = sentFields(input);
  // Checked against the stored record too: sending only one of the two dates must not make them cross.
  const completedOn = changes.completedOn ?? row.completedOn;
  const refreshDueOn = changes.refreshDueOn === undefined ? row.refreshDueOn : changes.refreshDueOn;
  if (refreshDueOn !== null && refreshDueOn <= completedOn) {
    throw invalidField('refreshDueOn', REFRESH_AFTER_COMPLETION);
  }
  const updated = await context.db.transaction(async (tx) => {
    const saved = await repo.updateTraining(tx, trainingId, changes, {
      rearmReminder: refreshDueOn !== row.refreshDueOn,
    });
    if (row.personId !== actor.personId) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: 'training.changed',
        subjectType: 'training_record',
        subjectId: trainingId,
        details: { personId: row.personId, fields: Object.keys(changes) },
      });
    }
    return saved;
  });
  if (!updated) throw notFound('trainingRecord');
  return toTraining(updated);
}

export async function removeTraining(context: ModuleContext, actor: Actor, trainingId: string) {
  const row = await loadKeptTraining(context.db, actor, trainingId);
  await context.db.transaction(async (tx) => {
    await repo.deleteTraining(tx, trainingId);
    // Like recording it: audited when someone keeps another person's record.
    if (row.personId !== actor.personId) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: 'training.removed',
        subjectType: 'training_record',
        subjectId: trainingId,
        details: { personId: row.personId, kind: row.kind },
      });
    }
  });
}
