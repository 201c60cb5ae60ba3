import { z } from 'zod';
import { ContactSchema, IdSchema, PostcodeDistrictSchema, TimestampSchema } from './common.js';
import {
  AGREEMENT_LABELS,
  CAFE_FORMATS,
  CAFE_ROLES,
  CAFE_STATUSES,
  PAPER_VOTE_KINDS,
  VOTING_METHODS,
} from './cafes.values.js';

export * from './cafes.values.js';

export const PaperVoteKindSchema = z.enum(PAPER_VOTE_KINDS);

export const CafeFormatSchema = z.enum(CAFE_FORMATS);
export const VotingMethodSchema = z.enum(VOTING_METHODS);

/** A café join code: six letters and digits with the easily confused ones (0/O, 1/I/L) left out. */
export const JoinCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s-]/g, ''))
  .pipe(
    z.string().regex(/^[A-HJKMNP-Z2-9]{6}$/, 'Enter the six-letter code shown in the room, like KT4-9RB'),
  );

export const CafeRoleSchema = z.strictObject({
  role: z.enum(CAFE_ROLES),
  name: z.string().trim().min(1, 'Write the person’s name').max(80, 'Keep a name to 80 characters or fewer'),
  /** Table hosts look after one table. */
  tableNumber: z.number().int().min(1).nullable().default(null),
});
export type CafeRole = z.infer<typeof CafeRoleSchema>;
export const CafeRolesRequestSchema = z.strictObject({ roles: z.array(CafeRoleSchema).max(100) });

export const CreateCafeRequestSchema = z.strictObject({
  organisationId: IdSchema,
  title: z.string().trim().min(3, 'Give the café a title').max(120),
  purpose: z.string().trim().max(2000).default(''),
  format: CafeFormatSchema.default('in_person'),
  startsAt: TimestampSchema.optional(),
  venue: z.string().trim().max(300).default(''),
  accessInfo: z.string().trim().max(2000).default(''),
  capacity: z.number().int().min(1).max(10_000).optional(),
  rounds: z
    .array(
      z.strictObject({
        question: z.string().trim().min(3).max(300),
        minutes: z.number().int().min(1).max(120).default(20),
        /** How people vote in this round; the café's way of voting when left out. */
        votingMethod: VotingMethodSchema.optional(),
      }),
    )
    .min(1, 'Add at least one question')
    .max(6),
  tables: z.number().int().min(1).max(200).default(4),
  /** Video rooms for online tables: a pattern with {cafe} and {table}, e.g. https://meet.example.org/cafe-{cafe}-{table}. */
  videoLinkPattern: z
    .url({ protocol: /^https$/ })
    .max(300)
    .optional(),
  /** The way of voting for every round that does not choose its own. */
  votingMethod: VotingMethodSchema.default('dots'),
  dotsPerPerson: z.number().int().min(1).max(10).default(3),
  allowStacking: z.boolean().default(true),
  roles: z.array(CafeRoleSchema).max(100).default([]),
  /** A public page where people can sign up and tell the hosts about access needs. */
  signUpOpen: z.boolean().default(true),
});
export type CreateCafeRequest = z.input<typeof CreateCafeRequestSchema>;

export const CafeParamsSchema = z.object({ cafeId: IdSchema });
/** A round by its number, 1 to 6 (paths carry it as text). */
export const RoundParamsSchema = z.object({
  cafeId: IdSchema,
  position: z.string().regex(/^[1-6]$/, 'A round is numbered 1 to 6'),
});
/** A round's way of voting, changed before voting first opens in it. */
export const RoundVotingRequestSchema = z.strictObject({ votingMethod: VotingMethodSchema });
export const IdeaParamsSchema = z.object({ cafeId: IdSchema, ideaId: IdSchema });

export const CafeTableSchema = z.object({
  id: IdSchema,
  number: z.number().int(),
  videoUrl: z.string().nullable(),
});
export const CafeRoundSchema = z.object({
  position: z.number().int(),
  question: z.string(),
  minutes: z.number().int(),
  votingMethod: VotingMethodSchema,
  /** Voting has opened in this round (or the round is over), so its way of voting is fixed. */
  methodFixed: z.boolean(),
});

export const CafeSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  title: z.string(),
  purpose: z.string(),
  format: CafeFormatSchema,
  startsAt: TimestampSchema.nullable(),
  venue: z.string(),
  accessInfo: z.string(),
  capacity: z.number().int().nullable(),
  joinCode: z.string(),
  status: z.enum(CAFE_STATUSES),
  currentRound: z.number().int(),
  roundEndsAt: TimestampSchema.nullable(),
  /** The way of voting in use now: the current round's (round 1's before the café starts). */
  votingMethod: VotingMethodSchema,
  votingOpen: z.boolean(),
  dotsPerPerson: z.number().int(),
  allowStacking: z.boolean(),
  rounds: z.array(CafeRoundSchema),
  tables: z.array(CafeTableSchema),
  roles: z.array(CafeRoleSchema),
  signUpOpen: z.boolean(),
  signUps: z.number().int(),
});
export type Cafe = z.infer<typeof CafeSchema>;
export const CafeListResponseSchema = z.object({ cafes: z.array(CafeSchema) });

export const JoinCafeRequestSchema = z.strictObject({
  code: JoinCodeSchema,
  displayName: z.string().trim().max(40, 'Keep your name to 40 characters or fewer').default(''),
  tableNumber: z.number().int().min(1).optional(),
  /** Optional: an email or phone number to hear what came of the café. */
  contact: ContactSchema.optional(),
  /**
   * Optional: the first part of the participant's postcode, like DD4, so the hosts know which areas
   * they reach. Only ever counted in totals of 5 or more, never shown with a name.
   */
  postcodeDistrict: PostcodeDistrictSchema.nullable().optional(),
  /** Optional: a community the participant belongs to, in their own words; counted the same way. */
  community: z.string().trim().max(120, 'Keep this to 120 characters or fewer').nullable().optional(),
});
export const JoinCafeResponseSchema = z.object({
  cafeId: IdSchema,
  participantId: IdSchema,
  displayName: z.string(),
  tableId: IdSchema,
  tableNumber: z.number().int(),
});

export const CreateIdeaRequestSchema = z.strictObject({
  text: z.string().trim().min(2, 'Write the idea first').max(280, 'Keep an idea to 280 characters or fewer'),
  /** Table hosts typing up paper notes may name another table; participants add to their own. */
  tableId: IdSchema.optional(),
});
export type CreateIdeaRequest = z.input<typeof CreateIdeaRequestSchema>;

export const AgreementLabelSchema = z.enum(AGREEMENT_LABELS);
export type AgreementLabel = z.infer<typeof AgreementLabelSchema>;

export const IdeaSchema = z.object({
  id: IdSchema,
  text: z.string(),
  tableNumber: z.number().int(),
  round: z.number().int(),
  author: z.string(),
  hidden: z.boolean(),
  /** Why a table host hid it (facilitators only see hidden ideas); null when hidden otherwise. */
  hiddenReason: z.string().nullable(),
  mergedInto: IdSchema.nullable(),
  /** Raw counts, always shown: small rooms are the norm. Dots and voters are from phones. */
  dots: z.number().int(),
  /**
   * Sticker dots or hands counted in from paper by a host, shown apart from phone votes and added to
   * them for dot and approval results (0 and null when none were counted).
   */
  paperVotes: z.number().int(),
  paperKind: PaperVoteKindSchema.nullable(),
  voters: z.number().int(),
  helpers: z.number().int(),
  rank: z.number().int().nullable(),
  /** Pairwise comparison: 100·(wins+1)/(wins+losses+2), with the counts behind it. */
  pairwise: z
    .object({
      wins: z.number().int(),
      losses: z.number().int(),
      cantDecide: z.number().int(),
      score: z.number(),
    })
    .nullable(),
  /**
   * Agree / disagree / pass, with a plain-words label and group-informed consensus across opinion
   * groups. Null for other methods, and for a participant who has not yet voted on this statement
   * while the café is open (their rank is null too): they see how the room feels once they have
   * said how they feel. Facilitators and the projector always see every tally.
   */
  agreement: z
    .object({
      agrees: z.number().int(),
      disagrees: z.number().int(),
      passes: z.number().int(),
      votes: z.number().int(),
      label: AgreementLabelSchema,
      consensus: z.number(),
      divisiveness: z.number(),
    })
    .nullable(),
});
export type Idea = z.infer<typeof IdeaSchema>;
/** The answer to adding an idea: the new idea's id (the board follows over the live socket). */
export const CreatedIdeaSchema = IdeaSchema.pick({ id: true });

export const BoardSchema = z.object({
  cafe: CafeSchema.omit({ joinCode: true }).extend({ joinCode: z.string().nullable() }),
  ideas: z.array(IdeaSchema),
  participants: z.number().int(),
  /** Opinion groups found among those voting on statements (agreement method); null otherwise. */
  opinionGroups: z.number().int().nullable(),
  /** What the reader has done, for participants: their table, dots left, votes and help ticks. */
  me: z
    .object({
      participantId: IdSchema,
      tableId: IdSchema,
      tableNumber: z.number().int(),
      dotsLeft: z.number().int(),
      votes: z.record(z.string(), z.number().int()),
      helping: z.array(IdSchema),
      /** The ideas where the reader left a contact for the organisers to ask them about helping. */
      helpingWithContact: z.array(IdSchema),
      /** Agreement method: the reader's vote per statement (1 agree, -1 disagree, 0 pass). */
      statementVotes: z.record(z.string(), z.number().int()),
    })
    .nullable(),
  version: z.number().int(),
});
export type Board = z.infer<typeof BoardSchema>;

export const VoteRequestSchema = z.strictObject({
  ideaId: IdSchema,
  /** For dot voting, how many dots on this idea (0 takes them back); for approval, 1 or 0. */
  dots: z.number().int().min(0).max(10),
});
/**
 * "I'd help with this". Someone helping may leave an email or mobile number for the organisers to ask
 * them about it, only with `consent: true` (they agreed to the words shown beside the field); null
 * takes a contact back, and leaving it out keeps what was there.
 */
export const HelpRequestSchema = z
  .strictObject({
    ideaId: IdSchema,
    helping: z.boolean(),
    contact: ContactSchema.nullable().optional(),
    consent: z.boolean().optional(),
  })
  .superRefine((value, context) => {
    if (value.contact && value.consent !== true) {
      context.addIssue({
        code: 'custom',
        path: ['consent'],
        message: 'Tick to say the organisers may use this to ask you about helping, or leave it empty',
      });
    }
  });
export type HelpRequest = z.input<typeof HelpRequestSchema>;

export const ControlRequestSchema = z.discriminatedUnion('action', [
  z.strictObject({ action: z.literal('start') }),
  z.strictObject({ action: z.literal('next_round') }),
  z.strictObject({ action: z.literal('open_voting') }),
  z.strictObject({ action: z.literal('close_voting') }),
  z.strictObject({ action: z.literal('close') }),
]);

export const ModerateIdeaRequestSchema = z.strictObject({
  hidden: z.boolean().optional(),
  text: z.string().trim().min(2).max(280).optional(),
});
/** The paper count for an idea, as a total (so a recount replaces it): 0 takes it away. */
export const PaperVotesRequestSchema = z.strictObject({
  count: z.number().int().min(0, 'A count cannot be below 0').max(1000, 'Count up to 1,000'),
  kind: PaperVoteKindSchema,
});
export const MergeIdeasRequestSchema = z.strictObject({ sourceId: IdSchema, targetId: IdSchema });
export const SimilarIdeasResponseSchema = z.object({
  pairs: z.array(z.object({ a: IdSchema, b: IdSchema, similarity: z.number() })),
});

// --- table hosts --------------------------------------------------------------------------------

/** The key in a table-host link: 32 random bytes (256 bits) in base64url, 43 characters. */
export const TableHostKeySchema = z
  .string()
  .trim()
  .regex(/^[A-Za-z0-9_-]{43}$/, 'Open the whole table-host link you were given');
/** The same link as a code to type: twelve letters and digits from the join code's alphabet. */
export const TableHostCodeSchema = z
  .string()
  .trim()
  .toUpperCase()
  .transform((code) => code.replace(/[\s-]/g, ''))
  .pipe(
    z
      .string()
      .regex(/^[A-HJKMNP-Z2-9]{12}$/, 'Enter the twelve-letter code on your host slip, like KT49-RBMN-PQ7X'),
  );
/** A table-host link opened by its key (from the link) or by its code (typed from the host slip). */
export const OpenTableHostRequestSchema = z.union([
  z.strictObject({ key: TableHostKeySchema }),
  z.strictObject({ code: TableHostCodeSchema }),
]);
export const OpenTableHostResponseSchema = z.object({ cafeId: IdSchema, tableNumber: z.number().int() });

/**
 * What a table host sees: their own table's ideas only, with the raw counts and, for those they or
 * the facilitator hid, why. Never who wrote an idea, nor anything from another table.
 */
export const TableHostViewSchema = z.object({
  cafe: z.object({
    id: IdSchema,
    title: z.string(),
    status: z.enum(CAFE_STATUSES),
    currentRound: z.number().int(),
    /** The current round's question, null before the café starts. */
    question: z.string().nullable(),
    /** Voting is open: the moment to count the table's sticker dots. */
    votingOpen: z.boolean(),
  }),
  tableNumber: z.number().int(),
  ideas: z.array(
    IdeaSchema.pick({
      id: true,
      text: true,
      round: true,
      hidden: true,
      hiddenReason: true,
      dots: true,
      voters: true,
      paperVotes: true,
      paperKind: true,
    }),
  ),
  /** The café's version when read: a view held that is newer is never replaced by an older one. */
  version: z.number().int(),
});
export type TableHostView = z.infer<typeof TableHostViewSchema>;
export const TableHostIdeaRequestSchema = CreateIdeaRequestSchema.pick({ text: true });
export const HideIdeaRequestSchema = z.strictObject({
  reason: z
    .string()
    .trim()
    .min(3, 'Say in a few words why, for the facilitator')
    .max(200, 'Keep this to 200 characters or fewer'),
});
/** Each table's host link, for its facilitators to hand out. */
export const TableHostLinksSchema = z.object({
  links: z.array(
    z.object({
      tableNumber: z.number().int(),
      url: z.string(),
      /** The code to type at /table-host instead, for a host who cannot open the link. */
      code: z.string(),
    }),
  ),
});
export const TableParamsSchema = z.object({
  cafeId: IdSchema,
  tableNumber: z.string().regex(/^[1-9][0-9]{0,2}$/, 'A table is numbered 1 to 200'),
});

// --- harvest ------------------------------------------------------------------------------------

export const CafePhotoSchema = z.object({
  id: IdSchema,
  tableNumber: z.number().int().nullable(),
  caption: z.string(),
});

export const HarvestSchema = z.object({
  cafe: CafeSchema,
  attendance: z.object({
    participants: z.number().int(),
    byTable: z.array(z.object({ tableNumber: z.number().int(), participants: z.number().int() })),
  }),
  rounds: z.array(
    z.object({
      position: z.number().int(),
      question: z.string(),
      ideas: z.array(z.object({ tableNumber: z.number().int(), text: z.string(), dots: z.number().int() })),
    }),
  ),
  priorities: z.array(
    z.object({
      ideaId: IdSchema,
      text: z.string(),
      dots: z.number().int(),
      voters: z.number().int(),
      /** Counted in from paper, apart from phone votes (see IdeaSchema). */
      paperVotes: z.number().int(),
      paperKind: PaperVoteKindSchema.nullable(),
      helpers: z.number().int(),
      rank: z.number().int(),
      /** The result in words with its raw counts, whichever way people voted. */
      result: z.string(),
      sentOn: z.boolean(),
      /**
       * When duplicates were merged into it: how many tables raised it and the other wordings, in
       * words ("Raised at 2 tables (tables 1 and 2); also said as: “…”"); '' when none were.
       */
      sources: z.string(),
    }),
  ),
  photos: z.array(CafePhotoSchema),
});
export type Harvest = z.infer<typeof HarvestSchema>;

export const SendPriorityRequestSchema = z.strictObject({ ideaId: IdSchema });
export const PhotoQuerySchema = z.object({
  filename: z.string().trim().min(1).max(200),
  tableNumber: z.coerce.number().int().min(1).optional(),
  caption: z.string().trim().max(200).default(''),
});
export const PhotoParamsSchema = z.object({ cafeId: IdSchema, photoId: IdSchema });

export const PairSchema = z.object({ leftId: IdSchema, rightId: IdSchema }).nullable();
export const PairwiseChoiceRequestSchema = z.strictObject({
  leftId: IdSchema,
  rightId: IdSchema,
  choice: z.enum(['left', 'right', 'cant_decide']),
});
export const StatementVoteRequestSchema = z.strictObject({
  ideaId: IdSchema,
  vote: z.union([z.literal(1), z.literal(-1), z.literal(0)]),
});

// --- sign-up --------------------------------------------------------------------------------------

/** What anyone may read about a café before signing up: never the join code. */
export const PublicCafeSchema = CafeSchema.pick({
  id: true,
  title: true,
  purpose: true,
  format: true,
  startsAt: true,
  venue: true,
  accessInfo: true,
}).extend({
  organisationName: z.string(),
  questions: z.array(z.string()),
  /** Null when there is no limit. */
  placesLeft: z.number().int().nullable(),
});
export type PublicCafe = z.infer<typeof PublicCafeSchema>;

export const SignUpRequestSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(1, 'Write your name, or a name we can call you')
    .max(80, 'Keep your name to 80 characters or fewer'),
  /** Optional: an email or phone number for reminders and to hear what came of the café. */
  contact: ContactSchema.default(''),
  accessNeeds: z.string().trim().max(1000, 'Keep this to 1,000 characters or fewer').default(''),
});
export type SignUpRequest = z.input<typeof SignUpRequestSchema>;
export const SignUpResponseSchema = z.object({ placesLeft: z.number().int().nullable() });

export const SignUpListSchema = z.object({
  signUps: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      contact: z.string(),
      accessNeeds: z.string(),
      signedUpAt: TimestampSchema,
    }),
  ),
});
