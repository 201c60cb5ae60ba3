import {
  INVOLVEMENT_ROLE_NAMES,
  REFRESH_AFTER_COMPLETION,
  TRAINING_KIND_NAMES,
  VOUCHER_WARNING,
  type CreateInvolvementEntryInput,
  type CreateOpportunityRequest,
  type CreateTrainingInput,
  type InvolvementEntry,
  type InvolvementPaymentChoice,
  type InvolvementRole,
  type MyInvolvementResponse,
  type Opportunity,
  type Role,
  type TrainingRecord,
  type UpdateInvolvementEntryInput,
  type UpdateTrainingInput,
} from '../../../contracts/people.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { fileSlug, toCsv } from '../../kernel/downloads.js';
import type { DbOrTx } from '../../kernel/db.js';
import { renderPdf, type DocumentBlock } from '../../kernel/documents.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './people.involvement.repository.js';
import { canCoordinate, canKeepRecordsOf, isInPartnership } from './people.policy.js';
import * as peopleRepo from './people.repository.js';

const DAY_MS = 86_400_000;
export const TRAINING_REFRESH_REMINDER_DAYS = 30;

const ROLE_WORDS: Record<Role, string> = {
  member: 'Member',
  peer_supporter: 'Peer supporter',
  facilitator: 'Facilitator',
  coordinator: 'Coordinator',
  safeguarding_lead: 'Safeguarding lead',
  partnership_admin: 'Partnership admin',
};

const PAYMENT_WORDS: Record<InvolvementPaymentChoice, string> = {
  cash: 'Cash',
  voucher: 'Voucher',
  declined: 'Declined',
};

/** A calendar date (UTC) as YYYY-MM-DD. */
function isoDay(at: Date): string {
  return at.toISOString().slice(0, 10);
}

/** 2026-03-14 → 14 March 2026. */
function longDate(day: string): string {
  return new Date(`${day}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function invalid(path: string, message: string): AppError {
  return new AppError('validation_failed', message, [{ path, message }]);
}

const roundHours = (hours: number) => Math.round(hours * 100) / 100;

// --- training -------------------------------------------------------------------------------------

function toTraining(row: repo.TrainingRow): TrainingRecord {
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

/** The person, if the actor may keep their records; otherwise simply not found. */
async function requireRecordsOf(db: DbOrTx, actor: Actor, personId: string) {
  const person = await peopleRepo.findPerson(db, personId);
  if (!person || person.erasedAt) throw notFound('This person');
  if (personId === actor.personId) return person;
  const organisationIds = await repo.findOrganisationIdsOfPerson(db, personId);
  if (!canKeepRecordsOf(actor, personId, organisationIds)) throw notFound('This person');
  return person;
}

export async function listTraining(
  context: ModuleContext,
  actorOrNull: Actor | null,
  personId?: string,
): Promise<TrainingRecord[]> {
  const actor = requireActor(actorOrNull);
  const id = personId ?? actor.personId;
  await requireRecordsOf(context.db, actor, id);
  return (await repo.findTrainingOfPerson(context.db, id)).map(toTraining);
}

export async function addTraining(
  context: ModuleContext,
  actorOrNull: Actor | null,
  personId: string | undefined,
  input: CreateTrainingInput,
): Promise<TrainingRecord> {
  const actor = requireActor(actorOrNull);
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

/** A training record the actor may keep (their own, or a member's of an organisation they coordinate). */
async function loadKeptTraining(db: DbOrTx, actor: Actor, trainingId: string) {
  const row = await repo.findTraining(db, trainingId);
  if (!row) throw notFound('This training record');
  await requireRecordsOf(db, actor, row.personId).catch(() => {
    throw notFound('This training record');
  });
  return row;
}

/**
 * Changes a training record, under the same rule as adding one: a person's own, or that of someone in
 * an organisation the actor coordinates. A new refresh date is a new reminder, sent once.
 */
export async function updateTraining(
  context: ModuleContext,
  actorOrNull: Actor | null,
  trainingId: string,
  input: UpdateTrainingInput,
): Promise<TrainingRecord> {
  const actor = requireActor(actorOrNull);
  const row = await loadKeptTraining(context.db, actor, trainingId);
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as UpdateTrainingInput;
  // Checked against the stored record too: sending only one of the two dates must not make them cross.
  const completedOn = changes.completedOn ?? row.completedOn;
  const refreshDueOn = changes.refreshDueOn === undefined ? row.refreshDueOn : changes.refreshDueOn;
  if (refreshDueOn !== null && refreshDueOn <= completedOn) {
    throw invalid('refreshDueOn', REFRESH_AFTER_COMPLETION);
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
  if (!updated) throw notFound('This training record');
  return toTraining(updated);
}

export async function removeTraining(context: ModuleContext, actorOrNull: Actor | null, trainingId: string) {
  const actor = requireActor(actorOrNull);
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

/**
 * Mails each person once, a month before a course is due for a refresh. Claimed in one statement,
 * so several app instances never send the same reminder twice; a new refresh date is a new reminder.
 */
export async function remindTrainingRefreshes(context: ModuleContext, now = new Date()): Promise<number> {
  const today = isoDay(now);
  const until = isoDay(new Date(now.getTime() + TRAINING_REFRESH_REMINDER_DAYS * DAY_MS));
  return context.db.transaction(async (tx) => {
    const claimed = await repo.claimRefreshesDueBetween(tx, today, until);
    for (const training of claimed) {
      const person = await repo.findLivePerson(tx, training.personId);
      if (!person || !training.refreshDueOn) continue;
      await queueMail(tx, {
        to: person.email,
        subject: 'Your training is due for a refresh',
        text:
          `Hello ${person.displayName},\n\nYour ${TRAINING_KIND_NAMES[training.kind].toLowerCase()} training ` +
          `“${training.title}” (${training.provider}) is due for a refresh on ${longDate(training.refreshDueOn)}.\n\n` +
          `Talk to your coordinator about a refresher, and add it to your record when it is done:\n` +
          `${context.config.publicUrl}/involvement\n`,
      });
    }
    return claimed.length;
  });
}

// --- involvement log ------------------------------------------------------------------------------

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
  if (!(entry.hours >= 0 && entry.hours <= 24)) throw invalid('hours', 'Hours must be between 0 and 24');
  if (!Number.isInteger(entry.expensesPence) || entry.expensesPence < 0) {
    throw invalid('expensesPence', 'Give expenses in whole pence, not below zero');
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

function toEntry(row: repo.EntryRow): InvolvementEntry {
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

async function requireCoordinatedOrganisation(db: DbOrTx, actor: Actor, organisationId: string) {
  const organisation = await peopleRepo.findOrganisation(db, organisationId);
  if (!organisation || !canCoordinate(actor, organisationId)) throw notFound('This organisation');
  return organisation;
}

/** A coordinator records what someone in their organisation did. */
export async function addInvolvementEntry(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  input: CreateInvolvementEntryInput,
) {
  const actor = requireActor(actorOrNull);
  const organisation = await requireCoordinatedOrganisation(context.db, actor, organisationId);
  const members = await peopleRepo.findMembersOfOrganisation(context.db, organisationId);
  if (!members.some((m) => m.personId === input.personId)) {
    throw invalid('personId', 'Choose someone who is a member of this organisation');
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
  if (!row) throw notFound('This entry');
  return { entry: toEntry(row), paymentWarning: VOUCHER_WARNING };
}

/**
 * Sources whose entries are rewritten from the source each time it is saved (a meeting's attendance):
 * changing or deleting such an entry here would be undone by the next save, and the meeting and the
 * log would disagree until then, so they are changed at the source. What the source is called, by date.
 */
const ENTRIES_KEPT_AT_SOURCE: Record<string, (day: string) => string> = {
  coproduction_meeting: (day) =>
    `This entry comes from the co-production meeting on ${day}. Change the attendance on that meeting ` +
    'instead, so the meeting and the log agree.',
};

/**
 * Entries another module wrote but keeps no copy of (hours worked in a volunteering role or work
 * placement) are the only record of those hours, so coordinators correct them here; the source link stays.
 */
function refuseIfKeptAtSource(row: repo.EntryRow) {
  if (!row.source) return;
  const message = ENTRIES_KEPT_AT_SOURCE[row.source];
  if (message) throw new AppError('conflict', message(longDate(row.occurredOn)));
  if (row.source !== 'activities_role') {
    throw new AppError(
      'conflict',
      'This entry was written by another part of Cairn. Change it there instead.',
    );
  }
}

async function loadCoordinatedEntry(db: DbOrTx, actor: Actor, entryId: string) {
  const row = await repo.findEntry(db, entryId);
  if (!row || !canCoordinate(actor, row.organisationId)) throw notFound('This entry');
  return row;
}

/** A coordinator corrects an entry of their own organisation's log (not who it is for). Audited. */
export async function updateInvolvementEntry(
  context: ModuleContext,
  actorOrNull: Actor | null,
  entryId: string,
  input: UpdateInvolvementEntryInput,
) {
  const actor = requireActor(actorOrNull);
  const row = await loadCoordinatedEntry(context.db, actor, entryId);
  refuseIfKeptAtSource(row);
  const changes = Object.fromEntries(
    Object.entries(input).filter(([, value]) => value !== undefined),
  ) as UpdateInvolvementEntryInput;
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
  if (!updated) throw notFound('This entry');
  return { entry: toEntry(updated), paymentWarning: VOUCHER_WARNING };
}

export async function removeInvolvementEntry(
  context: ModuleContext,
  actorOrNull: Actor | null,
  entryId: string,
) {
  const actor = requireActor(actorOrNull);
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

export async function listInvolvementOfOrganisation(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  range: { from: string; to: string },
) {
  const actor = requireActor(actorOrNull);
  await requireCoordinatedOrganisation(context.db, actor, organisationId);
  const rows = await repo.findEntriesOfOrganisation(context.db, organisationId, range);
  return { entries: rows.map(toEntry), paymentWarning: VOUCHER_WARNING };
}

/** The involvement log of one organisation and date range, for finance. Every export is audited. */
export async function exportInvolvementCsv(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  range: { from: string; to: string },
) {
  const actor = requireActor(actorOrNull);
  const organisation = await requireCoordinatedOrganisation(context.db, actor, organisationId);
  const rows = await repo.findEntriesOfOrganisation(context.db, organisationId, range);
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: organisation.partnershipId,
    action: 'involvement.exported',
    subjectType: 'organisation',
    subjectId: organisationId,
    details: { from: range.from, to: range.to, count: rows.length },
  });
  const header = ['Date', 'Name', 'Activity', 'Role', 'Hours', 'Expenses (£)', 'Payment choice'];
  const lines = rows.map((row) => {
    const entry = toEntry(row);
    return [
      entry.occurredOn,
      entry.personName,
      entry.activity,
      INVOLVEMENT_ROLE_NAMES[entry.role],
      entry.hours.toFixed(2),
      (entry.expensesPence / 100).toFixed(2),
      PAYMENT_WORDS[entry.paymentChoice],
    ];
  });
  return {
    data: toCsv([header, ...lines]),
    filename: `involvement-${fileSlug(organisation.name, 'organisation')}-${range.from}-to-${range.to}.csv`,
  };
}

// --- a person's own involvement record ------------------------------------------------------------

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

export async function getMyInvolvement(
  context: ModuleContext,
  actorOrNull: Actor | null,
): Promise<MyInvolvementResponse> {
  const actor = requireActor(actorOrNull);
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

const formatHours = (hours: number) => (Number.isInteger(hours) ? String(hours) : hours.toFixed(2));

/**
 * The person's involvement as a PDF to attach to a job or volunteering application: roles, hours by
 * role and year, and training. Payments and expenses stay out: they are nobody else's business.
 */
export async function renderMyInvolvementPdf(
  context: ModuleContext,
  actorOrNull: Actor | null,
  now = new Date(),
) {
  const record = await getMyInvolvement(context, actorOrNull);
  const blocks: DocumentBlock[] = [{ kind: 'heading', level: 2, text: 'Roles held' }];
  blocks.push(
    record.roles.length > 0
      ? {
          kind: 'list',
          items: record.roles.map(
            (r) => `${ROLE_WORDS[r.role]}, ${r.organisationName} (since ${longDate(r.since.slice(0, 10))})`,
          ),
        }
      : { kind: 'paragraph', text: 'No current roles.' },
  );
  blocks.push({ kind: 'heading', level: 2, text: 'Lived-experience involvement' });
  if (record.hours.byRoleAndYear.length > 0) {
    blocks.push({
      kind: 'paragraph',
      text: `${formatHours(record.hours.total)} hours in all, as recorded by the organisations involved.`,
    });
    blocks.push({
      kind: 'table',
      caption: 'Hours by role and year',
      header: ['Role', 'Year', 'Hours'],
      rows: record.hours.byRoleAndYear.map((r) => [r.label, String(r.year), formatHours(r.hours)]),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No involvement hours recorded yet.' });
  }
  blocks.push({ kind: 'heading', level: 2, text: 'Training' });
  if (record.training.length > 0) {
    blocks.push({
      kind: 'table',
      caption: 'Courses completed',
      header: ['Course', 'Completed', 'Refresh due'],
      rows: record.training.map((t) => [
        `${t.title} (${TRAINING_KIND_NAMES[t.kind]}), ${t.provider}`,
        longDate(t.completedOn),
        t.refreshDueOn ? longDate(t.refreshDueOn) : '—',
      ]),
    });
  } else {
    blocks.push({ kind: 'paragraph', text: 'No training recorded yet.' });
  }
  blocks.push({ kind: 'paragraph', text: `Produced by Cairn on ${longDate(isoDay(now))}.` });
  const data = await renderPdf({ title: 'Involvement record', subtitle: record.person.displayName, blocks });
  return { data, filename: `involvement-record-${isoDay(now)}.pdf` };
}

// --- opportunities --------------------------------------------------------------------------------

async function toOpportunities(
  db: DbOrTx,
  actor: Actor,
  rows: repo.OpportunityRow[],
  today: string,
): Promise<Opportunity[]> {
  const [organisations, interests] = await Promise.all([
    actor.partnershipId ? peopleRepo.findOrganisationsInPartnership(db, actor.partnershipId) : [],
    repo.findInterestsOf(
      db,
      rows.map((r) => r.id),
    ),
  ]);
  const names = new Map(organisations.map((o) => [o.id, o.name]));
  return rows.map((r) => {
    const coordinator = canCoordinate(actor, r.organisationId);
    const own = interests.filter((i) => i.opportunityId === r.id);
    return {
      id: r.id,
      organisationId: r.organisationId,
      organisationName: names.get(r.organisationId) ?? '',
      title: r.title,
      role: r.role,
      description: r.description,
      commitment: r.commitment,
      closesOn: r.closesOn,
      open: r.closesOn >= today,
      interested: own.some((i) => i.personId === actor.personId),
      interestCount: coordinator ? own.length : 0,
      mayCoordinate: coordinator,
    };
  });
}

async function opportunityView(db: DbOrTx, actor: Actor, row: repo.OpportunityRow): Promise<Opportunity> {
  const [view] = await toOpportunities(db, actor, [row], isoDay(new Date()));
  if (!view) throw notFound('This opportunity');
  return view;
}

export async function createOpportunity(
  context: ModuleContext,
  actorOrNull: Actor | null,
  input: CreateOpportunityRequest,
): Promise<Opportunity> {
  const actor = requireActor(actorOrNull);
  const organisation = await requireCoordinatedOrganisation(context.db, actor, input.organisationId);
  if (input.closesOn < isoDay(new Date()))
    throw invalid('closesOn', 'Choose a closing date that is not in the past');
  const row = await context.db.transaction(async (tx) => {
    const created = await repo.insertOpportunity(tx, { ...input, createdBy: actor.personId });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'opportunity.created',
      subjectType: 'opportunity',
      subjectId: created.id,
    });
    return created;
  });
  return opportunityView(context.db, actor, row);
}

/** Open opportunities across the partnership, and the closed ones of organisations the actor coordinates. */
export async function listOpportunities(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const today = isoDay(new Date());
  const coordinated = actor.partnershipOrganisationIds.filter((id) => canCoordinate(actor, id));
  const rows = await repo.findOpportunitiesOf(
    context.db,
    actor.partnershipOrganisationIds,
    today,
    coordinated,
  );
  return toOpportunities(context.db, actor, rows, today);
}

async function loadOpportunity(db: DbOrTx, actor: Actor, opportunityId: string) {
  const row = await repo.findOpportunity(db, opportunityId);
  if (!row || !isInPartnership(actor, row.organisationId)) throw notFound('This opportunity');
  return row;
}

export async function expressInterestInOpportunity(
  context: ModuleContext,
  actorOrNull: Actor | null,
  opportunityId: string,
  note: string,
): Promise<Opportunity> {
  const actor = requireActor(actorOrNull);
  const row = await loadOpportunity(context.db, actor, opportunityId);
  if (row.closesOn < isoDay(new Date())) {
    throw new AppError(
      'conflict',
      'This opportunity has closed. Look at the other opportunities, or ask the coordinator about the next one.',
    );
  }
  await repo.upsertInterest(context.db, { opportunityId, personId: actor.personId, note });
  return opportunityView(context.db, actor, row);
}

/** Who put themselves forward, with their email so the coordinator can reply. Every read is audited. */
export async function listOpportunityInterests(
  context: ModuleContext,
  actorOrNull: Actor | null,
  opportunityId: string,
) {
  const actor = requireActor(actorOrNull);
  const row = await loadOpportunity(context.db, actor, opportunityId);
  if (!canCoordinate(actor, row.organisationId)) throw notFound('This opportunity');
  const interests = await repo.findInterestsOf(context.db, [opportunityId]);
  const people = await Promise.all(interests.map((i) => repo.findLivePerson(context.db, i.personId)));
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'opportunity.interests.read',
    subjectType: 'opportunity',
    subjectId: opportunityId,
    details: { count: interests.length },
  });
  return {
    interests: interests.flatMap((interest, i) => {
      const person = people[i];
      return person
        ? [
            {
              person: { id: person.id, displayName: person.displayName },
              email: person.email,
              note: interest.note,
              createdAt: interest.createdAt.toISOString(),
            },
          ]
        : [];
    }),
  };
}

// --- personal data --------------------------------------------------------------------------------

export async function exportInvolvementData(db: DbOrTx, personId: string) {
  const [training, entries, interests] = await Promise.all([
    repo.findTrainingOfPerson(db, personId),
    repo.findEntriesOfPerson(db, personId),
    repo.findInterestsOfPerson(db, personId),
  ]);
  return {
    training: training.map(toTraining),
    involvement: entries.map(toEntry),
    paymentWarning: VOUCHER_WARNING,
    opportunityInterests: interests.map((i) => ({
      opportunity: i.title,
      note: i.note,
      at: i.createdAt.toISOString(),
    })),
  };
}

export async function eraseInvolvementData(db: DbOrTx, personId: string): Promise<string> {
  const training = await repo.deleteTrainingOfPerson(db, personId);
  const interests = await repo.deleteInterestsOfPerson(db, personId);
  const entries = await repo.unlinkEntriesOfPerson(db, personId);
  return (
    `${training} training records and ${interests} expressions of interest deleted; ` +
    `${entries} involvement log entries kept without a name for the accounts`
  );
}
