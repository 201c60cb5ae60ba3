import { sql } from 'drizzle-orm';
import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACTION_STATUSES,
  CHARTER_LEVELS,
  COMMITMENT_STATUSES,
  LADDER,
  PAYMENT_CHOICES,
  PRIORITY_SOURCES,
  SEAT_KINDS,
} from '../../../contracts/coproduction.js';

export const paymentChoiceEnum = pgEnum('coproduction_payment_choice', PAYMENT_CHOICES);
export const actionStatusEnum = pgEnum('coproduction_action_status', ACTION_STATUSES);
export const seatKindEnum = pgEnum('coproduction_seat_kind', SEAT_KINDS);
export const charterLevelEnum = pgEnum('coproduction_charter_level', CHARTER_LEVELS);
/** Declared lowest rung first, so PostgreSQL orders the enum up the ladder. */
export const ladderRungEnum = pgEnum('coproduction_ladder_rung', LADDER);
export const prioritySourceEnum = pgEnum('coproduction_priority_source', PRIORITY_SOURCES);
export const commitmentStatusEnum = pgEnum('coproduction_commitment_status', COMMITMENT_STATUSES);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: 'string' });

/** A co-production group of an organisation, e.g. the monthly group. */
export const coproductionGroups = pgTable(
  'coproduction_groups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    name: text('name').notNull(),
    purpose: text('purpose').notNull().default(''),
    rhythm: text('rhythm').notNull().default('monthly'),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_groups_org_idx').on(t.organisationId)],
);

export const coproductionGroupMembers = pgTable(
  'coproduction_group_members',
  {
    groupId: uuid('group_id')
      .notNull()
      .references(() => coproductionGroups.id),
    personId: uuid('person_id').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.groupId, t.personId] }),
    index('coproduction_members_person_idx').on(t.personId),
  ],
);

export const coproductionMeetings = pgTable(
  'coproduction_meetings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    groupId: uuid('group_id')
      .notNull()
      .references(() => coproductionGroups.id),
    heldOn: day('held_on').notNull(),
    agenda: text('agenda').notNull().default(''),
    minutes: text('minutes').notNull().default(''),
    decisions: jsonb('decisions').$type<string[]>().notNull().default([]),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_meetings_group_idx').on(t.groupId, t.heldOn)],
);

/** Who came, their hours and expenses. The person is unlinked on erasure; the figures stay for the accounts. */
export const coproductionAttendance = pgTable(
  'coproduction_attendance',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => coproductionMeetings.id),
    personId: uuid('person_id'),
    hours: doublePrecision('hours').notNull().default(0),
    expensesPence: integer('expenses_pence').notNull().default(0),
    paymentChoice: paymentChoiceEnum('payment_choice').notNull().default('declined'),
  },
  (t) => [
    index('coproduction_attendance_meeting_idx').on(t.meetingId),
    index('coproduction_attendance_person_idx').on(t.personId),
  ],
);

export const coproductionActions = pgTable(
  'coproduction_actions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    meetingId: uuid('meeting_id')
      .notNull()
      .references(() => coproductionMeetings.id),
    position: integer('position').notNull(),
    text: text('text').notNull(),
    ownerPersonId: uuid('owner_person_id'),
    ownerOrganisationId: uuid('owner_organisation_id'),
    dueOn: day('due_on'),
    status: actionStatusEnum('status').notNull().default('open'),
  },
  (t) => [index('coproduction_actions_meeting_idx').on(t.meetingId)],
);

/** A lived-experience seat on a board, committee, team meeting or interview panel. */
export const coproductionSeats = pgTable(
  'coproduction_seats',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    kind: seatKindEnum('kind').notNull(),
    bodyName: text('body_name').notNull(),
    description: text('description').notNull().default(''),
    termStart: day('term_start'),
    termEnd: day('term_end'),
    holderPersonId: uuid('holder_person_id'),
    attendanceCount: integer('attendance_count').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_seats_org_idx').on(t.organisationId)],
);

export const coproductionSeatInterests = pgTable(
  'coproduction_seat_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    seatId: uuid('seat_id')
      .notNull()
      .references(() => coproductionSeats.id),
    personId: uuid('person_id').notNull(),
    note: text('note').notNull().default(''),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('coproduction_seat_interests_idx').on(t.seatId, t.personId)],
);

/** A Working Together charter commitment at one of the four levels. */
export const charterCommitments = pgTable(
  'coproduction_charter_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    level: charterLevelEnum('level').notNull(),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_charter_org_idx').on(t.organisationId)],
);

/** Self-assessments are only added, never changed, so the history is the record. */
export const charterAssessments = pgTable(
  'coproduction_charter_assessments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => charterCommitments.id),
    rung: ladderRungEnum('rung').notNull(),
    evidence: text('evidence').notNull(),
    assessedOn: day('assessed_on').notNull(),
    assessedBy: uuid('assessed_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_assessments_commitment_idx').on(t.commitmentId, t.assessedOn)],
);

/** A priority for "You said, we did". A café priority is imported once: its id is unique here. */
export const priorities = pgTable(
  'coproduction_priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id').notNull(),
    organisationId: uuid('organisation_id').notNull(),
    source: prioritySourceEnum('source').notNull(),
    sourceRef: text('source_ref').notNull().default(''),
    cafePriorityId: uuid('cafe_priority_id'),
    /** The analysis key message it came from; at most one priority per key message. */
    keyMessageId: uuid('key_message_id'),
    title: text('title').notNull(),
    text: text('text').notNull().default(''),
    published: boolean('published').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('coproduction_priorities_cafe_idx')
      .on(t.cafePriorityId)
      .where(sql`cafe_priority_id is not null`),
    uniqueIndex('coproduction_priorities_key_message_idx')
      .on(t.keyMessageId)
      .where(sql`key_message_id is not null`),
    index('coproduction_priorities_partnership_idx').on(t.partnershipId),
  ],
);

export const commitments = pgTable(
  'coproduction_commitments',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id),
    ownerOrganisationId: uuid('owner_organisation_id').notNull(),
    description: text('description').notNull(),
    dueOn: day('due_on'),
    status: commitmentStatusEnum('status').notNull().default('planned'),
    declinedReason: text('declined_reason'),
    progress: integer('progress').notNull().default(0),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_commitments_priority_idx').on(t.priorityId)],
);

/** Dated evidence of what changed. */
export const commitmentUpdates = pgTable(
  'coproduction_commitment_updates',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id),
    text: text('text').notNull(),
    happenedOn: day('happened_on').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_updates_commitment_idx').on(t.commitmentId)],
);

/**
 * Someone who wants news of a priority: a signed-in person, or a café participant's contact
 * (encrypted). Unsubscribing keeps the row (so a re-import cannot subscribe them again) but drops the contact.
 */
export const prioritySubscriptions = pgTable(
  'coproduction_subscriptions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id),
    personId: uuid('person_id'),
    contactEncrypted: text('contact_encrypted'),
    /** The language a contact-only subscriber reads (from the café page where they left the contact). */
    language: text('language'),
    unsubscribedAt: timestamp('unsubscribed_at', { withTimezone: true }),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('coproduction_subscriptions_person_idx')
      .on(t.priorityId, t.personId)
      .where(sql`person_id is not null`),
    index('coproduction_subscriptions_priority_idx').on(t.priorityId),
  ],
);

/** One-click unsubscribe links; only the hash of each token is kept. One per message sent. */
export const unsubscribeLinks = pgTable(
  'coproduction_unsubscribe_links',
  {
    tokenHash: text('token_hash').primaryKey(),
    subscriptionId: uuid('subscription_id')
      .notNull()
      .references(() => prioritySubscriptions.id),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_unsubscribe_subscription_idx').on(t.subscriptionId)],
);

/** In-app news for people with accounts. */
export const notifications = pgTable(
  'coproduction_notifications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').notNull(),
    priorityId: uuid('priority_id')
      .notNull()
      .references(() => priorities.id),
    commitmentId: uuid('commitment_id')
      .notNull()
      .references(() => commitments.id),
    text: text('text').notNull(),
    createdAt: createdAt(),
  },
  (t) => [index('coproduction_notifications_person_idx').on(t.personId, t.createdAt)],
);
