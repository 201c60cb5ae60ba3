import { sql } from 'drizzle-orm';
import {
  bigint,
  boolean,
  check,
  index,
  integer,
  jsonb,
  pgEnum,
  pgTable,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import {
  CASE_ACTIONS,
  CHANNELS,
  CONSENT_CONFIRMATIONS,
  CONSENT_TIERS,
  STORY_STATUSES,
} from '../../../contracts/stories.js';

export const channelEnum = pgEnum('story_channel', CHANNELS);
export const storyStatusEnum = pgEnum('story_status', STORY_STATUSES);
export const consentTierEnum = pgEnum('consent_tier', CONSENT_TIERS);

/**
 * A story. Its text lives in versions; while it is a draft, the text being written lives here,
 * encrypted, so autosave survives a dropped connection or a restart.
 */
export const stories = pgTable(
  'stories',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    channel: channelEnum('channel').notNull(),
    title: text('title').notNull().default(''),
    /** The title with identifying details removed: what anyone but the storyteller and collector sees. */
    safeTitle: text('safe_title').notNull().default(''),
    status: storyStatusEnum('status').notNull().default('draft'),
    createdBy: uuid('created_by').notNull(),
    /** The peer supporter who recorded it; null when the storyteller wrote it themselves. */
    collectedBy: uuid('collected_by'),
    draftEncrypted: text('draft_encrypted'),
    draftRevision: integer('draft_revision').notNull().default(0),
    draftSavedAt: timestamp('draft_saved_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Set when a story raises current risk: nothing about it is shared. Closing the alert does not
     * lift it; only the storyteller confirming the text again does (see `safeguarding/`).
     */
    safeguardingHold: boolean('safeguarding_hold').notNull().default(false),
    /** Parts of the original a safeguarding lead marked to stay out of every shared version. */
    withheldSpans: jsonb('withheld_spans')
      .$type<{ start: number; end: number }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createIdempotencyKey: text('create_idempotency_key'),
    submitIdempotencyKey: text('submit_idempotency_key'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }),
    /** Effective consent, projected from the ledger on every consent event, so lists can filter in SQL. */
    consentTier: consentTierEnum('consent_tier').notNull().default('private'),
    consentExpiresAt: timestamp('consent_expires_at', { withTimezone: true }),
    /** The expiry the collector was last warned about, so each expiry is warned about once. */
    consentReminderSentFor: timestamp('consent_reminder_sent_for', { withTimezone: true }),
    /** The approved de-identified text, for the showcase and search; null until approved. */
    approvedText: text('approved_text'),
    /** The latest de-identified text, which analysts and partners may read and search (with consent). */
    shareableText: text('shareable_text'),
    /** CHIME themes suggested from the de-identified text, for filtering. */
    themes: text('themes')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    /** Partner organisations named in the effective consent (projection of the ledger). */
    consentPartnerIds: uuid('consent_partner_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    approvedAt: timestamp('approved_at', { withTimezone: true }),
    /** Speaker turns and timestamps of an imported transcript, as offsets into the draft text. */
    transcriptSegments: jsonb('transcript_segments').$type<unknown[]>(),
  },
  (t) => [
    uniqueIndex('stories_create_idempotency_idx').on(t.createdBy, t.createIdempotencyKey),
    index('stories_organisation_idx').on(t.organisationId, t.status),
    // Search lists newest first: walking this index stops after a page of matches for common words.
    index('stories_created_at_idx').on(t.createdAt),
    // Search finds the stories a reader collected, or that name their organisation as a partner,
    // through these, so a reader who sees few stories never has every story read for them.
    index('stories_collected_by_idx')
      .on(t.collectedBy)
      .where(sql`${t.collectedBy} is not null`),
    index('stories_consent_partners_idx').using('gin', t.consentPartnerIds),
    index('stories_search_idx').using(
      'gin',
      sql`to_tsvector('english', coalesce(${t.safeTitle}, '') || ' ' || coalesce(${t.approvedText}, ''))`,
    ),
  ],
);

/** People whose story it is. A storyteller without an account has only a chosen name. */
export const storytellers = pgTable(
  'story_storytellers',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    personId: uuid('person_id'),
    nameEncrypted: text('name_encrypted'),
    /** An email or mobile number the storyteller gave, encrypted: how a lead reaches them, and where links go. */
    contactEncrypted: text('contact_encrypted'),
    /**
     * The language the storyteller reads (a code from contracts/languages.ts), recorded by their
     * collector with the contact: the links to confirm are sent, and their page shown, in it.
     */
    language: text('language'),
  },
  (t) => [
    index('story_storytellers_story_idx').on(t.storyId),
    index('story_storytellers_person_idx').on(t.personId),
  ],
);

/** Immutable texts of a story: the encrypted original, and de-identified versions made from it. */
export const storyVersions = pgTable(
  'story_versions',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    kind: text('kind', { enum: ['original', 'deidentified'] }).notNull(),
    /** Encrypted for originals; plain for de-identified versions (they identify nobody). */
    body: text('body').notNull(),
    derivedFrom: uuid('derived_from'),
    decisions: jsonb('decisions')
      .$type<unknown[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    approvedByStorytellerAt: timestamp('approved_by_storyteller_at', { withTimezone: true }),
  },
  (t) => [index('story_versions_story_idx').on(t.storyId, t.createdAt)],
);

/** The append-only consent ledger: effective consent is the fold of these events. */
export const consentEvents = pgTable(
  'consent_events',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    at: timestamp('at', { withTimezone: true }).notNull().defaultNow(),
    action: text('action', { enum: ['grant', 'withdraw'] }).notNull(),
    tier: consentTierEnum('tier'),
    method: text('method', { enum: ['verbal', 'written', 'digital'] }).notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    partnerOrganisationIds: uuid('partner_organisation_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    purpose: text('purpose').notNull().default(''),
    identification: text('identification', { enum: ['anonymous', 'pseudonym', 'first_name'] })
      .notNull()
      .default('anonymous'),
    pseudonym: text('pseudonym'),
    media: text('media')
      .array()
      .notNull()
      .default(sql`'{text}'::text[]`),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    wordingVersion: text('wording_version').notNull(),
    /** The exact words read or shown, when the organisation keeps its own (null: Cairn's built-in wording). */
    wordingId: uuid('wording_id'),
    /**
     * How the storyteller's own agreement is known: they chose it signed in to Cairn, through a
     * one-time link, by reading back the reference of a printed record, or a peer recorded what they
     * said in the room. Null on records made before this was kept.
     */
    confirmation: text('confirmation', { enum: CONSENT_CONFIRMATIONS }),
  },
  (t) => [index('consent_events_story_idx').on(t.storyId, t.at)],
);

/**
 * Scans or photos of signed consent forms, each kept with the consent record it belongs to. A table
 * of its own because the ledger itself never changes once written.
 */
export const consentForms = pgTable(
  'consent_forms',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    consentEventId: uuid('consent_event_id')
      .notNull()
      .references(() => consentEvents.id),
    /** Relative to the data directory; the file is encrypted like an original story. */
    path: text('path').notNull(),
    mime: text('mime').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('consent_forms_event_idx').on(t.consentEventId, t.createdAt)],
);

/** The consent wording an organisation reads out or shows, versioned: old records keep their words. */
export const consentWordings = pgTable(
  'consent_wordings',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    organisationId: uuid('organisation_id').notNull(),
    version: integer('version').notNull(),
    text: text('text').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('consent_wordings_org_version_idx').on(t.organisationId, t.version)],
);

/**
 * A request for a storyteller without an account to confirm their story's text and consent
 * themselves: a one-time link sent to them, or a printed record whose reference they read back.
 * Only the token's hash is kept.
 */
export const storyConfirmations = pgTable(
  'story_confirmations',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    /** The de-identified version they are asked to confirm. */
    versionId: uuid('version_id').notNull(),
    tokenHash: text('token_hash').notNull(),
    reference: text('reference').notNull(),
    /** The consent they agreed in the room, which takes effect only when they confirm it. */
    proposal: jsonb('proposal').$type<Record<string, unknown>>().notNull(),
    wordingId: uuid('wording_id'),
    wordingVersion: text('wording_version').notNull(),
    method: text('method', { enum: ['verbal', 'written', 'digital'] }).notNull(),
    channel: text('channel', { enum: ['email', 'text', 'print'] }).notNull(),
    sentToEncrypted: text('sent_to_encrypted'),
    /**
     * The language the message was sent in (a code from contracts/languages.ts): the storyteller's
     * page opens in it. Null for requests made before it was kept (English).
     */
    language: text('language'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    confirmedAt: timestamp('confirmed_at', { withTimezone: true }),
    confirmedVia: text('confirmed_via', { enum: ['link', 'reference'] }),
    declinedAt: timestamp('declined_at', { withTimezone: true }),
    /** Set when a newer request for the same story replaces this one. */
    supersededAt: timestamp('superseded_at', { withTimezone: true }),
  },
  (t) => [
    uniqueIndex('story_confirmations_token_idx').on(t.tokenHash),
    uniqueIndex('story_confirmations_reference_idx').on(t.reference),
    index('story_confirmations_story_idx').on(t.storyId),
  ],
);

/** A current-risk finding routed to the organisation's safeguarding leads. */
export const safeguardingAlerts = pgTable(
  'safeguarding_alerts',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    organisationId: uuid('organisation_id').notNull(),
    status: text('status', { enum: ['open', 'acknowledged', 'closed'] })
      .notNull()
      .default('open'),
    evidenceEncrypted: text('evidence_encrypted').notNull(),
    /**
     * Raised by the risk reader on submission ('detector'), on submission because the story is in a
     * language the text toolkit cannot read ('language'), or by hand by a person who read it ('reader').
     */
    source: text('source', { enum: ['detector', 'language', 'reader'] })
      .notNull()
      .default('detector'),
    raisedBy: uuid('raised_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /** When nobody had acknowledged it in time and it went to the partnership's other leads and admins. */
    escalatedAt: timestamp('escalated_at', { withTimezone: true }),
    acknowledgedBy: uuid('acknowledged_by'),
    acknowledgedAt: timestamp('acknowledged_at', { withTimezone: true }),
    actionNote: text('action_note'),
    closedBy: uuid('closed_by'),
    closedAt: timestamp('closed_at', { withTimezone: true }),
  },
  (t) => [
    index('safeguarding_alerts_org_idx').on(t.organisationId, t.status),
    index('safeguarding_alerts_story_idx').on(t.storyId),
    // The escalation job looks only at open alerts not yet escalated, oldest first.
    index('safeguarding_alerts_unescalated_idx')
      .on(t.createdAt)
      .where(sql`${t.status} = 'open' and ${t.escalatedAt} is null`),
  ],
);

/**
 * The case log of an alert: what a lead did and when, kept for the leads who come after. Entries
 * are never changed or deleted; the note is encrypted because it is about a person at risk.
 */
export const safeguardingCaseEntries = pgTable(
  'safeguarding_case_entries',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    alertId: uuid('alert_id')
      .notNull()
      .references(() => safeguardingAlerts.id),
    action: text('action', { enum: CASE_ACTIONS }).notNull(),
    /** When it happened, which may be before it was written down. */
    happenedAt: timestamp('happened_at', { withTimezone: true }).notNull(),
    noteEncrypted: text('note_encrypted').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
    recordedAt: timestamp('recorded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('safeguarding_case_entries_alert_idx').on(t.alertId, t.happenedAt)],
);

/** Audio or video of a story: a file uploaded into the data directory, or a link to where it lives. */
export const storyMedia = pgTable(
  'story_media',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    source: text('source', { enum: ['file', 'link'] }).notNull(),
    mediaKind: text('media_kind', { enum: ['audio', 'video'] }),
    mime: text('mime'),
    /** Relative to the data directory, for files. */
    path: text('path'),
    url: text('url'),
    originalName: text('original_name').notNull().default(''),
    sizeBytes: integer('size_bytes'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('story_media_story_idx').on(t.storyId)],
);

/** A curated set of public stories, e.g. "Celebrating recovery 2026". */
export const storyCollections = pgTable('story_collections', {
  id: uuid('id').primaryKey().defaultRandom(),
  partnershipId: uuid('partnership_id').notNull(),
  title: text('title').notNull(),
  description: text('description').notNull().default(''),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const storyCollectionItems = pgTable(
  'story_collection_items',
  {
    collectionId: uuid('collection_id')
      .notNull()
      .references(() => storyCollections.id),
    storyId: uuid('story_id')
      .notNull()
      .references(() => stories.id),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [uniqueIndex('story_collection_items_idx').on(t.collectionId, t.storyId)],
);

/**
 * One row: a number that grows in the same transaction as every change that could alter what the
 * public showcase shows (a public story's row, consent, storytellers, a storyteller's display
 * name), moved by triggers (migrations 0044 and 0046) as each such transaction commits. Every app
 * instance keys its copy of the showcase list on it, so a story stops being shown on every instance
 * the moment it stops being public.
 */
export const showcaseVersion = pgTable(
  'showcase_version',
  {
    id: boolean('id').primaryKey().default(true),
    version: bigint('version', { mode: 'number' }).notNull().default(0),
  },
  (t) => [check('showcase_version_one_row', sql`${t.id}`)],
);

/** The support lines an organisation shows a storyteller who may be at risk (defaults when unset). */
export const organisationSupportLines = pgTable('organisation_support_lines', {
  organisationId: uuid('organisation_id').primaryKey(),
  lines: jsonb('lines').$type<{ name: string; contact: string; hours: string }[]>().notNull(),
  updatedBy: uuid('updated_by').notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
});
