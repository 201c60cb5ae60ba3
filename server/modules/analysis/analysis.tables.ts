import {
  boolean,
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
import { sql } from 'drizzle-orm';
import {
  APPLICATION_SOURCES,
  AUDIENCES,
  BRIEFING_FORMATS,
  CONSENT_LOSS_CAUSES,
  MEMO_TARGETS,
  SUGGESTION_DECISIONS,
} from '../../../contracts/analysis.js';
import { CONSENT_TIERS } from '../../../contracts/stories.js';

export const applicationSourceEnum = pgEnum('analysis_application_source', APPLICATION_SOURCES);
export const suggestionDecisionEnum = pgEnum('analysis_suggestion_decision', SUGGESTION_DECISIONS);
export const memoTargetEnum = pgEnum('analysis_memo_target', MEMO_TARGETS);
export const audienceEnum = pgEnum('analysis_audience', AUDIENCES);

/** A codebook: CHIME by default, or the organisation's own. */
export const codebooks = pgTable('analysis_codebooks', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** Codes in a hierarchy. Retired and merged codes stay, so no application ever loses its code. */
export const codes = pgTable(
  'analysis_codes',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    codebookId: uuid('codebook_id')
      .notNull()
      .references(() => codebooks.id),
    parentId: uuid('parent_id'),
    position: integer('position').notNull().default(0),
    name: text('name').notNull(),
    definition: text('definition').notNull().default(''),
    inclusion: text('inclusion').notNull().default(''),
    exclusion: text('exclusion').notNull().default(''),
    examples: text('examples').notNull().default(''),
    colour: text('colour').notNull().default('#2d6a5f'),
    /** The text toolkit's theme this code stands for, so suggestions know where to go. */
    suggestionKey: text('suggestion_key'),
    retiredAt: timestamp('retired_at', { withTimezone: true }),
    mergedInto: uuid('merged_into'),
  },
  (t) => [index('analysis_codes_codebook_idx').on(t.codebookId, t.position)],
);

/** A team of peer researchers coding a set of stories with one codebook. */
export const projects = pgTable('analysis_projects', {
  id: uuid('id').primaryKey().defaultRandom(),
  organisationId: uuid('organisation_id').notNull(),
  codebookId: uuid('codebook_id')
    .notNull()
    .references(() => codebooks.id),
  title: text('title').notNull(),
  question: text('question').notNull().default(''),
  blind: boolean('blind').notNull().default(true),
  comparisonOpen: boolean('comparison_open').notNull().default(false),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/** The stories in a project, each pinned to the de-identified version being coded. */
export const projectStories = pgTable(
  'analysis_project_stories',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    storyId: uuid('story_id').notNull(),
    versionId: uuid('version_id').notNull(),
    addedAt: timestamp('added_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.projectId, t.storyId] })],
);

/** A code applied to a span of a de-identified version, by one coder (or the suggestions, or consensus). */
export const applications = pgTable(
  'analysis_applications',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    storyId: uuid('story_id').notNull(),
    versionId: uuid('version_id').notNull(),
    codeId: uuid('code_id')
      .notNull()
      .references(() => codes.id),
    source: applicationSourceEnum('source').notNull(),
    coderId: uuid('coder_id'),
    start: integer('start').notNull(),
    end: integer('end').notNull(),
    evidence: text('evidence')
      .array()
      .notNull()
      .default(sql`'{}'::text[]`),
    decision: suggestionDecisionEnum('decision'),
    decidedBy: uuid('decided_by'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    index('analysis_applications_project_idx').on(t.projectId, t.storyId),
    index('analysis_applications_code_idx').on(t.codeId),
    // One suggestion per code and span, so running suggestions twice adds nothing.
    uniqueIndex('analysis_applications_suggestion_idx')
      .on(t.projectId, t.storyId, t.codeId, t.start, t.end)
      .where(sql`source = 'suggestion'`),
  ],
);

/** Memos: many per target, on the project, a story, an excerpt, a code or a key message. */
export const memos = pgTable(
  'analysis_memos',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    targetKind: memoTargetEnum('target_kind').notNull(),
    targetId: uuid('target_id').notNull(),
    body: text('body').notNull(),
    authorId: uuid('author_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('analysis_memos_project_idx').on(t.projectId, t.targetKind, t.targetId)],
);

export const themes = pgTable('analysis_themes', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id),
  name: text('name').notNull(),
  description: text('description').notNull().default(''),
  codeIds: uuid('code_ids').array().notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

export const keyMessages = pgTable('analysis_key_messages', {
  id: uuid('id').primaryKey().defaultRandom(),
  projectId: uuid('project_id')
    .notNull()
    .references(() => projects.id),
  audience: audienceEnum('audience').notNull(),
  text: text('text').notNull(),
  themeId: uuid('theme_id'),
  quoteApplicationIds: uuid('quote_application_ids').array().notNull(),
  createdBy: uuid('created_by').notNull(),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
});

/**
 * Each briefing someone downloaded: for which audience and, when made for one partner organisation,
 * which partner and purpose. A copy that has left Cairn cannot be recalled, so when consent is lost
 * the team needs to know who holds one.
 */
export const briefingDownloads = pgTable(
  'analysis_briefing_downloads',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    audience: audienceEnum('audience').notNull(),
    partnerOrganisationId: uuid('partner_organisation_id'),
    purpose: text('purpose').notNull().default(''),
    format: text('format', { enum: BRIEFING_FORMATS }).notNull(),
    downloadedBy: uuid('downloaded_by').notNull(),
    downloadedAt: timestamp('downloaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index('analysis_briefing_downloads_project_idx').on(t.projectId, t.downloadedAt)],
);

/**
 * The quotes a downloaded briefing carried, each with the consent it rested on at that moment (a copy
 * of the storyteller's choice, not a reference, because the ledger moves on). No quote text is kept.
 */
export const briefingDownloadQuotes = pgTable(
  'analysis_briefing_download_quotes',
  {
    downloadId: uuid('download_id')
      .notNull()
      .references(() => briefingDownloads.id),
    // No foreign keys to the message or coding: the log is history and must outlive a removed coding.
    keyMessageId: uuid('key_message_id').notNull(),
    applicationId: uuid('application_id').notNull(),
    storyId: uuid('story_id').notNull(),
    consentTier: text('consent_tier', { enum: CONSENT_TIERS }).notNull(),
    consentPartnerOrganisationIds: uuid('consent_partner_organisation_ids').array().notNull(),
    consentPurpose: text('consent_purpose').notNull(),
    /** The consent ledger event in force when the briefing was made. */
    consentEventId: uuid('consent_event_id').notNull(),
    consentGivenAt: timestamp('consent_given_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.downloadId, t.keyMessageId, t.applicationId] }),
    // The consent check looks downloads up by story.
    index('analysis_briefing_download_quotes_story_idx').on(t.storyId),
  ],
);

/**
 * "Consent lost": a story quoted in a project no longer allows some of its quotes (withdrawn, expired
 * or narrowed). One notice per story, project and change of consent: the unique index is what makes
 * two app instances running the check at once record (and mail) it only once.
 */
export const consentNotices = pgTable(
  'analysis_consent_notices',
  {
    id: uuid('id').primaryKey().defaultRandom(),
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    storyId: uuid('story_id').notNull(),
    cause: text('cause', { enum: CONSENT_LOSS_CAUSES }).notNull(),
    /** The ledger event that changed the consent (the withdrawal, the grant that expired or narrowed it). */
    consentEventId: uuid('consent_event_id').notNull(),
    /** Which key message lost which quote. */
    lostQuotes: jsonb('lost_quotes')
      .$type<{ keyMessageId: string; applicationId: string }[]>()
      .notNull()
      .default(sql`'[]'::jsonb`),
    /** Briefings already downloaded that carried a quote the consent no longer allows. */
    downloadIds: uuid('download_ids')
      .array()
      .notNull()
      .default(sql`'{}'::uuid[]`),
    detectedAt: timestamp('detected_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    uniqueIndex('analysis_consent_notices_once_idx').on(t.projectId, t.storyId, t.cause, t.consentEventId),
    index('analysis_consent_notices_project_idx').on(t.projectId, t.detectedAt),
  ],
);

/**
 * Stories given to coders by the analysis lead: one row per story and coder, so two coders on the same
 * story can check agreement. Removing an assignment deletes its row; the audit log keeps the history.
 */
export const assignments = pgTable(
  'analysis_assignments',
  {
    projectId: uuid('project_id')
      .notNull()
      .references(() => projects.id),
    storyId: uuid('story_id').notNull(),
    coderId: uuid('coder_id').notNull(),
    assignedBy: uuid('assigned_by').notNull(),
    assignedAt: timestamp('assigned_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.projectId, t.storyId, t.coderId] }),
    index('analysis_assignments_coder_idx').on(t.coderId, t.projectId),
  ],
);
