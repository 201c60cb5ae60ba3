import type {
  AlertCase,
  AlertEvidence,
  CaseEntryRequest,
  CasePerson,
  SafeguardingAlert,
} from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById, findPersonSummary } from '../../people/index.js';
import * as stories from '../stories.repository.js';
import { escalationReach, leadOrganisations, mayWorkAlert } from './alert-access.js';
import { tellStorytellerAlertClosed } from './alert-closed-notice.js';
import * as repo from './safeguarding.repository.js';

/** Alerts written before evidence carried a reason were plain sentences. */
function readEvidence(context: ModuleContext, encrypted: string): AlertEvidence[] {
  const parsed = JSON.parse(context.cipher.decrypt(encrypted)) as (string | AlertEvidence)[];
  return parsed.map((item) => (typeof item === 'string' ? { text: item, why: null } : item));
}

/** Notes are encrypted; ones written before that was so are plain text. */
function readNote(context: ModuleContext, stored: string): string {
  try {
    return context.cipher.decrypt(stored);
  } catch {
    return stored;
  }
}

function toAlert(context: ModuleContext, row: repo.AlertRow, organisationName: string): SafeguardingAlert {
  return {
    id: row.id,
    storyId: row.storyId,
    organisationId: row.organisationId,
    organisationName,
    status: row.status,
    source: row.source,
    evidence: readEvidence(context, row.evidenceEncrypted),
    createdAt: row.createdAt.toISOString(),
    acknowledgedAt: row.acknowledgedAt?.toISOString() ?? null,
    escalatedAt: row.escalatedAt?.toISOString() ?? null,
    actionNote: row.actionNote === null ? null : readNote(context, row.actionNote),
    closedAt: row.closedAt?.toISOString() ?? null,
  };
}

async function organisationNames(context: ModuleContext, ids: string[]) {
  const names = new Map<string, string>();
  for (const id of new Set(ids)) {
    names.set(id, (await findOrganisationById(context.db, id))?.name ?? 'An organisation');
  }
  return names;
}

/** An alert the actor may work, or 404: nobody else learns that it exists. */
async function loadWorkableAlert(context: ModuleContext, actor: Actor, alertId: string) {
  const alert = await repo.findAlert(context.db, alertId);
  if (!alert || !mayWorkAlert(actor, alert)) throw notFound('alert');
  // A lead never works an alert about their own story (it went to someone else).
  if ((await stories.findStoriesToldBy(context.db, actor.personId, [alert.storyId])).size > 0) {
    throw notFound('alert');
  }
  return alert;
}

/** Every alert the actor may work: their organisations', and those escalated to them. */
export async function findSafeguardingAlerts(context: ModuleContext, actor: Actor) {
  const found = await repo.findAlertsForReader(context.db, {
    leadOrganisationIds: leadOrganisations(actor),
    escalatedOrganisationIds: escalationReach(actor),
  });
  const own = await stories.findStoriesToldBy(
    context.db,
    actor.personId,
    found.map((row) => row.storyId),
  );
  const rows = found.filter((row) => !own.has(row.storyId));
  // The evidence is the storyteller's own words, so reading it is recorded like reading an original.
  if (rows.length > 0) {
    await recordAudit(context.db, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'safeguarding.alerts_read',
      subjectType: 'safeguarding_alert',
      subjectId: null,
      details: { alertIds: rows.map((row) => row.id) },
    });
  }
  const names = await organisationNames(
    context,
    rows.map((row) => row.organisationId),
  );
  return rows.map((row) => toAlert(context, row, names.get(row.organisationId) ?? ''));
}

async function personOf(personId: string | null, context: ModuleContext): Promise<CasePerson | null> {
  if (!personId) return null;
  const person = await findPersonSummary(context.db, personId);
  if (!person)
    return {
      name: 'Someone whose account was erased',
      email: null,
      mobileNumber: null,
      contact: null,
      hasAccount: false,
    };
  return {
    name: person.displayName,
    email: person.email,
    mobileNumber: person.mobileNumber,
    contact: null,
    hasAccount: true,
  };
}

/**
 * The alert as a case: who is at risk and every way Cairn holds of reaching them, who recorded the
 * story, and the whole log of what leads have done about this story. Every read is audited.
 */
export async function getAlertCase(
  context: ModuleContext,
  actor: Actor,
  alertId: string,
): Promise<AlertCase> {
  const alert = await loadWorkableAlert(context, actor, alertId);
  const story = await stories.findStory(context.db, alert.storyId);
  if (!story) throw notFound('alert');
  const [tellers, storyAlerts, organisation] = await Promise.all([
    stories.findStorytellers(context.db, story.id),
    repo.findAlertsOfStory(context.db, story.id),
    findOrganisationById(context.db, alert.organisationId),
  ]);
  const storytellers: CasePerson[] = [];
  for (const teller of tellers) {
    const contact = teller.contactEncrypted ? context.cipher.decrypt(teller.contactEncrypted) : null;
    const account = await personOf(teller.personId, context);
    if (account) storytellers.push({ ...account, contact });
    else {
      const name = teller.nameEncrypted ? context.cipher.decrypt(teller.nameEncrypted) : 'Not recorded';
      storytellers.push({ name, email: null, mobileNumber: null, contact, hasAccount: false });
    }
  }
  const entries = await repo.findCaseEntries(
    context.db,
    storyAlerts.map((a) => a.id),
  );
  const recorders = new Map<string, string>();
  for (const id of new Set([
    ...entries.map((e) => e.recordedBy),
    ...(alert.raisedBy ? [alert.raisedBy] : []),
  ])) {
    recorders.set(id, (await findPersonSummary(context.db, id))?.displayName ?? 'A former colleague');
  }
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'safeguarding.case_read',
    subjectType: 'safeguarding_alert',
    subjectId: alert.id,
    details: { storyId: story.id },
  });
  return {
    ...toAlert(context, alert, organisation?.name ?? ''),
    raisedByName: alert.raisedBy ? (recorders.get(alert.raisedBy) ?? null) : null,
    story: {
      id: story.id,
      title: story.title,
      channel: story.channel,
      status: story.status,
      createdAt: story.createdAt.toISOString(),
      held: story.safeguardingHold,
    },
    storytellers,
    // The storyteller wrote it themselves when nobody collected it.
    collector: await personOf(story.collectedBy, context),
    caseLog: entries.map((entry) => ({
      id: entry.id,
      action: entry.action,
      happenedAt: entry.happenedAt.toISOString(),
      note: context.cipher.decrypt(entry.noteEncrypted),
      recordedByName: recorders.get(entry.recordedBy) ?? 'A former colleague',
      recordedAt: entry.recordedAt.toISOString(),
    })),
  };
}

/** Five minutes of clock difference between a phone and the server is not "the future". */
const CLOCK_SLACK_MS = 5 * 60_000;
/** A call about an alert can have happened a little before it was raised (it prompted the story), not years. */
const EARLIEST_BEFORE_ALERT_MS = 30 * 86_400_000;

/**
 * Records what a lead did. Writing anything down about an open alert acknowledges it: the lead is
 * dealing with it, so it must not escalate. Entries are kept after the alert closes.
 */
export async function recordCaseEntry(
  context: ModuleContext,
  actor: Actor,
  alertId: string,
  input: CaseEntryRequest,
): Promise<AlertCase> {
  const alert = await loadWorkableAlert(context, actor, alertId);
  const now = new Date();
  const happenedAt = input.happenedAt ? new Date(input.happenedAt) : now;
  if (happenedAt.getTime() > now.getTime() + CLOCK_SLACK_MS) {
    throw new AppError('validation_failed', message('stories.problems.happenedFuture'), [
      { path: 'happenedAt', message: message('stories.problems.happenedFutureField') },
    ]);
  }
  if (happenedAt.getTime() < alert.createdAt.getTime() - EARLIEST_BEFORE_ALERT_MS) {
    throw new AppError('validation_failed', message('stories.problems.happenedLongBefore'), [
      { path: 'happenedAt', message: message('stories.problems.happenedLongBeforeField') },
    ]);
  }
  await context.db.transaction(async (tx) => {
    await repo.insertCaseEntry(tx, {
      alertId: alert.id,
      action: input.action,
      happenedAt,
      noteEncrypted: context.cipher.encrypt(input.note),
      recordedBy: actor.personId,
    });
    await repo.acknowledgeIfOpen(tx, alert.id, actor.personId, now);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'safeguarding.case_entry_recorded',
      subjectType: 'safeguarding_alert',
      subjectId: alert.id,
      details: { action: input.action },
    });
  });
  return getAlertCase(context, actor, alert.id);
}

/**
 * Acknowledges or closes an alert. Closing never shares the story: it stays held until its
 * storyteller confirms it again, and they (or, for someone without an account, their collector)
 * are told kindly what happened and what they can do.
 */
export async function updateSafeguardingAlert(
  context: ModuleContext,
  actor: Actor,
  alertId: string,
  input: { status: 'acknowledged' | 'closed'; actionNote: string; tellStoryteller?: boolean | undefined },
): Promise<SafeguardingAlert> {
  const alert = await loadWorkableAlert(context, actor, alertId);
  const now = new Date();
  await context.db.transaction(async (tx) => {
    // Two leads closing the story's last two alerts at once: the story row makes them take turns,
    // so exactly one of them sees no other alert open and tells the storyteller.
    await stories.lockStory(tx, alert.storyId);
    const changed = await repo.updateAlertUnlessClosed(tx, alert.id, {
      status: input.status,
      // Kept encrypted, like the case log: it is about a person at risk.
      actionNote: context.cipher.encrypt(input.actionNote),
      ...(alert.acknowledgedAt ? {} : { acknowledgedBy: actor.personId, acknowledgedAt: now }),
      ...(input.status === 'closed' ? { closedBy: actor.personId, closedAt: now } : {}),
    });
    if (!changed) throw new AppError('conflict', message('stories.problems.alertClosed'));
    // The note is part of the case log too, so successors read one history.
    await repo.insertCaseEntry(tx, {
      alertId: alert.id,
      action: 'note',
      happenedAt: now,
      noteEncrypted: context.cipher.encrypt(
        input.status === 'closed' ? `Closed: ${input.actionNote}` : input.actionNote,
      ),
      recordedBy: actor.personId,
    });
    const lastOpen =
      input.status === 'closed' && (await repo.countUnclosedAlertsOfStory(tx, alert.storyId)) === 0;
    // The lead may know a message would not be safe (a shared inbox, someone who reads their mail).
    if (lastOpen && input.tellStoryteller !== false)
      await tellStorytellerAlertClosed(context, tx, alert.storyId);
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: `safeguarding.alert_${input.status}`,
      subjectType: 'safeguarding_alert',
      subjectId: alert.id,
      details: lastOpen ? { toldStoryteller: input.tellStoryteller !== false } : {},
    });
  });
  const updated = await repo.findAlert(context.db, alert.id);
  if (!updated) throw notFound('alert');
  const organisation = await findOrganisationById(context.db, updated.organisationId);
  return toAlert(context, updated, organisation?.name ?? '');
}
