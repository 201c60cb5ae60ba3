import {
  boolean,
  index,
  integer,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import {
  CAFE_FORMATS,
  CAFE_ROLES,
  CAFE_STATUSES,
  PAPER_VOTE_KINDS,
  VOTING_METHODS,
} from '../../../contracts/cafes.js';

export const cafeFormatEnum = pgEnum('cafe_format', CAFE_FORMATS);
export const cafeStatusEnum = pgEnum('cafe_status', CAFE_STATUSES);
export const votingMethodEnum = pgEnum('cafe_voting_method', VOTING_METHODS);
export const cafeRoleEnum = pgEnum('cafe_role', CAFE_ROLES);
export const paperVoteKindEnum = pgEnum('cafe_paper_vote_kind', PAPER_VOTE_KINDS);

/** A Recovery Conversation Café: planned, then run live, then harvested. */
export const cafes = pgTable(
  'cafes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    title: text('title').notNull(),
    purpose: text('purpose').notNull().default(''),
    format: cafeFormatEnum('format').notNull().default('in_person'),
    startsAt: timestamp('starts_at', { withTimezone: true }),
    venue: text('venue').notNull().default(''),
    accessInfo: text('access_info').notNull().default(''),
    capacity: integer('capacity'),
    joinCode: text('join_code').notNull(),
    status: cafeStatusEnum('status').notNull().default('planned'),
    currentRound: integer('current_round').notNull().default(0),
    roundEndsAt: timestamp('round_ends_at', { withTimezone: true }),
    votingMethod: votingMethodEnum('voting_method').notNull().default('dots'),
    votingOpen: boolean('voting_open').notNull().default(false),
    dotsPerPerson: integer('dots_per_person').notNull().default(3),
    allowStacking: boolean('allow_stacking').notNull().default(true),
    videoLinkPattern: text('video_link_pattern'),
    signUpOpen: boolean('sign_up_open').notNull().default(true),
    /** Bumped on every change, so clients can tell a stale board from a fresh one. */
    version: integer('version').notNull().default(0),
    /**
     * How many have taken a seat, kept by a trigger on cafe_participants (migration 0041) in the same
     * transaction as each seat, so a board never counts every participant of a full hall again.
     */
    participantCount: integer('participant_count').notNull().default(0),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    // A code stays unique while its café can still be joined.
    uniqueIndex('cafes_open_join_code_idx')
      .on(t.joinCode)
      .where(sql`status <> 'closed'`),
    index('cafes_organisation_idx').on(t.organisationId),
  ],
);

export const cafeRounds = pgTable(
  'cafe_rounds',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    position: integer('position').notNull(),
    question: text('question').notNull(),
    minutes: integer('minutes').notNull().default(20),
    /** How people vote in this round, chosen at planning; the café row holds the one in use now. */
    votingMethod: votingMethodEnum('voting_method').notNull().default('dots'),
    /** When voting first opened in this round: from then on its way of voting is fixed. */
    votingOpenedAt: timestamp('voting_opened_at', { withTimezone: true }),
  },
  (t) => [uniqueIndex('cafe_rounds_position_idx').on(t.cafeId, t.position)],
);

export const cafeTables = pgTable(
  'cafe_tables',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    number: integer('number').notNull(),
    videoUrl: text('video_url'),
    /** Seats taken at this table, kept like the café's participant count: newcomers go to the emptiest. */
    participants: integer('participants').notNull().default(0),
  },
  (t) => [uniqueIndex('cafe_tables_number_idx').on(t.cafeId, t.number)],
);

/** Someone in the café. No account needed: a random token in a cookie is their identity. */
export const cafeParticipants = pgTable(
  'cafe_participants',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    tokenHash: text('token_hash').notNull(),
    displayName: text('display_name').notNull().default(''),
    tableId: uuid('table_id')
      .notNull()
      .references(() => cafeTables.id),
    personId: uuid('person_id'),
    /** An optional email or phone number, encrypted, so people can hear what came of the café. */
    contactEncrypted: text('contact_encrypted'),
    /**
     * The language the join page was in when they left the contact (a code from contracts/languages.ts),
     * so what Cairn later sends to it is said in that language; null when no contact was left.
     */
    language: text('language'),
    /**
     * Optional, given at join: the first part of a postcode (like DD4) and a community in the
     * participant's own words, so the organisation can count which areas and communities its cafés
     * reach. Only ever read as totals of 5 or more, never beside a name.
     */
    postcodeDistrict: text('postcode_district'),
    community: text('community'),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cafe_participants_token_idx').on(t.tokenHash),
    index('cafe_participants_cafe_idx').on(t.cafeId),
  ],
);

export const cafeIdeas = pgTable(
  'cafe_ideas',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    round: integer('round').notNull(),
    tableId: uuid('table_id')
      .notNull()
      .references(() => cafeTables.id),
    participantId: uuid('participant_id'),
    /** Set when a facilitator typed it (e.g. from paper notes). */
    enteredBy: uuid('entered_by'),
    /** Set when a table host typed it with their table's link: a table, never a person. */
    tableHostId: uuid('table_host_id'),
    text: text('text').notNull(),
    /** The author's own words, kept when a facilitator corrects a typo. */
    originalText: text('original_text').notNull(),
    hidden: boolean('hidden').notNull().default(false),
    /** Why it was hidden, in the words of the table host who hid it, for the facilitator deciding. */
    hiddenReason: text('hidden_reason'),
    mergedInto: uuid('merged_into'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * The dots on it and the people who placed any, counted as votes are stored (a trigger on
     * cafe_votes, migration 0045), so a board never adds up every vote of the café again.
     */
    dots: integer('dots').notNull().default(0),
    voters: integer('voters').notNull().default(0),
  },
  (t) => [index('cafe_ideas_cafe_idx').on(t.cafeId, t.createdAt)],
);

/** One row per participant and idea: dots placed (approval stores 1). */
export const cafeVotes = pgTable(
  'cafe_votes',
  {
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => cafeParticipants.id),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => cafeIdeas.id),
    dots: integer('dots').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cafe_votes_idx').on(t.participantId, t.ideaId),
    index('cafe_votes_cafe_idx').on(t.cafeId),
  ],
);

/**
 * "I'd help with this" ticks. Someone who ticks may leave a way to reach them about helping: an email
 * or mobile number of their choosing, encrypted, kept only with the consent they gave beside it, and
 * read only by the coordinators who take the idea forward (every read audited).
 */
export const cafeHelpTicks = pgTable(
  'cafe_help_ticks',
  {
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => cafeParticipants.id),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => cafeIdeas.id),
    contactEncrypted: text('contact_encrypted'),
    /** When they agreed that the organisers may use the contact to ask them about helping. */
    contactConsentedAt: timestamp('contact_consented_at', { withTimezone: true }),
    tickedAt: timestamp('ticked_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cafe_help_ticks_idx').on(t.participantId, t.ideaId),
    index('cafe_help_ticks_idea_idx').on(t.ideaId),
  ],
);

/** A café priority sent on to co-production, where it can gather commitments ("You said, we did"). */
export const cafePriorities = pgTable(
  'cafe_priorities',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => cafeIdeas.id),
    organisationId: uuid('organisation_id').notNull(),
    text: text('text').notNull(),
    dots: integer('dots').notNull(),
    voters: integer('voters').notNull(),
    /** Sticker dots or hands counted in from paper, apart from the phone votes above. */
    paperVotes: integer('paper_votes').notNull().default(0),
    paperKind: paperVoteKindEnum('paper_kind'),
    helpers: integer('helpers').notNull(),
    sentBy: uuid('sent_by').notNull(),
    sentAt: timestamp('sent_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cafe_priorities_idea_idx').on(t.ideaId),
    index('cafe_priorities_org_idx').on(t.organisationId),
  ],
);

/** Photos of tablecloths and flip charts, for the harvest report. */
export const cafePhotos = pgTable('cafe_photos', {
  id: uuid('id').primaryKey().defaultRandom(),
  cafeId: uuid('cafe_id')
    .notNull()
    .references(() => cafes.id),
  tableId: uuid('table_id').references(() => cafeTables.id),
  path: text('path').notNull(),
  mime: text('mime').notNull(),
  width: integer('width').notNull(),
  height: integer('height').notNull(),
  caption: text('caption').notNull().default(''),
  uploadedBy: uuid('uploaded_by').notNull(),
  uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Pairwise comparison answers: which of two ideas matters more, or "can't decide". */
export const cafePairwiseChoices = pgTable(
  'cafe_pairwise_choices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => cafeParticipants.id),
    leftId: uuid('left_id').notNull(),
    rightId: uuid('right_id').notNull(),
    /** Null when the participant could not decide. */
    winnerId: uuid('winner_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cafe_pairwise_cafe_idx').on(t.cafeId)],
);

/** Agree (1), disagree (−1) or pass (0) on an idea put as a statement. */
export const cafeStatementVotes = pgTable(
  'cafe_statement_votes',
  {
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    participantId: uuid('participant_id')
      .notNull()
      .references(() => cafeParticipants.id),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => cafeIdeas.id),
    vote: integer('vote').notNull(),
  },
  (t) => [
    uniqueIndex('cafe_statement_votes_idx').on(t.participantId, t.ideaId),
    index('cafe_statement_votes_cafe_idx').on(t.cafeId),
  ],
);

/** Who holds the café: lead host, table hosts, seed storytellers, timekeeper. Names only, as planned. */
export const cafeRoles = pgTable(
  'cafe_roles',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    position: integer('position').notNull(),
    role: cafeRoleEnum('role').notNull(),
    name: text('name').notNull(),
    tableNumber: integer('table_number'),
  },
  (t) => [uniqueIndex('cafe_roles_position_idx').on(t.cafeId, t.position)],
);

/**
 * Someone who signed up ahead of the café. Name, contact and access needs are encrypted: access
 * needs can say a lot about someone's health.
 */
export const cafeSignUps = pgTable(
  'cafe_sign_ups',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    nameEncrypted: text('name_encrypted').notNull(),
    contactEncrypted: text('contact_encrypted'),
    accessNeedsEncrypted: text('access_needs_encrypted'),
    /** Set when the person was signed in, so their data rights reach this row. */
    personId: uuid('person_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('cafe_sign_ups_cafe_idx').on(t.cafeId), index('cafe_sign_ups_person_idx').on(t.personId)],
);

/**
 * The Idempotency-Keys of café actions (ideas, votes, ticks). A phone that kept an action while its
 * connection was down sends it later with its key, so a retry, or the same action sent twice from
 * the queue, is done once. Keys belong to whoever sent them: a participant or a signed-in host.
 */
export const cafeRequestKeys = pgTable(
  'cafe_request_keys',
  {
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    ownerId: uuid('owner_id').notNull(),
    key: text('key').notNull(),
    /** What the first request made (a new idea's id), to answer its retries with. */
    resultId: uuid('result_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('cafe_request_keys_idx').on(t.cafeId, t.ownerId, t.key)],
);

/**
 * Votes counted in from paper for an idea: sticker dots on a flip chart or hands in the room, as a
 * total a host typed (a recount replaces it). Kept apart from phone votes, and added to them for dot
 * and approval results. Who counted is kept here and in the audit log.
 */
export const cafePaperVotes = pgTable(
  'cafe_paper_votes',
  {
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    ideaId: uuid('idea_id')
      .notNull()
      .references(() => cafeIdeas.id),
    count: integer('count').notNull(),
    kind: paperVoteKindEnum('kind').notNull(),
    /** The facilitator who counted, or null when a table host did (then `tableHostId`). */
    enteredBy: uuid('entered_by'),
    tableHostId: uuid('table_host_id'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cafe_paper_votes_idea_idx').on(t.ideaId),
    index('cafe_paper_votes_cafe_idx').on(t.cafeId),
  ],
);

/**
 * A table's host link: the key in it lets whoever holds it (a volunteer, often without an account)
 * add their table's paper notes, count its sticker dots and hide what breaks the etiquette, for that
 * one table only, while the café is open. Kept hashed to find it and encrypted to show it again to
 * the facilitator; making a new one for the table replaces the row, so the old link stops working.
 */
export const cafeTableHosts = pgTable(
  'cafe_table_hosts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    cafeId: uuid('cafe_id')
      .notNull()
      .references(() => cafes.id),
    tableId: uuid('table_id')
      .notNull()
      .references(() => cafeTables.id),
    keyHash: text('key_hash').notNull(),
    keyEncrypted: text('key_encrypted').notNull(),
    /**
     * The same link as a code to type (12 letters and digits, about 59 bits), for a host who cannot
     * scan or tap the link: hashed to find it, encrypted to show it, and limited per address like
     * wrong join codes. Null for links made before codes were.
     */
    codeHash: text('code_hash'),
    codeEncrypted: text('code_encrypted'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('cafe_table_hosts_table_idx').on(t.tableId),
    uniqueIndex('cafe_table_hosts_key_idx').on(t.keyHash),
    uniqueIndex('cafe_table_hosts_code_idx').on(t.codeHash),
  ],
);
