import type { LanguageCode } from '../../../contracts/languages.js';
import { sql } from 'drizzle-orm';
import {
  date,
  index,
  integer,
  numeric,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { INVOLVEMENT_ROLES, PAYMENT_CHOICES, ROLES, TRAINING_KINDS } from '../../../contracts/people.js';

export const roleEnum = pgEnum('role', ROLES);

export const partnerships = pgTable('partnerships', {
  id: uuid('id').primaryKey().defaultRandom(),
  name: text('name').notNull(),
  /**
   * The languages the partnership offers (codes from contracts/languages.ts), English always among
   * them: the language switch, Accept-Language and members' choices are limited to these.
   */
  languages: text('languages')
    .array()
    .$type<LanguageCode[]>()
    .notNull()
    .default(sql`'{en,cy,ur}'::text[]`),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const organisations = pgTable(
  'organisations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnershipId: uuid('partnership_id')
      .notNull()
      .references(() => partnerships.id),
    name: text('name').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('organisations_partnership_name_idx').on(t.partnershipId, t.name)],
);

export const people = pgTable(
  'people',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    /** Stored lower-case; unique. */
    email: text('email').notNull(),
    displayName: text('display_name').notNull(),
    /** A mobile number in international form, for urgent messages such as safeguarding alerts. */
    mobileNumber: text('mobile_number'),
    /** Null for an erased person: they can no longer sign in. */
    passwordHash: text('password_hash'),
    /**
     * The language the person chose to read Cairn in (a code from contracts/languages.ts), or null
     * when they have not chosen: then their browser's preference is used.
     */
    language: text('language'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    erasedAt: timestamp('erased_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('people_email_idx').on(t.email)],
);

export const memberships = pgTable(
  'memberships',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    role: roleEnum('role').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('memberships_person_org_role_idx').on(t.personId, t.organisationId, t.role),
    index('memberships_org_idx').on(t.organisationId),
  ],
);

export const invitations = pgTable(
  'invitations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    email: text('email').notNull(),
    role: roleEnum('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedBy: uuid('invited_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedBy: uuid('accepted_by').references(() => people.id),
  },
  (t) => [
    uniqueIndex('invitations_token_idx').on(t.tokenHash),
    index('invitations_pending_idx')
      .on(t.organisationId)
      .where(sql`accepted_at is null`),
  ],
);

export const passwordResets = pgTable(
  'password_resets',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    tokenHash: text('token_hash').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    usedAt: timestamp('used_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('password_resets_token_idx').on(t.tokenHash)],
);

export const erasureStatusEnum = pgEnum('erasure_status', ['open', 'completed', 'refused']);

export const erasureRequests = pgTable(
  'erasure_requests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    partnershipId: uuid('partnership_id').references(() => partnerships.id),
    reason: text('reason').notNull().default(''),
    status: erasureStatusEnum('status').notNull().default('open'),
    requestedAt: timestamp('requested_at', { withTimezone: true }).notNull().defaultNow(),
    actionedBy: uuid('actioned_by').references(() => people.id),
    actionedAt: timestamp('actioned_at', { withTimezone: true }),
    outcome: text('outcome'),
  },
  (t) => [index('erasure_requests_partnership_idx').on(t.partnershipId, t.status)],
);

// --- lived-experience involvement -----------------------------------------------------------------

const day = (name: string) => date(name, { mode: 'string' });

export const trainingKindEnum = pgEnum('training_kind', TRAINING_KINDS);
export const involvementRoleEnum = pgEnum('involvement_role', INVOLVEMENT_ROLES);
export const involvementPaymentChoiceEnum = pgEnum('involvement_payment_choice', PAYMENT_CHOICES);

export const trainingRecords = pgTable(
  'training_records',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    kind: trainingKindEnum('kind').notNull(),
    title: text('title').notNull(),
    provider: text('provider').notNull(),
    completedOn: day('completed_on').notNull(),
    refreshDueOn: day('refresh_due_on'),
    certificateNote: text('certificate_note').notNull().default(''),
    recordedBy: uuid('recorded_by').references(() => people.id),
    /** The refresh date last warned about, so each coming lapse is mailed once (and again if the date moves). */
    refreshReminderSentFor: day('refresh_reminder_sent_for'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('training_records_person_idx').on(t.personId),
    index('training_records_refresh_idx')
      .on(t.refreshDueOn)
      .where(sql`refresh_due_on is not null`),
  ],
);

/** Hours, expenses and payment choices. The person is unlinked on erasure; the figures stay for the accounts. */
export const involvementEntries = pgTable(
  'involvement_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    personId: uuid('person_id').references(() => people.id),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    occurredOn: day('occurred_on').notNull(),
    activity: text('activity').notNull(),
    role: involvementRoleEnum('role').notNull(),
    // Exact decimals, so totals for finance add up to the penny and the quarter-hour.
    hours: numeric('hours', { precision: 4, scale: 2, mode: 'number' }).notNull(),
    expensesPence: integer('expenses_pence').notNull().default(0),
    paymentChoice: involvementPaymentChoiceEnum('payment_choice').notNull(),
    /** Set when another module wrote the entry (e.g. 'coproduction_meeting'), so it can replace its own. */
    source: text('source'),
    sourceId: uuid('source_id'),
    recordedBy: uuid('recorded_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('involvement_entries_org_date_idx').on(t.organisationId, t.occurredOn),
    index('involvement_entries_person_idx').on(t.personId),
    index('involvement_entries_source_idx')
      .on(t.source, t.sourceId)
      .where(sql`source is not null`),
  ],
);

export const opportunities = pgTable(
  'opportunities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id')
      .notNull()
      .references(() => organisations.id),
    title: text('title').notNull(),
    role: involvementRoleEnum('role').notNull(),
    description: text('description').notNull(),
    commitment: text('commitment').notNull(),
    closesOn: day('closes_on').notNull(),
    createdBy: uuid('created_by').references(() => people.id),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('opportunities_org_closes_idx').on(t.organisationId, t.closesOn)],
);

export const opportunityInterests = pgTable(
  'opportunity_interests',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    opportunityId: uuid('opportunity_id')
      .notNull()
      .references(() => opportunities.id, { onDelete: 'cascade' }),
    personId: uuid('person_id')
      .notNull()
      .references(() => people.id),
    note: text('note').notNull().default(''),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('opportunity_interests_once_idx').on(t.opportunityId, t.personId),
    index('opportunity_interests_person_idx').on(t.personId),
  ],
);
