import {
  boolean,
  date,
  doublePrecision,
  index,
  integer,
  pgEnum,
  pgTable,
  primaryKey,
  serial,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  ACTIVITY_KINDS,
  APPLICATION_STATUSES,
  FREQUENCIES,
  PARTNER_KINDS,
  PROPOSAL_STATUSES,
  ROLE_KINDS,
  SIGN_UP_STATUSES,
} from '../../../contracts/activities.js';

export const activityKindEnum = pgEnum('activity_kind', ACTIVITY_KINDS);
export const activityFrequencyEnum = pgEnum('activity_frequency', FREQUENCIES);
export const proposalStatusEnum = pgEnum('activity_proposal_status', PROPOSAL_STATUSES);
export const signUpStatusEnum = pgEnum('activity_sign_up_status', SIGN_UP_STATUSES);
export const roleKindEnum = pgEnum('activity_role_kind', ROLE_KINDS);
export const applicationStatusEnum = pgEnum('activity_application_status', APPLICATION_STATUSES);
export const partnerKindEnum = pgEnum('activity_partner_kind', PARTNER_KINDS);

const createdAt = () => timestamp('created_at', { withTimezone: true }).notNull().defaultNow();
const day = (name: string) => date(name, { mode: 'string' });

/** A member's idea for an activity; coordinators answer it with a reason everyone sees. */
export const activityProposals = pgTable(
  'activity_proposals',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    proposedBy: uuid('proposed_by'),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: activityKindEnum('kind').notNull(),
    status: proposalStatusEnum('status').notNull().default('open'),
    responseReason: text('response_reason'),
    respondedBy: uuid('responded_by'),
    respondedAt: timestamp('responded_at', { withTimezone: true }),
    activityId: uuid('activity_id'),
    createdAt: createdAt(),
  },
  (t) => [index('activity_proposals_org_idx').on(t.organisationId)],
);

export const activityProposalSupports = pgTable(
  'activity_proposal_supports',
  {
    proposalId: uuid('proposal_id')
      .notNull()
      .references(() => activityProposals.id),
    personId: uuid('person_id').notNull(),
    createdAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.proposalId, t.personId] })],
);

/** An activity in the programme; its schedule is kept in Europe/London wall-clock time. */
export const activities = pgTable(
  'activities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: activityKindEnum('kind').notNull(),
    venue: text('venue').notNull().default(''),
    accessInformation: text('access_information').notNull().default(''),
    capacity: integer('capacity').notNull(),
    isPublic: boolean('is_public').notNull().default(true),
    frequency: activityFrequencyEnum('frequency').notNull(),
    startsOn: day('starts_on').notNull(),
    endsOn: day('ends_on'),
    startTime: text('start_time').notNull(),
    durationMinutes: integer('duration_minutes').notNull(),
    createdBy: uuid('created_by'),
    createdAt: createdAt(),
  },
  (t) => [index('activities_org_idx').on(t.organisationId)],
);

/** One dated session of an activity; sign-ups lock this row so places are never over-booked. */
export const activityOccurrences = pgTable(
  'activity_occurrences',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    activityId: uuid('activity_id')
      .notNull()
      .references(() => activities.id),
    startsAt: timestamp('starts_at', { withTimezone: true }).notNull(),
    endsAt: timestamp('ends_at', { withTimezone: true }).notNull(),
    cancelledAt: timestamp('cancelled_at', { withTimezone: true }),
    cancelReason: text('cancel_reason'),
  },
  (t) => [uniqueIndex('activity_occurrences_start_idx').on(t.activityId, t.startsAt)],
);

/** A place booked or waited for; `queue` orders the waiting list (first come, first served). */
export const activitySignUps = pgTable(
  'activity_sign_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    occurrenceId: uuid('occurrence_id')
      .notNull()
      .references(() => activityOccurrences.id),
    personId: uuid('person_id').notNull(),
    status: signUpStatusEnum('status').notNull(),
    queue: serial('queue').notNull(),
    attended: boolean('attended'),
    createdAt: createdAt(),
  },
  (t) => [
    uniqueIndex('activity_sign_ups_person_idx').on(t.occurrenceId, t.personId),
    index('activity_sign_ups_of_person_idx').on(t.personId),
  ],
);

/** A person's private calendar link: only the SHA-256 of the token is kept. */
export const activityFeedTokens = pgTable('activity_feed_tokens', {
  personId: uuid('person_id').primaryKey(),
  tokenHash: text('token_hash').notNull().unique(),
  createdAt: createdAt(),
});

/** A social enterprise role: a work placement or volunteering (the community café, say). */
export const activityRoles = pgTable(
  'activity_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    kind: roleKindEnum('kind').notNull(),
    hoursPerWeek: doublePrecision('hours_per_week'),
    createdAt: createdAt(),
  },
  (t) => [index('activity_roles_org_idx').on(t.organisationId)],
);

export const activityRoleApplications = pgTable(
  'activity_role_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    roleId: uuid('role_id')
      .notNull()
      .references(() => activityRoles.id),
    personId: uuid('person_id').notNull(),
    message: text('message').notNull().default(''),
    status: applicationStatusEnum('status').notNull().default('applied'),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('activity_role_applications_idx').on(t.roleId, t.personId)],
);

/** The directory of partner organisations and what they offer. */
export const activityPartners = pgTable(
  'activity_partners',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    name: text('name').notNull(),
    kind: partnerKindEnum('kind').notNull(),
    offers: text('offers').notNull(),
    contact: text('contact').notNull().default(''),
    website: text('website'),
    createdAt: createdAt(),
  },
  (t) => [index('activity_partners_org_idx').on(t.organisationId)],
);

/** A member signposted to a partner, recorded only with the member's consent. */
export const activitySignposts = pgTable(
  'activity_signposts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    partnerId: uuid('partner_id')
      .notNull()
      .references(() => activityPartners.id),
    personId: uuid('person_id').notNull(),
    consent: boolean('consent').notNull(),
    note: text('note').notNull().default(''),
    signpostedBy: uuid('signposted_by'),
    createdAt: createdAt(),
  },
  (t) => [index('activity_signposts_person_idx').on(t.personId)],
);

/** An organisation's outreach targets: postcode districts (`area`) and self-described communities. */
export const activityOutreachTargets = pgTable(
  'activity_outreach_targets',
  {
    organisationId: uuid('organisation_id').notNull(),
    kind: text('kind', { enum: ['area', 'community'] }).notNull(),
    value: text('value').notNull(),
  },
  (t) => [primaryKey({ columns: [t.organisationId, t.kind, t.value] })],
);

/** What a person chose to tell an organisation about where they live and their community. */
export const activityOutreachProfiles = pgTable(
  'activity_outreach_profiles',
  {
    organisationId: uuid('organisation_id').notNull(),
    personId: uuid('person_id').notNull(),
    postcodeDistrict: text('postcode_district'),
    community: text('community'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.organisationId, t.personId] }),
    index('activity_outreach_person_idx').on(t.personId),
  ],
);
