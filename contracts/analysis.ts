import { z } from 'zod';
import { IdSchema, TimestampSchema } from './common.js';

/** Who a key message is for. */
export const AUDIENCES = ['decision_makers', 'practitioners', 'public'] as const;
export const AudienceSchema = z.enum(AUDIENCES);
export type Audience = z.infer<typeof AudienceSchema>;

/** The unit agreement is measured at. */
export const AGREEMENT_UNITS = ['character', 'sentence', 'story'] as const;
export const AgreementUnitSchema = z.enum(AGREEMENT_UNITS);

/** Who made a code application: a person, the text toolkit's suggestions, or the team's agreed consensus. */
export const APPLICATION_SOURCES = ['person', 'suggestion', 'consensus'] as const;
export const SUGGESTION_DECISIONS = ['pending', 'accepted', 'rejected'] as const;
export const MEMO_TARGETS = ['project', 'story', 'application', 'code', 'message'] as const;
export type MemoTarget = (typeof MEMO_TARGETS)[number];

const Name = z.string().trim().min(1, 'Give it a name').max(120, 'Keep the name to 120 characters or fewer');
const LongText = z.string().trim().max(4000, 'Keep this to 4,000 characters or fewer');

// --- codebooks -------------------------------------------------------------------------------------

export const CodeSchema = z.object({
  id: IdSchema,
  parentId: IdSchema.nullable(),
  name: z.string(),
  definition: z.string(),
  inclusion: z.string(),
  exclusion: z.string(),
  examples: z.string(),
  colour: z.string(),
  retired: z.boolean(),
  /** Where a merged code's applications went. */
  mergedInto: IdSchema.nullable(),
});
export type Code = z.infer<typeof CodeSchema>;

export const CodebookSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  name: z.string(),
  description: z.string(),
  codes: z.array(CodeSchema),
});
export type Codebook = z.infer<typeof CodebookSchema>;
export const CodebookListSchema = z.object({
  codebooks: z.array(CodebookSchema.pick({ id: true, organisationId: true, name: true, description: true })),
});

export const CreateCodebookRequestSchema = z.strictObject({
  organisationId: IdSchema,
  name: Name,
  description: LongText.default(''),
  /** Start from the CHIME framework (with "Difficulties and barriers"), or from nothing. */
  startFrom: z.enum(['chime', 'empty']).default('chime'),
});

const CodeFields = {
  name: Name,
  definition: LongText.default(''),
  inclusion: LongText.default(''),
  exclusion: LongText.default(''),
  examples: LongText.default(''),
  colour: z
    .string()
    .regex(/^#[0-9a-f]{6}$/i, 'Choose a colour like #2d6a5f')
    .default('#2d6a5f'),
};
export const CreateCodeRequestSchema = z.strictObject({
  ...CodeFields,
  parentId: IdSchema.nullable().default(null),
});
export const UpdateCodeRequestSchema = z.strictObject({
  name: CodeFields.name.optional(),
  definition: LongText.optional(),
  inclusion: LongText.optional(),
  exclusion: LongText.optional(),
  examples: LongText.optional(),
  colour: CodeFields.colour.optional(),
  /** Move the code under another, or to the top (null). */
  parentId: IdSchema.nullable().optional(),
  retired: z.boolean().optional(),
});
export const MergeCodeRequestSchema = z.strictObject({ intoId: IdSchema });
export const CodebookParamsSchema = z.object({ codebookId: IdSchema });
export const CodeParamsSchema = z.object({ codebookId: IdSchema, codeId: IdSchema });

// --- projects --------------------------------------------------------------------------------------

export const ProjectSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  codebookId: IdSchema,
  title: z.string(),
  question: z.string(),
  /** Coders see only their own work until the team opens comparison. */
  blind: z.boolean(),
  comparisonOpen: z.boolean(),
  stories: z.array(
    z.object({
      storyId: IdSchema,
      title: z.string(),
      channel: z.string(),
      /** Applications the reader can see on this story. */
      applications: z.number().int(),
    }),
  ),
  coders: z.array(z.object({ personId: IdSchema, name: z.string(), applications: z.number().int() })),
  createdAt: TimestampSchema,
});
export type Project = z.infer<typeof ProjectSchema>;
export const ProjectListSchema = z.object({
  projects: z.array(
    ProjectSchema.pick({
      id: true,
      organisationId: true,
      title: true,
      question: true,
      blind: true,
      comparisonOpen: true,
      createdAt: true,
    }).extend({ stories: z.number().int() }),
  ),
});

export const CreateProjectRequestSchema = z.strictObject({
  organisationId: IdSchema,
  title: Name,
  question: LongText.default(''),
  codebookId: IdSchema.optional(),
  /** Without a codebook: start from CHIME, or from an empty codebook of the team's own codes. */
  startFrom: z.enum(['chime', 'empty']).default('chime'),
  blind: z.boolean().default(true),
});
export const UpdateProjectRequestSchema = z.strictObject({
  title: Name.optional(),
  question: LongText.optional(),
  comparisonOpen: z.boolean().optional(),
});
export const AddStoriesRequestSchema = z.strictObject({
  /** Story ids, or every story the organisation may analyse. */
  storyIds: z.array(IdSchema).max(1000).optional(),
  all: z.boolean().optional(),
});
export const ProjectParamsSchema = z.object({ projectId: IdSchema });
export const ProjectStoryParamsSchema = z.object({ projectId: IdSchema, storyId: IdSchema });
export const ApplicationParamsSchema = z.object({ projectId: IdSchema, applicationId: IdSchema });

/** Stories the organisation may add: consented for analysis, de-identified, not held. */
export const AnalysableStoriesSchema = z.object({
  stories: z.array(
    z.object({ storyId: IdSchema, title: z.string(), channel: z.string(), inProject: z.boolean() }),
  ),
});

// --- coding ----------------------------------------------------------------------------------------

export const ApplicationSchema = z.object({
  id: IdSchema,
  storyId: IdSchema,
  codeId: IdSchema,
  source: z.enum(APPLICATION_SOURCES),
  coderId: IdSchema.nullable(),
  coderName: z.string(),
  start: z.number().int(),
  end: z.number().int(),
  text: z.string(),
  /** Suggestions: the phrases that triggered it, and what the team decided. */
  evidence: z.array(z.string()),
  decision: z.enum(SUGGESTION_DECISIONS).nullable(),
  createdAt: TimestampSchema,
});
export type Application = z.infer<typeof ApplicationSchema>;

export const MemoSchema = z.object({
  id: IdSchema,
  targetKind: z.enum(MEMO_TARGETS),
  targetId: IdSchema,
  body: z.string(),
  authorName: z.string(),
  createdAt: TimestampSchema,
});

export const CodingViewSchema = z.object({
  storyId: IdSchema,
  title: z.string(),
  /** The de-identified text being coded; offsets are into this text. */
  text: z.string(),
  applications: z.array(ApplicationSchema),
  memos: z.array(MemoSchema),
});
export type CodingView = z.infer<typeof CodingViewSchema>;

export const CreateApplicationRequestSchema = z
  .strictObject({
    storyId: IdSchema,
    codeId: IdSchema,
    start: z.number().int().min(0),
    end: z.number().int().min(1),
    /** Consensus applications are the team's agreed coding, made once comparison is open. */
    source: z.enum(['person', 'consensus']).default('person'),
  })
  .refine((a) => a.end > a.start, { message: 'Select some text first', path: ['end'] });
export const DecideSuggestionRequestSchema = z.strictObject({ decision: z.enum(['accepted', 'rejected']) });
/** What running the text toolkit's suggestions added, and the project with them. */
export const SuggestResponseSchema = z.object({ added: z.number().int(), project: ProjectSchema });

export const MemoQuerySchema = z.object({ targetKind: z.enum(MEMO_TARGETS), targetId: IdSchema });
export const MemoListSchema = z.object({ memos: z.array(MemoSchema) });

export const CreateMemoRequestSchema = z.strictObject({
  targetKind: z.enum(MEMO_TARGETS),
  targetId: IdSchema,
  body: z.string().trim().min(1, 'Write the memo first').max(10_000),
});

// --- agreement -------------------------------------------------------------------------------------

export const AgreementQuerySchema = z.object({
  unit: AgreementUnitSchema.default('sentence'),
  /** Include the text toolkit's suggestions as a coder. */
  suggestions: z.enum(['true', 'false']).default('false'),
});

const PairSchema = z.object({
  coderA: z.string(),
  coderB: z.string(),
  units: z.number().int(),
  agreed: z.number().int(),
  percentAgreement: z.number().nullable(),
  kappa: z.number().nullable(),
});
const StatsSchema = z.object({
  units: z.number().int(),
  pairableUnits: z.number().int(),
  coders: z.array(z.object({ coderId: z.string(), units: z.number().int(), codedUnits: z.number().int() })),
  percentAgreement: z.number().nullable(),
  pairs: z.array(PairSchema),
  alpha: z.number().nullable(),
});
export const AgreementReportSchema = z.object({
  unit: AgreementUnitSchema,
  coders: z.array(z.object({ id: z.string(), name: z.string() })),
  /** Units counted once; the figures pooled over the codes somebody used (unit × code decisions). */
  overall: StatsSchema.extend({
    decisions: z.number().int(),
    codesUsed: z.number().int(),
    codesInCodebook: z.number().int(),
  }),
  codes: z.array(
    StatsSchema.extend({
      codeId: IdSchema,
      disagreements: z.array(
        z.object({
          storyId: IdSchema,
          start: z.number().int(),
          end: z.number().int(),
          text: z.string(),
          appliedBy: z.array(z.string()),
          notAppliedBy: z.array(z.string()),
        }),
      ),
    }),
  ),
});
export type AgreementReport = z.infer<typeof AgreementReportSchema>;

// --- themes and key messages ----------------------------------------------------------------------

export const ThemeSchema = z.object({
  id: IdSchema,
  name: z.string(),
  description: z.string(),
  codeIds: z.array(IdSchema),
  /** Stories with at least one agreed (or, before comparison, any visible) application of its codes. */
  stories: z.number().int(),
});
export const CreateThemeRequestSchema = z.strictObject({
  name: Name,
  description: LongText.default(''),
  codeIds: z.array(IdSchema).min(1, 'Choose at least one code').max(100),
});

export const KeyMessageSchema = z.object({
  id: IdSchema,
  audience: AudienceSchema,
  text: z.string(),
  themeId: IdSchema.nullable(),
  /** The number of stories behind the message. */
  stories: z.number().int(),
  quotes: z.array(z.object({ applicationId: IdSchema, storyId: IdSchema, text: z.string() })),
  createdAt: TimestampSchema,
});
export type KeyMessage = z.infer<typeof KeyMessageSchema>;
export const CreateKeyMessageRequestSchema = z.strictObject({
  audience: AudienceSchema,
  text: z.string().trim().min(10, 'Write the key message in a sentence or two').max(2000),
  themeId: IdSchema.nullable().default(null),
  quoteApplicationIds: z.array(IdSchema).max(20).default([]),
});

export const SynthesisSchema = z.object({
  themes: z.array(ThemeSchema),
  messages: z.array(KeyMessageSchema),
  storiesInProject: z.number().int(),
  /** Theme frequency: stories per theme are out of the stories somebody has coded, not every story. */
  storiesCoded: z.number().int(),
});
export type Synthesis = z.infer<typeof SynthesisSchema>;

// --- search ----------------------------------------------------------------------------------------

export const ExcerptQuerySchema = z.object({
  codeId: IdSchema.optional(),
  q: z.string().trim().max(200).default(''),
});
export const ExcerptListSchema = z.object({
  excerpts: z.array(
    z.object({
      applicationId: IdSchema,
      storyId: IdSchema,
      storyTitle: z.string(),
      codeId: IdSchema,
      codeName: z.string(),
      coderName: z.string(),
      text: z.string(),
    }),
  ),
});

// --- briefings and the consent behind their quotes -----------------------------------------------------

export const BRIEFING_FORMATS = ['docx', 'pdf'] as const;
export const BriefingFormatSchema = z.enum(BRIEFING_FORMATS);

/**
 * A briefing is made for an audience and, optionally, for one partner organisation and the purpose the
 * storytellers shared their stories with it for. Only a briefing made for a partner may carry quotes
 * from stories shared with that partner (see analysis.policy.ts).
 */
export const BriefingQuerySchema = z.object({
  audience: AudienceSchema,
  partnerOrganisationId: IdSchema.optional(),
  purpose: z.string().trim().max(500, 'Keep the purpose to 500 characters or fewer').default(''),
});
export type BriefingQuery = z.infer<typeof BriefingQuerySchema>;

/** Partner organisations and purposes the project's key messages hold quotes for. */
export const BriefingOptionsSchema = z.object({
  partners: z.array(
    z.object({
      organisationId: IdSchema,
      name: z.string(),
      purpose: z.string(),
      /** Quotes in key messages that only a briefing for this partner and purpose may carry. */
      quotes: z.number().int(),
    }),
  ),
});
export type BriefingOptions = z.infer<typeof BriefingOptionsSchema>;

const BriefingSummary = {
  id: IdSchema,
  audience: AudienceSchema,
  partnerOrganisationId: IdSchema.nullable(),
  partnerName: z.string().nullable(),
  purpose: z.string(),
  format: BriefingFormatSchema,
  downloadedByName: z.string(),
  downloadedAt: TimestampSchema,
};

/** The download log: each briefing that left Cairn and the consent each of its quotes rested on. */
export const BriefingDownloadListSchema = z.object({
  downloads: z.array(
    z.object({
      ...BriefingSummary,
      quotes: z.array(
        z.object({
          keyMessageId: IdSchema,
          /** In plain words, e.g. "Shared with Riverside Recovery for service planning". */
          consent: z.string(),
          consentGivenAt: TimestampSchema,
        }),
      ),
    }),
  ),
});
export type BriefingDownloadList = z.infer<typeof BriefingDownloadListSchema>;

/** Why a quote can no longer be used: consent withdrawn, expired, or changed so it no longer reaches. */
export const CONSENT_LOSS_CAUSES = ['withdrawn', 'expired', 'narrowed'] as const;
export const ConsentLossCauseSchema = z.enum(CONSENT_LOSS_CAUSES);

/** A notice to the analysis team that a story's consent no longer allows quotes the project used. */
export const ConsentNoticeListSchema = z.object({
  notices: z.array(
    z.object({
      id: IdSchema,
      cause: ConsentLossCauseSchema,
      detectedAt: TimestampSchema,
      /** Which key message lost which quote; the quote's words are gone with the consent. */
      lostQuotes: z.array(
        z.object({
          keyMessageId: IdSchema,
          keyMessageText: z.string(),
          audience: AudienceSchema,
          /** The quote's place among the message's quotes, counting from 1. */
          quoteNumber: z.number().int(),
          codeName: z.string(),
        }),
      ),
      /** Briefings already downloaded that carried a quote from the story. */
      downloads: z.array(z.object(BriefingSummary)),
    }),
  ),
});
export type ConsentNoticeList = z.infer<typeof ConsentNoticeListSchema>;

/** Stories given to coders by the analysis lead (a facilitator or coordinator of the organisation). */
export const AssignStoriesRequestSchema = z.strictObject({
  coderId: IdSchema,
  storyIds: z.array(IdSchema).min(1, 'Choose at least one story').max(1000),
});
export const AssignmentParamsSchema = z.object({ projectId: IdSchema, storyId: IdSchema, coderId: IdSchema });
const AssignmentSchema = z.object({
  storyId: IdSchema,
  title: z.string(),
  coderId: IdSchema,
  coderName: z.string(),
  /** The coder has applied at least one code to the story. */
  coded: z.boolean(),
});
export const AssignmentsSchema = z.object({
  /** Whether the reader leads the analysis and may give stories to coders. */
  mayAssign: z.boolean(),
  /** The stories given to the reader, first on their coding page. */
  mine: z.array(AssignmentSchema),
  /** Every assignment, for the lead; empty for a coder. */
  all: z.array(AssignmentSchema),
  /** The analysis team stories can be given to, for the lead; empty for a coder. */
  team: z.array(z.object({ personId: IdSchema, name: z.string() })),
});
export type Assignments = z.infer<typeof AssignmentsSchema>;
