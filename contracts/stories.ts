import { z } from 'zod';
import { ContactSchema, IdSchema, TimestampSchema } from './common.js';
import { LANGUAGE_CODES } from './languages.js';
import { CHANNELS, CHIME_THEMES } from './stories.values.js';

export { CHANNELS, CHIME_THEMES, type Channel } from './stories.values.js';
export const ChannelSchema = z.enum(CHANNELS);

export const STORY_STATUSES = ['draft', 'submitted', 'in_review', 'approved', 'withdrawn'] as const;
export const StoryStatusSchema = z.enum(STORY_STATUSES);
export type StoryStatus = z.infer<typeof StoryStatusSchema>;

/** Consent tiers, least to most shared; each includes the ones before it. */
export const CONSENT_TIERS = ['private', 'analysis', 'partners', 'public'] as const;

/**
 * How the storyteller's own agreement is known: chosen signed in to Cairn, through a one-time link,
 * by reading back a printed record's reference, or recorded by a peer from what they said.
 */
export const CONSENT_CONFIRMATIONS = ['in_cairn', 'link', 'reference', 'on_behalf'] as const;
export const ConsentConfirmationSchema = z.enum(CONSENT_CONFIRMATIONS);
export type ConsentConfirmation = z.infer<typeof ConsentConfirmationSchema>;

export const ConsentTierSchema = z.enum(CONSENT_TIERS);
export type ConsentTier = z.infer<typeof ConsentTierSchema>;

export const ThemeSchema = z.enum(CHIME_THEMES);

export const IdentificationSchema = z.enum(['anonymous', 'pseudonym', 'first_name']);
export const ConsentMethodSchema = z.enum(['verbal', 'written', 'digital']);
export const MediaSchema = z.enum(['text', 'audio', 'video']);

export const StoryTitleSchema = z.string().trim().max(200, 'Keep the title to 200 characters or fewer');
export const StoryTextSchema = z.string().max(200_000, 'A story can be up to 200,000 characters');

export const CreateStoryRequestSchema = z.strictObject({
  organisationId: IdSchema,
  channel: ChannelSchema.default('written'),
  title: StoryTitleSchema.default(''),
  text: StoryTextSchema.default(''),
  /** For stories a peer supporter records: the storytellers' chosen names (pseudonyms are fine). */
  storytellerNames: z.array(z.string().trim().min(1).max(80)).max(20).default([]),
  /**
   * How to reach the storyteller (email or mobile), if they are happy to give it: a safeguarding
   * lead uses it if the story shows they may be at risk, and it is where a link to confirm goes.
   */
  storytellerContact: ContactSchema.default(''),
  /**
   * The language the storyteller reads, one the partnership offers: the link to confirm is sent, and
   * their page shown, in it. Null: English.
   */
  storytellerLanguage: z.enum(LANGUAGE_CODES).nullable().default(null),
});
export type CreateStoryRequest = z.input<typeof CreateStoryRequestSchema>;

export const SaveDraftRequestSchema = z.strictObject({
  title: StoryTitleSchema,
  text: StoryTextSchema,
  /** The revision the client last saw; a stale revision is refused so two tabs cannot overwrite each other. */
  revision: z.number().int().min(0),
});
export type SaveDraftRequest = z.infer<typeof SaveDraftRequestSchema>;
export const SaveDraftResponseSchema = z.object({ revision: z.number().int(), savedAt: z.string() });

export const StoryParamsSchema = z.object({ storyId: IdSchema });

export const PiiFindingSchema = z.object({
  start: z.number().int(),
  end: z.number().int(),
  type: z.string(),
  text: z.string(),
  replacement: z.string(),
  confidence: z.number(),
});
export type PiiFinding = z.infer<typeof PiiFindingSchema>;

export const RedactionDecisionSchema = z.strictObject({
  start: z.number().int().min(0),
  end: z.number().int().min(1),
  action: z.enum(['keep', 'redact', 'generalise']),
  /** What replaces the text when redacting or generalising, e.g. "[PERSON]" or "[hospital]". */
  replacement: z.string().trim().max(60).optional(),
});
export type RedactionDecision = z.infer<typeof RedactionDecisionSchema>;

export const CreateVersionRequestSchema = z.strictObject({
  decisions: z.array(RedactionDecisionSchema).max(5000),
});
export type CreateVersionRequest = z.infer<typeof CreateVersionRequestSchema>;

/** The version the storyteller read: if the text changed since, they must read it again. No body is fine. */
export const ApproveStoryRequestSchema = z.strictObject({ versionId: z.uuid().optional() }).nullish();

/** What a storyteller chooses beyond the tier: who, what for, how named, which media, until when. */
const ConsentChoiceFields = {
  /** For the partners tier: the partner organisations that may see the de-identified story. */
  partnerOrganisationIds: z.array(IdSchema).max(50).default([]),
  purpose: z.string().trim().max(500).default(''),
  identification: IdentificationSchema.default('anonymous'),
  pseudonym: z.string().trim().max(80).optional(),
  media: z.array(MediaSchema).max(3).default(['text']),
  expiresAt: TimestampSchema.optional(),
};

export const ConsentGrantSchema = z.strictObject({
  action: z.literal('grant'),
  tier: ConsentTierSchema,
  method: ConsentMethodSchema,
  ...ConsentChoiceFields,
  wordingVersion: z.string().trim().min(1).max(40),
  /** The organisation's wording that was read or shown, when it keeps its own. */
  wordingId: IdSchema.optional(),
});
export const ConsentWithdrawSchema = z.strictObject({
  action: z.literal('withdraw'),
  method: ConsentMethodSchema,
  wordingVersion: z.string().trim().min(1).max(40).default('withdrawal'),
});
export const ConsentEventRequestSchema = z.discriminatedUnion('action', [
  ConsentGrantSchema,
  ConsentWithdrawSchema,
]);
export type ConsentEventRequest = z.input<typeof ConsentEventRequestSchema>;

export const EffectiveConsentSchema = z.object({
  tier: ConsentTierSchema,
  withdrawn: z.boolean(),
  expired: z.boolean(),
  partnerOrganisationIds: z.array(IdSchema),
  purpose: z.string(),
  identification: IdentificationSchema,
  pseudonym: z.string().nullable(),
  media: z.array(MediaSchema),
  expiresAt: TimestampSchema.nullable(),
});
export type EffectiveConsent = z.infer<typeof EffectiveConsentSchema>;

export const ConsentEventSchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  action: z.enum(['grant', 'withdraw']),
  tier: ConsentTierSchema.nullable(),
  method: ConsentMethodSchema,
  recordedByName: z.string(),
  wordingVersion: z.string(),
  confirmation: ConsentConfirmationSchema.nullable(),
  hasForm: z.boolean(),
});

export const VersionSummarySchema = z.object({
  id: IdSchema,
  kind: z.enum(['original', 'deidentified']),
  createdAt: TimestampSchema,
  approvedByStorytellerAt: TimestampSchema.nullable(),
});

/** What a reader may see of a story: never more than their role and the storyteller's consent allow. */
export const StoryResponseSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  channel: ChannelSchema,
  title: z.string(),
  status: StoryStatusSchema,
  createdAt: TimestampSchema,
  updatedAt: TimestampSchema,
  /** How the reader relates to the story: it decides what they may see. */
  access: z.enum(['storyteller', 'collector', 'safeguarding', 'analyst', 'partner']),
  /** The draft text; only for the storyteller and collector while it is a draft. */
  draft: z.object({ text: z.string(), revision: z.number().int(), savedAt: TimestampSchema }).nullable(),
  /** The de-identified text the reader may see, if there is one. */
  deidentifiedText: z.string().nullable(),
  deidentifiedVersionId: IdSchema.nullable(),
  consent: EffectiveConsentSchema.nullable(),
  consentEvents: z.array(ConsentEventSchema).nullable(),
  versions: z.array(VersionSummarySchema).nullable(),
  /** Only for the storyteller: where to find support when the story shows someone may be at risk. */
  supportLines: z.array(z.object({ name: z.string(), contact: z.string(), hours: z.string() })).nullable(),
  safeguardingHold: z.boolean().nullable(),
  /**
   * For the storyteller of a held story: 'being_looked_at' while a lead has it open,
   * 'waiting_for_you' once every alert is closed and only the storyteller's confirmation can share it.
   */
  holdStage: z.enum(['being_looked_at', 'waiting_for_you']).nullable(),
});
export type StoryResponse = z.infer<typeof StoryResponseSchema>;

export const SubmitStoryResponseSchema = z.object({
  story: StoryResponseSchema,
  findings: z.array(PiiFindingSchema),
});
export type SubmitStoryResponse = z.infer<typeof SubmitStoryResponseSchema>;

export const OriginalResponseSchema = z.object({
  versionId: IdSchema,
  text: z.string(),
  findings: z.array(PiiFindingSchema),
  /**
   * False when the story is in a language the text toolkit cannot read: no findings then means
   * nothing was looked for, and a person must read it for details that identify someone.
   */
  checked: z.boolean(),
  /** The original's sentences, so a safeguarding lead can mark ones to keep out of shared versions. */
  sentences: z.array(z.object({ start: z.number(), end: z.number() })),
  /** What a lead has marked to keep out of every shared version. */
  withheldSpans: z.array(z.object({ start: z.number(), end: z.number() })),
});

export const StoryListItemSchema = z.object({
  id: IdSchema,
  title: z.string(),
  channel: ChannelSchema,
  status: StoryStatusSchema,
  updatedAt: TimestampSchema,
  access: StoryResponseSchema.shape.access,
});
export const StoryListResponseSchema = z.object({ stories: z.array(StoryListItemSchema) });

// --- showcase (public) --------------------------------------------------------------------------

export const ShowcaseQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  channel: ChannelSchema.optional(),
  theme: ThemeSchema.optional(),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export const ShowcaseStorySchema = z.object({
  id: IdSchema,
  title: z.string(),
  channel: ChannelSchema,
  text: z.string(),
  byline: z.string(),
  publishedAt: TimestampSchema,
});
export type ShowcaseStory = z.infer<typeof ShowcaseStorySchema>;
export const ShowcaseListResponseSchema = z.object({ stories: z.array(ShowcaseStorySchema) });

// --- consent wording and confirmation -----------------------------------------------------------

export const ConsentWordingSchema = z.object({
  /** Null for Cairn's built-in wording, used until the organisation writes its own. */
  id: IdSchema.nullable(),
  version: z.string(),
  text: z.string(),
  createdAt: TimestampSchema.nullable(),
});
export type ConsentWording = z.infer<typeof ConsentWordingSchema>;
export const ConsentWordingResponseSchema = z.object({
  current: ConsentWordingSchema,
  earlier: z.array(ConsentWordingSchema),
});
export const UpdateConsentWordingRequestSchema = z.strictObject({
  text: z
    .string()
    .trim()
    .min(40, 'Write the full wording people hear or read, at least a few sentences')
    .max(5000, 'Keep the wording to 5,000 characters or fewer'),
});

/** What a storyteller without an account agreed in the room, sent to them to confirm themselves. */
export const ConfirmationRequestSchema = z.strictObject({
  tier: ConsentTierSchema.exclude(['private']),
  ...ConsentChoiceFields,
  /** How they agreed in the room. */
  method: ConsentMethodSchema,
  wordingId: IdSchema.optional(),
  /** Where the request goes: to the contact they gave (email or text), or printed for them to keep. */
  send: z.enum(['email', 'text', 'print']),
  /** Another email or mobile to send to, if not the one recorded with the story. */
  to: ContactSchema.optional(),
  /** The language to send it in, one the partnership offers, if not the one recorded with the story. */
  language: z.enum(LANGUAGE_CODES).optional(),
});
export type ConfirmationRequest = z.input<typeof ConfirmationRequestSchema>;

export const ProposedConsentSchema = z.object({
  tier: ConsentTierSchema,
  partnerOrganisationNames: z.array(z.string()),
  purpose: z.string(),
  identification: IdentificationSchema,
  pseudonym: z.string().nullable(),
  expiresAt: TimestampSchema.nullable(),
});

/** A confirmation request as the collector sees it (never the token). */
export const ConfirmationSchema = z.object({
  id: IdSchema,
  reference: z.string(),
  channel: z.enum(['email', 'text', 'print']),
  state: z.enum(['waiting', 'confirmed', 'declined', 'expired', 'replaced']),
  createdAt: TimestampSchema,
  expiresAt: TimestampSchema,
  confirmedAt: TimestampSchema.nullable(),
  proposal: ProposedConsentSchema,
});
export type Confirmation = z.infer<typeof ConfirmationSchema>;
export const ConfirmationListResponseSchema = z.object({ confirmations: z.array(ConfirmationSchema) });
export const ConfirmationCreatedResponseSchema = z.object({ confirmation: ConfirmationSchema });
export const ConfirmationParamsSchema = StoryParamsSchema.extend({ confirmationId: z.uuid() });

/** A consent record, for the scan of its signed form. */
export const ConsentEventParamsSchema = StoryParamsSchema.extend({ eventId: z.uuid() });
export const ConsentFormUploadResponseSchema = z.object({ mime: z.string(), size: z.number() });

/** A printable consent record: the text, what they agree to, the words read out, and the reference. */
export const ConsentRecordSchema = ConfirmationSchema.extend({
  organisationName: z.string(),
  storytellerName: z.string(),
  collectorName: z.string(),
  title: z.string(),
  text: z.string(),
  wording: z.string(),
  /** Cairn's own wording, used until the organisation writes its own: the page says it in the reader's language. */
  cairnsWording: z.boolean(),
});
export type ConsentRecord = z.infer<typeof ConsentRecordSchema>;

/** What the storyteller sees when they open their link, without signing in. */
export const ConfirmationPageSchema = z.object({
  state: z.enum(['waiting', 'confirmed', 'declined', 'expired', 'replaced', 'changed']),
  organisationName: z.string(),
  collectorFirstName: z.string(),
  title: z.string(),
  text: z.string(),
  proposal: ProposedConsentSchema,
  wording: z.string(),
  /** Cairn's own wording, used until the organisation writes its own: the page says it in the reader's language. */
  cairnsWording: z.boolean(),
  expiresAt: TimestampSchema,
  /** The language their collector sent the link in: the page opens in it. */
  language: z.enum(LANGUAGE_CODES),
});
export type ConfirmationPage = z.infer<typeof ConfirmationPageSchema>;
export const ConfirmationAnswerSchema = z.strictObject({ answer: z.enum(['yes', 'no']) });
export const ConfirmTokenParamsSchema = z.object({ token: z.string().min(20).max(100) });
export const ConfirmByReferenceSchema = z.strictObject({
  reference: z
    .string()
    .trim()
    .toUpperCase()
    .regex(/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/, 'Enter the reference as it is printed, like K7QP-3XMD'),
});

// --- safeguarding -------------------------------------------------------------------------------

/** What a safeguarding lead records doing about an alert, in the order a case usually goes. */
export const CASE_ACTIONS = [
  'tried_to_contact',
  'spoke_with_them',
  'referred_crisis_team',
  'referred_gp',
  'called_emergency_services',
  'told_collector',
  'no_further_action',
  'note',
] as const;
export const CaseActionSchema = z.enum(CASE_ACTIONS);
export type CaseAction = z.infer<typeof CaseActionSchema>;

/** One passage that raised the alert: the sentence, and why it reads as risk now (null when raised by hand). */
export const AlertEvidenceSchema = z.object({
  text: z.string(),
  why: z.string().nullable(),
});
export type AlertEvidence = z.infer<typeof AlertEvidenceSchema>;

export const SafeguardingAlertSchema = z.object({
  id: IdSchema,
  storyId: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  status: z.enum(['open', 'acknowledged', 'closed']),
  /**
   * Found by the risk reader when the story was sent; sent to a lead then because Cairn cannot read
   * the story's language, for a person to read it for risk and identifying details; or raised by a
   * person who read it.
   */
  source: z.enum(['detector', 'language', 'reader']),
  evidence: z.array(AlertEvidenceSchema),
  createdAt: TimestampSchema,
  acknowledgedAt: TimestampSchema.nullable(),
  /** Set when nobody acknowledged it in time and it went to the partnership's other leads and admins. */
  escalatedAt: TimestampSchema.nullable(),
  actionNote: z.string().nullable(),
  closedAt: TimestampSchema.nullable(),
});
export type SafeguardingAlert = z.infer<typeof SafeguardingAlertSchema>;
export const SafeguardingAlertListResponseSchema = z.object({ alerts: z.array(SafeguardingAlertSchema) });
export const AlertParamsSchema = z.object({ alertId: IdSchema });
export const UpdateAlertRequestSchema = z.strictObject({
  status: z.enum(['acknowledged', 'closed']),
  actionNote: z.string().trim().min(1, 'Record what was done').max(5000),
  /** On closing: send the storyteller (if they have an account) the kind message. Default yes. */
  tellStoryteller: z.boolean().optional(),
});
export type UpdateAlertRequest = z.infer<typeof UpdateAlertRequestSchema>;

/** A person the lead may need to reach, with every way of reaching them Cairn holds. */
export const CasePersonSchema = z.object({
  name: z.string(),
  /** The email of their Cairn account, if they have one. */
  email: z.string().nullable(),
  mobileNumber: z.string().nullable(),
  /** A contact the storyteller gave when their story was recorded. */
  contact: z.string().nullable(),
  hasAccount: z.boolean(),
});
export type CasePerson = z.infer<typeof CasePersonSchema>;

export const CaseEntrySchema = z.object({
  id: IdSchema,
  action: CaseActionSchema,
  happenedAt: TimestampSchema,
  note: z.string(),
  recordedByName: z.string(),
  recordedAt: TimestampSchema,
});
export type CaseEntry = z.infer<typeof CaseEntrySchema>;

/** An alert as a case a lead can work: who is at risk, how to reach them, and what has been done. */
export const AlertCaseSchema = SafeguardingAlertSchema.extend({
  raisedByName: z.string().nullable(),
  story: z.object({
    id: IdSchema,
    title: z.string(),
    channel: ChannelSchema,
    status: StoryStatusSchema,
    createdAt: TimestampSchema,
    /** Still kept from everyone but the storyteller and collector. */
    held: z.boolean(),
  }),
  storytellers: z.array(CasePersonSchema),
  collector: CasePersonSchema.nullable(),
  /** Every alert about this story, oldest first, so a successor sees the whole history. */
  caseLog: z.array(CaseEntrySchema),
});
export type AlertCase = z.infer<typeof AlertCaseSchema>;

export const CaseEntryRequestSchema = z.strictObject({
  action: CaseActionSchema,
  /** When it happened, if not just now; never in the future. */
  happenedAt: TimestampSchema.optional(),
  note: z
    .string()
    .trim()
    .min(1, 'Write what happened, in a sentence or two')
    .max(5000, 'Keep the note to 5,000 characters or fewer'),
});
export type CaseEntryRequest = z.infer<typeof CaseEntryRequestSchema>;

/** Parts of the original a lead keeps out of every shared version, as offsets into it. */
export const WithheldSpansRequestSchema = z.strictObject({
  spans: z.array(z.strictObject({ start: z.number().int().min(0), end: z.number().int().min(1) })).max(500),
});
export type WithheldSpansRequest = z.infer<typeof WithheldSpansRequestSchema>;
export const WithheldSpansResponseSchema = z.object({
  withheldSpans: z.array(z.object({ start: z.number(), end: z.number() })),
});

/** A person who read a story and is worried raises a concern by hand. */
export const RaiseConcernRequestSchema = z.strictObject({
  note: z
    .string()
    .trim()
    .min(1, 'Say in a few words what worried you')
    .max(2000, 'Keep this to 2,000 characters or fewer'),
});
export type RaiseConcernRequest = z.infer<typeof RaiseConcernRequestSchema>;
export const ConcernRaisedResponseSchema = z.object({ alertId: z.uuid() });

/** Organisations of the partnership with nobody to receive safeguarding alerts. */
export const SafeguardingCoverageSchema = z.object({
  organisationsWithoutLead: z.array(z.object({ id: IdSchema, name: z.string() })),
});
export type SafeguardingCoverage = z.infer<typeof SafeguardingCoverageSchema>;

// --- search -------------------------------------------------------------------------------------

export const StorySearchQuerySchema = z.object({
  q: z.string().trim().max(200).optional(),
  organisationId: IdSchema.optional(),
  channel: ChannelSchema.optional(),
  status: StoryStatusSchema.optional(),
  theme: ThemeSchema.optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});
export type StorySearchQuery = z.infer<typeof StorySearchQuerySchema>;

export const StorySearchResultSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  title: z.string(),
  channel: ChannelSchema,
  status: StoryStatusSchema,
  themes: z.array(z.string()),
  /** A short extract of the de-identified text around the match; empty when there is none to show. */
  snippet: z.string(),
  createdAt: TimestampSchema,
});
export const StorySearchResponseSchema = z.object({ results: z.array(StorySearchResultSchema) });

// --- transcripts and media ----------------------------------------------------------------------

export const UploadQuerySchema = z.object({
  filename: z.string().trim().min(1, 'Give the file name').max(200),
});
export const TranscriptImportResponseSchema = z.object({
  text: z.string(),
  segments: z.number().int(),
  speakers: z.array(z.string()),
  revision: z.number().int(),
});
export const StoryMediaSchema = z.object({
  id: IdSchema,
  source: z.enum(['file', 'link']),
  mediaKind: z.enum(['audio', 'video']).nullable(),
  mime: z.string().nullable(),
  url: z.string().nullable(),
  originalName: z.string(),
  sizeBytes: z.number().int().nullable(),
  createdAt: TimestampSchema,
});
export type StoryMedia = z.infer<typeof StoryMediaSchema>;
export const StoryMediaListResponseSchema = z.object({ media: z.array(StoryMediaSchema) });
export const MediaLinkRequestSchema = z.strictObject({
  url: z.url({ protocol: /^https$/, message: 'Enter a web address starting with https://' }).max(2000),
  label: z.string().trim().max(200).default(''),
});
export const MediaParamsSchema = z.object({ storyId: IdSchema, mediaId: IdSchema });

// --- collections --------------------------------------------------------------------------------

export const CreateCollectionRequestSchema = z.strictObject({
  title: z.string().trim().min(2, 'Give the collection a title').max(120),
  description: z.string().trim().max(1000).default(''),
});
export const CollectionParamsSchema = z.object({ collectionId: IdSchema });
export const CollectionItemParamsSchema = z.object({ collectionId: IdSchema, storyId: IdSchema });
export const AddToCollectionRequestSchema = z.strictObject({ storyId: IdSchema });
export const CollectionSchema = z.object({
  id: IdSchema,
  title: z.string(),
  description: z.string(),
  /** Stories in it that the public may read now. */
  storyCount: z.number().int(),
});
export const CollectionListResponseSchema = z.object({ collections: z.array(CollectionSchema) });
export const CollectionResponseSchema = z.object({
  collection: CollectionSchema,
  stories: z.array(ShowcaseStorySchema),
});

// --- support lines ------------------------------------------------------------------------------

export const SupportLineSchema = z.strictObject({
  name: z.string().trim().min(1, 'Give the service’s name').max(80),
  contact: z.string().trim().min(1, 'Say how to reach it, e.g. "Call 116 123"').max(120),
  hours: z.string().trim().max(120).default(''),
});
/**
 * The national lines shown to a storyteller whose words suggest they may be at risk now, until their
 * organisation sets its own (DESIGN §3). The web app and the mail after someone has checked in say
 * each in the reader's language when it is one of these, word for word (`nationalSupportLineWords`);
 * an organisation's own lines keep the words it wrote.
 */
export const DEFAULT_SUPPORT_LINES = [
  { name: 'Samaritans', contact: 'Call 116 123', hours: 'Any time, day or night' },
  { name: 'Breathing Space', contact: 'Call 0800 83 85 87', hours: 'Evenings and weekends' },
  { name: 'Shout', contact: 'Text SHOUT to 85258', hours: 'Any time' },
  { name: 'NHS 111', contact: 'Call 111', hours: 'Any time, for urgent health help' },
] satisfies z.input<typeof SupportLineSchema>[];

/**
 * How to reach each national line and when, as keys of the catalogue both sides read
 * (locales/contracts.pot); a line's name and number stay as they are in every language.
 */
const NATIONAL_SUPPORT_LINE_WORDS = {
  Samaritans: {
    contact: 'stories.supportLines.samaritans.contact',
    hours: 'stories.supportLines.samaritans.hours',
  },
  'Breathing Space': {
    contact: 'stories.supportLines.breathingSpace.contact',
    hours: 'stories.supportLines.breathingSpace.hours',
  },
  Shout: { contact: 'stories.supportLines.shout.contact', hours: 'stories.supportLines.shout.hours' },
  'NHS 111': { contact: 'stories.supportLines.nhs111.contact', hours: 'stories.supportLines.nhs111.hours' },
} as const satisfies Record<string, { contact: string; hours: string }>;
type NationalWords = (typeof NATIONAL_SUPPORT_LINE_WORDS)[keyof typeof NATIONAL_SUPPORT_LINE_WORDS];

/**
 * When a line is one of Cairn's national lines word for word, the catalogue keys that say how to
 * reach it and when in any language, and the number in its contact ("116 123"), to keep whole and
 * left to right; undefined for an organisation's own line.
 */
export function nationalSupportLineWords(line: { name: string; contact: string; hours: string }) {
  const national = DEFAULT_SUPPORT_LINES.find(
    (candidate) =>
      candidate.name === line.name && candidate.contact === line.contact && candidate.hours === line.hours,
  );
  if (!national) return undefined;
  const words: NationalWords =
    NATIONAL_SUPPORT_LINE_WORDS[national.name as keyof typeof NATIONAL_SUPPORT_LINE_WORDS];
  return { ...words, number: /\d[\d ]*\d/.exec(national.contact)?.[0] };
}
export const SupportLinesSchema = z.object({
  lines: z.array(SupportLineSchema).min(1, 'Keep at least one support line').max(10),
  isDefault: z.boolean(),
});
export const UpdateSupportLinesRequestSchema = z.strictObject({
  lines: z.array(SupportLineSchema).min(1, 'Keep at least one support line').max(10),
});
