import { z } from 'zod';
import { AudienceSchema } from './analysis.js';
import { IdSchema, TimestampSchema } from './common.js';
import {
  COMMITMENT_STATUSES,
  PRIORITY_SOURCES,
  PRIORITY_STATES,
  type CommitmentStatus,
} from './coproduction.values.js';

export * from './coproduction.values.js';

// --- shared -------------------------------------------------------------------------------------

/** A calendar date, like 2026-03-14. */
export const DateSchema = z.iso.date({ message: 'Enter a date like 2026-03-14' });

const Text = (max: number, required?: string) =>
  required
    ? z.string().trim().min(1, required).max(max, `Keep this to ${max} characters or fewer`)
    : z.string().trim().max(max, `Keep this to ${max} characters or fewer`);

export const OrganisationParamsSchema = z.object({ organisationId: IdSchema });

// --- groups and meetings ------------------------------------------------------------------------

export const PAYMENT_CHOICES = ['cash', 'voucher', 'declined'] as const;
export const ACTION_STATUSES = ['open', 'in_progress', 'done', 'dropped'] as const;

/** Shown wherever a payment choice is made or reported: people on benefits need to know. */
export const VOUCHER_WARNING =
  'Vouchers can count as earnings for benefits such as Universal Credit. Before choosing a voucher, ' +
  'check with the person, and point them to a welfare rights or benefits adviser if they are unsure.';

export const PaymentChoiceSchema = z
  .enum(PAYMENT_CHOICES)
  .describe(`How the person is paid. ${VOUCHER_WARNING}`);

export const CreateGroupRequestSchema = z.strictObject({
  organisationId: IdSchema,
  name: Text(120, 'Give the group a name'),
  purpose: Text(2000).default(''),
  /** How often it meets, in words: "monthly", "every other Tuesday". */
  rhythm: Text(80).default('monthly'),
  memberIds: z.array(IdSchema).max(200).default([]),
});
export type CreateGroupRequest = z.input<typeof CreateGroupRequestSchema>;

export const UpdateGroupRequestSchema = z.strictObject({
  name: Text(120, 'Give the group a name').optional(),
  purpose: Text(2000).optional(),
  rhythm: Text(80).optional(),
  memberIds: z.array(IdSchema).max(200).optional(),
});

export const GroupParamsSchema = z.object({ groupId: IdSchema });
export const MeetingParamsSchema = z.object({ meetingId: IdSchema });
export const ActionParamsSchema = z.object({ actionId: IdSchema });

export const AttendanceInputSchema = z.strictObject({
  personId: IdSchema,
  hours: z.number().min(0).max(24, 'Hours for one meeting must be 24 or fewer').default(0),
  expensesPence: z.number().int().min(0).max(100_000, 'Expenses must be £1,000 or less').default(0),
  paymentChoice: PaymentChoiceSchema.default('declined'),
});

/** An action belongs to a person or to an organisation (or to nobody yet). */
export const ActionInputSchema = z.strictObject({
  text: Text(500, 'Write what needs doing'),
  ownerPersonId: IdSchema.nullable().default(null),
  ownerOrganisationId: IdSchema.nullable().default(null),
  dueOn: DateSchema.nullable().default(null),
  status: z.enum(ACTION_STATUSES).default('open'),
});

/** A meeting is saved whole, so the page can add, change and remove in one go. */
export const MeetingRequestSchema = z.strictObject({
  heldOn: DateSchema,
  agenda: Text(5000).default(''),
  minutes: Text(20_000).default(''),
  decisions: z.array(Text(1000, 'Write the decision')).max(100).default([]),
  attendance: z.array(AttendanceInputSchema).max(200).default([]),
  actions: z.array(ActionInputSchema).max(100).default([]),
});
export type MeetingRequest = z.input<typeof MeetingRequestSchema>;

export const UpdateActionRequestSchema = z.strictObject({ status: z.enum(ACTION_STATUSES) });

export const PersonRefSchema = z.object({ id: IdSchema, displayName: z.string() });

export const ActionSchema = z.object({
  id: IdSchema,
  text: z.string(),
  ownerPersonId: IdSchema.nullable(),
  ownerOrganisationId: IdSchema.nullable(),
  dueOn: DateSchema.nullable(),
  status: z.enum(ACTION_STATUSES),
});

export const MeetingSchema = z.object({
  id: IdSchema,
  groupId: IdSchema,
  heldOn: DateSchema,
  agenda: z.string(),
  minutes: z.string(),
  decisions: z.array(z.string()),
  attendance: z.array(
    z.object({
      personId: IdSchema.nullable(),
      displayName: z.string(),
      hours: z.number(),
      expensesPence: z.number().int(),
      paymentChoice: z.enum(PAYMENT_CHOICES),
    }),
  ),
  actions: z.array(ActionSchema),
  /** Always VOUCHER_WARNING: whoever records payments sees it. */
  paymentWarning: z.string(),
});
export type Meeting = z.infer<typeof MeetingSchema>;

export const GroupSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  name: z.string(),
  purpose: z.string(),
  rhythm: z.string(),
  members: z.array(PersonRefSchema),
  /** May the reader change the group and record meetings? */
  mayManage: z.boolean(),
  meetings: z.array(MeetingSchema),
});
export type Group = z.infer<typeof GroupSchema>;

export const GroupSummarySchema = GroupSchema.omit({ meetings: true }).extend({
  meetingCount: z.number().int(),
  lastMetOn: DateSchema.nullable(),
});
export const GroupListSchema = z.object({ groups: z.array(GroupSummarySchema) });

// --- seats --------------------------------------------------------------------------------------

export const SEAT_KINDS = ['board', 'committee', 'team_meeting', 'interview_panel'] as const;

export const CreateSeatRequestSchema = z.strictObject({
  organisationId: IdSchema,
  kind: z.enum(SEAT_KINDS),
  bodyName: Text(120, 'Name the board, committee, team or panel'),
  description: Text(2000).default(''),
  termStart: DateSchema.nullable().default(null),
  termEnd: DateSchema.nullable().default(null),
  /** Null while the seat is vacant: vacant seats are shown to the partnership as opportunities. */
  holderPersonId: IdSchema.nullable().default(null),
  attendanceCount: z.number().int().min(0).max(10_000).default(0),
});
export type CreateSeatRequest = z.input<typeof CreateSeatRequestSchema>;

export const UpdateSeatRequestSchema = z.strictObject({
  kind: z.enum(SEAT_KINDS).optional(),
  bodyName: Text(120, 'Name the board, committee, team or panel').optional(),
  description: Text(2000).optional(),
  termStart: DateSchema.nullable().optional(),
  termEnd: DateSchema.nullable().optional(),
  holderPersonId: IdSchema.nullable().optional(),
  attendanceCount: z.number().int().min(0).max(10_000).optional(),
});
export type UpdateSeatRequest = z.input<typeof UpdateSeatRequestSchema>;

export const SeatParamsSchema = z.object({ seatId: IdSchema });

export const SeatSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  kind: z.enum(SEAT_KINDS),
  bodyName: z.string(),
  description: z.string(),
  termStart: DateSchema.nullable(),
  termEnd: DateSchema.nullable(),
  vacant: z.boolean(),
  /** Who holds the seat: shown to the organisation's coordinators only. */
  holder: PersonRefSchema.nullable(),
  attendanceCount: z.number().int(),
  /** Expressions of interest (coordinators only; 0 for others). */
  interestCount: z.number().int(),
  /** Has the reader expressed interest in this seat? */
  interested: z.boolean(),
});
export type Seat = z.infer<typeof SeatSchema>;
export const SeatListSchema = z.object({ seats: z.array(SeatSchema) });

export const InterestRequestSchema = z.strictObject({ note: Text(1000).default('') });
export const InterestListSchema = z.object({
  interests: z.array(
    z.object({ person: PersonRefSchema, email: z.string(), note: z.string(), createdAt: TimestampSchema }),
  ),
});

export const PowerSharingSchema = z.object({
  organisationId: IdSchema,
  organisationName: z.string(),
  seats: z.object({
    total: z.number().int(),
    filled: z.number().int(),
    vacant: z.number().int(),
    byKind: z.array(
      z.object({
        kind: z.enum(SEAT_KINDS),
        filled: z.number().int(),
        vacant: z.number().int(),
        attendance: z.number().int(),
      }),
    ),
    bodies: z.array(
      z.object({
        kind: z.enum(SEAT_KINDS),
        bodyName: z.string(),
        filled: z.number().int(),
        vacant: z.number().int(),
      }),
    ),
  }),
  groups: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      rhythm: z.string(),
      members: z.number().int(),
      meetingsLastYear: z.number().int(),
      decisions: z.number().int(),
      actionsOpen: z.number().int(),
      actionsDone: z.number().int(),
    }),
  ),
  /** A sentence for screen readers and summaries. */
  summary: z.string(),
});
export type PowerSharing = z.infer<typeof PowerSharingSchema>;

// --- Working Together charter --------------------------------------------------------------------

export const CHARTER_LEVELS = ['individual', 'organisational', 'local_services', 'societal'] as const;
/** The ladder of co-production, lowest rung first. The order matters: charts climb it. */
export const LADDER = [
  'coercion',
  'educating',
  'informing',
  'consultation',
  'engagement',
  'co_design',
  'co_production',
] as const;
export type Rung = (typeof LADDER)[number];

export const CreateCharterCommitmentRequestSchema = z.strictObject({
  organisationId: IdSchema,
  level: z.enum(CHARTER_LEVELS),
  text: Text(1000, 'Write the commitment'),
});
export type CreateCharterCommitmentRequest = z.input<typeof CreateCharterCommitmentRequestSchema>;
export const UpdateCharterCommitmentRequestSchema = z.strictObject({
  level: z.enum(CHARTER_LEVELS).optional(),
  text: Text(1000, 'Write the commitment').optional(),
});
export const CharterCommitmentParamsSchema = z.object({ commitmentId: IdSchema });

export const SelfAssessmentRequestSchema = z.strictObject({
  rung: z.enum(LADDER),
  evidence: Text(5000, 'Say what shows this: what happened, who was involved'),
  assessedOn: DateSchema,
});
export type SelfAssessmentRequest = z.input<typeof SelfAssessmentRequestSchema>;

export const SelfAssessmentSchema = z.object({
  id: IdSchema,
  rung: z.enum(LADDER),
  /** 1 (coercion) to 7 (co-production), for charts. */
  step: z.number().int(),
  evidence: z.string(),
  assessedOn: DateSchema,
});

export const CharterCommitmentSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  level: z.enum(CHARTER_LEVELS),
  text: z.string(),
  latest: SelfAssessmentSchema.nullable(),
  mayEdit: z.boolean(),
});
export type CharterCommitment = z.infer<typeof CharterCommitmentSchema>;
export const CharterSchema = z.object({ commitments: z.array(CharterCommitmentSchema) });

export const CharterHistorySchema = z.object({
  commitment: CharterCommitmentSchema,
  /** Oldest first, for a chart and its table. */
  assessments: z.array(SelfAssessmentSchema),
  /** The ladder, lowest first, so a chart can label its steps. */
  ladder: z.array(z.enum(LADDER)),
});

export const PartnershipCharterSchema = z.object({
  ladder: z.array(z.enum(LADDER)),
  organisations: z.array(
    z.object({ id: IdSchema, name: z.string(), commitments: z.array(CharterCommitmentSchema) }),
  ),
});

// --- You said, we did ---------------------------------------------------------------------------

// Its fixed values (sources, statuses, states) are in coproduction.values.ts.

export const CreatePriorityRequestSchema = z.strictObject({
  organisationId: IdSchema,
  /** Café priorities are imported from the café's harvest instead. */
  source: z.enum(['key_message', 'group', 'manual']).default('manual'),
  /** Where it came from, in words or as an id: a key message, a group meeting. */
  sourceRef: Text(300).default(''),
  title: Text(200, 'Give the priority a short title'),
  text: Text(5000).default(''),
  published: z.boolean().default(false),
});
export type CreatePriorityRequest = z.input<typeof CreatePriorityRequestSchema>;

export const UpdatePriorityRequestSchema = z.strictObject({
  title: Text(200, 'Give the priority a short title').optional(),
  text: Text(5000).optional(),
  published: z.boolean().optional(),
});

export const PriorityParamsSchema = z.object({ priorityId: IdSchema });
export const CafePriorityParamsSchema = z.object({ organisationId: IdSchema, cafePriorityId: IdSchema });
export const KeyMessageParamsSchema = z.object({ organisationId: IdSchema, keyMessageId: IdSchema });
export const CommitmentParamsSchema = z.object({ commitmentId: IdSchema });
export const TokenParamsSchema = z.object({ token: z.string().min(10).max(200) });
export const PartnershipParamsSchema = z.object({ partnershipId: IdSchema });

const DECLINE_REASON = 'Say why this was declined: everyone who asked for it will read the reason';

function requireReasonWhenDeclined(
  value: { status?: CommitmentStatus | undefined; declinedReason?: string | null | undefined },
  ctx: z.RefinementCtx,
) {
  if (value.status === 'declined' && !value.declinedReason) {
    ctx.addIssue({ code: 'custom', path: ['declinedReason'], message: DECLINE_REASON });
  }
}

export const CreateCommitmentRequestSchema = z
  .strictObject({
    ownerOrganisationId: IdSchema,
    description: Text(2000, 'Say what will be done'),
    dueOn: DateSchema.nullable().default(null),
    status: z.enum(COMMITMENT_STATUSES).default('planned'),
    declinedReason: Text(2000).nullable().default(null),
    progress: z.number().int().min(0, 'Progress is 0 to 100').max(100, 'Progress is 0 to 100').default(0),
  })
  .superRefine(requireReasonWhenDeclined);
export type CreateCommitmentRequest = z.input<typeof CreateCommitmentRequestSchema>;

export const UpdateCommitmentRequestSchema = z
  .strictObject({
    description: Text(2000, 'Say what will be done').optional(),
    dueOn: DateSchema.nullable().optional(),
    status: z.enum(COMMITMENT_STATUSES).optional(),
    declinedReason: Text(2000).nullable().optional(),
    progress: z.number().int().min(0, 'Progress is 0 to 100').max(100, 'Progress is 0 to 100').optional(),
  })
  .superRefine(requireReasonWhenDeclined);
export type UpdateCommitmentRequest = z.input<typeof UpdateCommitmentRequestSchema>;

export const CreateUpdateRequestSchema = z.strictObject({
  text: Text(5000, 'Say what changed'),
  happenedOn: DateSchema,
});
export type CreateUpdateRequest = z.input<typeof CreateUpdateRequestSchema>;

export const CommitmentUpdateSchema = z.object({ id: IdSchema, text: z.string(), happenedOn: DateSchema });

export const CommitmentSchema = z.object({
  id: IdSchema,
  ownerOrganisationId: IdSchema,
  ownerOrganisationName: z.string(),
  description: z.string(),
  dueOn: DateSchema.nullable(),
  status: z.enum(COMMITMENT_STATUSES),
  declinedReason: z.string().nullable(),
  progress: z.number().int(),
  updates: z.array(CommitmentUpdateSchema),
});
export type Commitment = z.infer<typeof CommitmentSchema>;

export const PrioritySchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  source: z.enum(PRIORITY_SOURCES),
  sourceRef: z.string(),
  cafePriorityId: IdSchema.nullable(),
  keyMessageId: IdSchema.nullable(),
  title: z.string(),
  text: z.string(),
  published: z.boolean(),
  createdAt: TimestampSchema,
  commitments: z.array(CommitmentSchema),
  /** Is the reader subscribed to news of this priority? */
  subscribed: z.boolean(),
  mayManage: z.boolean(),
});
export type Priority = z.infer<typeof PrioritySchema>;
export const PriorityListSchema = z.object({ priorities: z.array(PrioritySchema) });

/**
 * Who offered to help with a priority that came from a café, for its coordinators (every read is
 * audited): those who left a way to reach them, and a count of those who ticked without one.
 */
export const PriorityHelpersSchema = z.object({
  /** False for a priority that did not come from a café: nobody could tick there. */
  fromCafe: z.boolean(),
  helpers: z.array(
    z.object({
      /** The name they gave in the café; empty when they gave none. */
      name: z.string(),
      contact: z.string(),
      tableNumber: z.number().int(),
      offeredAt: TimestampSchema,
    }),
  ),
  withoutContact: z.number().int(),
});
export type PriorityHelpers = z.infer<typeof PriorityHelpersSchema>;

export const CafePriorityListSchema = z.object({
  cafePriorities: z.array(
    z.object({
      id: IdSchema,
      cafeId: IdSchema,
      cafeTitle: z.string(),
      text: z.string(),
      dots: z.number().int(),
      voters: z.number().int(),
      helpers: z.number().int(),
      /** Where merged duplicates came from, in words ("Raised at 2 tables (tables 1 and 2); also said as: …"); '' when none. */
      sources: z.string(),
      sentAt: TimestampSchema,
      /** The co-production priority it became, once imported. */
      importedAs: IdSchema.nullable(),
    }),
  ),
});

/** Key messages from the organisation's analysis projects, ready to become priorities. */
export const KeyMessageListSchema = z.object({
  keyMessages: z.array(
    z.object({
      id: IdSchema,
      projectId: IdSchema,
      projectTitle: z.string(),
      audience: AudienceSchema,
      text: z.string(),
      /** How many stories are behind it. */
      stories: z.number().int(),
      createdAt: TimestampSchema,
      /** The co-production priority it became, once imported. */
      importedAs: IdSchema.nullable(),
    }),
  ),
});

export const SubscriptionSchema = z.object({ subscribed: z.boolean() });

export const NotificationListSchema = z.object({
  notifications: z.array(
    z.object({
      id: IdSchema,
      priorityId: IdSchema,
      commitmentId: IdSchema,
      text: z.string(),
      createdAt: TimestampSchema,
    }),
  ),
});

/** "You said, we did" as the public sees it: published priorities only, no names of people. */
/** A published priority as the public sees it: no names of people. */
export const PublicPrioritySchema = z.object({
  id: IdSchema,
  organisationName: z.string(),
  source: z.enum(PRIORITY_SOURCES),
  title: z.string(),
  text: z.string(),
  commitments: z.array(CommitmentSchema.omit({ ownerOrganisationId: true })),
  state: z.enum(PRIORITY_STATES),
  /** How many of its commitments are done, open (planned or in progress) or declined. */
  done: z.number().int(),
  open: z.number().int(),
  declined: z.number().int(),
});
export type PublicPriority = z.infer<typeof PublicPrioritySchema>;

export const PublicYouSaidWeDidSchema = z.object({
  partnershipId: IdSchema,
  organisations: z.array(z.object({ id: IdSchema, name: z.string() })),
  priorities: z.array(PublicPrioritySchema),
});
export type PublicYouSaidWeDid = z.infer<typeof PublicYouSaidWeDidSchema>;

/** One published priority on its own page, the page news about it links to. */
export const PublicPriorityPageSchema = z.object({
  partnershipId: IdSchema,
  priority: PublicPrioritySchema,
});
export type PublicPriorityPage = z.infer<typeof PublicPriorityPageSchema>;
