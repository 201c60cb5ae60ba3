import { z } from 'zod';
import { EmailSchema, IdSchema, mobilePhoneNumber, normalisePhoneNumber, TimestampSchema } from './common.js';
import { DateSchema, PAYMENT_CHOICES, VOUCHER_WARNING } from './coproduction.js';
import { LANGUAGE_CODES } from './languages.js';

export { VOUCHER_WARNING };

/** Roles a person can hold in an organisation, least to most (DESIGN §2). Participants need no account. */
export const ROLES = [
  'member',
  'peer_supporter',
  'facilitator',
  'coordinator',
  'safeguarding_lead',
  'partnership_admin',
] as const;
export const RoleSchema = z.enum(ROLES);
export type Role = z.infer<typeof RoleSchema>;

/** A language Cairn offers (contracts/languages.ts). */
export const LanguageSchema = z.enum(LANGUAGE_CODES);

export const PASSWORD_MIN_LENGTH = 10;
// The 10 is written out so the server finds the message's translation by its words (contracts.pot).
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, 'Your password must be at least 10 characters long')
  .max(200, 'Your password must be 200 characters or fewer');

export const DisplayNameSchema = z
  .string()
  .trim()
  .min(1, 'Enter the name you would like people to see')
  .max(80, 'Your name must be 80 characters or fewer');

// --- auth ---------------------------------------------------------------------------------------

export const SignInRequestSchema = z.strictObject({
  email: EmailSchema,
  password: z.string().min(1, 'Enter your password').max(200),
});
export type SignInRequest = z.infer<typeof SignInRequestSchema>;

export const PasswordResetRequestSchema = z.strictObject({ email: EmailSchema });
export type PasswordResetRequest = z.infer<typeof PasswordResetRequestSchema>;

export const PasswordResetCompleteRequestSchema = z.strictObject({
  token: z.string().min(1).max(200),
  password: PasswordSchema,
});
export type PasswordResetCompleteRequest = z.infer<typeof PasswordResetCompleteRequestSchema>;

// --- me -----------------------------------------------------------------------------------------

export const MembershipSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  partnershipId: IdSchema,
  role: RoleSchema,
});
export type Membership = z.infer<typeof MembershipSchema>;

export const MeResponseSchema = z.object({
  person: z.object({
    id: IdSchema,
    email: z.string(),
    displayName: z.string(),
    /** For urgent messages only, such as a safeguarding alert nobody has answered. */
    mobileNumber: z.string().nullable(),
    /** The language they chose to read Cairn in; null when their browser's preference decides. */
    language: LanguageSchema.nullable(),
  }),
  partnership: z
    .object({
      id: IdSchema,
      name: z.string(),
      /** The languages the partnership offers; the language switch shows only these. */
      languages: z.array(LanguageSchema),
    })
    .nullable(),
  memberships: z.array(MembershipSchema),
  roles: z.array(RoleSchema),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

/** A mobile number for urgent text messages, or empty for none. */
export const MobileNumberSchema = z
  .string()
  .trim()
  .max(30, 'Enter a mobile number, like 07700 900123, or leave this empty')
  .superRefine((value, context) => {
    if (value === '' || mobilePhoneNumber(value) !== null) return;
    context.addIssue({
      code: 'custom',
      message:
        normalisePhoneNumber(value) !== null
          ? 'That looks like a landline, and texts only reach mobiles. Enter a mobile number, like 07700 900123'
          : 'Enter a mobile number, like 07700 900123, or leave this empty',
    });
  });
/** Either or both; a field left out stays as it is. */
export const UpdateProfileRequestSchema = z.strictObject({
  displayName: DisplayNameSchema.optional(),
  mobileNumber: MobileNumberSchema.optional(),
});
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequestSchema>;

/** A language to read Cairn in, or null to let the browser's preference decide again. */
export const LanguagePreferenceRequestSchema = z.strictObject({ language: LanguageSchema.nullable() });
export type LanguagePreferenceRequest = z.infer<typeof LanguagePreferenceRequestSchema>;

/** The languages a partnership offers: English always (everything falls back to it), and any others. */
export const PartnershipLanguagesSchema = z.strictObject({
  languages: z
    .array(LanguageSchema)
    .max(LANGUAGE_CODES.length)
    .refine(
      (languages) => languages.includes('en'),
      'Keep English: it is what anyone gets when a message has no translation',
    )
    .refine((languages) => new Set(languages).size === languages.length, 'Name each language once'),
});
export type PartnershipLanguages = z.infer<typeof PartnershipLanguagesSchema>;

export const ChangePasswordRequestSchema = z.strictObject({
  currentPassword: z.string().min(1, 'Enter your current password').max(200),
  newPassword: PasswordSchema,
});
export type ChangePasswordRequest = z.infer<typeof ChangePasswordRequestSchema>;

export const ErasureRequestStatusSchema = z.enum(['open', 'completed', 'refused']);

export const ErasureRequestSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  personName: z.string(),
  reason: z.string(),
  status: ErasureRequestStatusSchema,
  requestedAt: TimestampSchema,
  actionedAt: TimestampSchema.nullable(),
  outcome: z.string().nullable(),
});
export type ErasureRequest = z.infer<typeof ErasureRequestSchema>;

export const CreateErasureRequestSchema = z.strictObject({
  reason: z.string().trim().max(2000, 'Keep your reason to 2,000 characters or fewer').default(''),
});
export type CreateErasureRequest = z.infer<typeof CreateErasureRequestSchema>;

export const MyErasureRequestsResponseSchema = z.object({ requests: z.array(ErasureRequestSchema) });

/** Everything Cairn holds about the signed-in person, one section per module (sent as a JSON file). */
export const MyDataExportSchema = z.record(z.string(), z.unknown());

// --- organisations, members, invitations --------------------------------------------------------

export const OrganisationSchema = z.object({ id: IdSchema, name: z.string(), partnershipId: IdSchema });
export type Organisation = z.infer<typeof OrganisationSchema>;
export const OrganisationListResponseSchema = z.object({ organisations: z.array(OrganisationSchema) });

/**
 * Each partnership and its organisations, by name, for anyone: the public pages ("What's on",
 * "You said, we did") are addressed by these ids, so someone signed out can only find them from here.
 */
export const PublicPartnershipsResponseSchema = z.object({
  partnerships: z.array(
    z.object({
      id: IdSchema,
      name: z.string(),
      organisations: z.array(z.object({ id: IdSchema, name: z.string() })),
    }),
  ),
});
export type PublicPartnerships = z.infer<typeof PublicPartnershipsResponseSchema>;

export const OrganisationParamsSchema = z.object({ organisationId: IdSchema });
export const MembershipParamsSchema = z.object({ membershipId: IdSchema });

export const MemberSchema = z.object({
  membershipId: IdSchema,
  personId: IdSchema,
  displayName: z.string(),
  email: z.string(),
  role: RoleSchema,
  since: TimestampSchema,
});
export type Member = z.infer<typeof MemberSchema>;

export const PendingInvitationSchema = z.object({
  id: IdSchema,
  email: z.string(),
  role: RoleSchema,
  invitedAt: TimestampSchema,
  expiresAt: TimestampSchema,
});

export const MembersResponseSchema = z.object({
  organisation: OrganisationSchema,
  members: z.array(MemberSchema),
  invitations: z.array(PendingInvitationSchema),
});
export type MembersResponse = z.infer<typeof MembersResponseSchema>;

export const CreateInvitationRequestSchema = z.strictObject({ email: EmailSchema, role: RoleSchema });
export type CreateInvitationRequest = z.infer<typeof CreateInvitationRequestSchema>;
export const CreateInvitationResponseSchema = z.object({ id: IdSchema, expiresAt: TimestampSchema });

export const InvitationTokenParamsSchema = z.object({ token: z.string().min(1).max(200) });
export const InvitationResponseSchema = z.object({
  organisationName: z.string(),
  role: RoleSchema,
  email: z.string(),
  hasAccount: z.boolean(),
  expiresAt: TimestampSchema,
});
export type InvitationResponse = z.infer<typeof InvitationResponseSchema>;

export const AcceptInvitationRequestSchema = z.strictObject({
  displayName: DisplayNameSchema.optional(),
  password: PasswordSchema.optional(),
});
export type AcceptInvitationRequest = z.infer<typeof AcceptInvitationRequestSchema>;

export const ChangeRoleRequestSchema = z.strictObject({ role: RoleSchema });
export type ChangeRoleRequest = z.infer<typeof ChangeRoleRequestSchema>;

// --- partnership admin --------------------------------------------------------------------------

export const ErasureRequestListResponseSchema = z.object({ requests: z.array(ErasureRequestSchema) });
export const ErasureRequestParamsSchema = z.object({ requestId: IdSchema });
export const ActionErasureRequestSchema = z.strictObject({
  decision: z.enum(['complete', 'refuse']),
  outcome: z.string().trim().min(1, 'Say what was done, or why it was refused').max(2000),
});
export type ActionErasureRequest = z.infer<typeof ActionErasureRequestSchema>;

export const AuditEventSchema = z.object({
  id: IdSchema,
  at: TimestampSchema,
  actorId: IdSchema.nullable(),
  actorName: z.string().nullable(),
  action: z.string(),
  subjectType: z.string(),
  subjectId: z.string().nullable(),
  details: z.record(z.string(), z.unknown()),
});
export type AuditEvent = z.infer<typeof AuditEventSchema>;
export const AuditQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: TimestampSchema.optional(),
});
export const AuditListResponseSchema = z.object({ events: z.array(AuditEventSchema) });

// --- messages that could not be sent ------------------------------------------------------------

/**
 * A message the outbox gave up on after too many tries. Never the text, and the recipient only
 * partly (`k***@example.org`, `+44 7*** ***123`): enough to recognise, no more.
 */
export const ParkedMessageSchema = z.object({
  id: IdSchema,
  channel: z.enum(['email', 'text']),
  recipient: z.string(),
  queuedAt: TimestampSchema,
  parkedAt: TimestampSchema,
  attempts: z.number().int(),
  /** Why the last try failed, with any address in it taken out. */
  lastError: z.string().nullable(),
});
export type ParkedMessage = z.infer<typeof ParkedMessageSchema>;
export const ParkedMessageListResponseSchema = z.object({ messages: z.array(ParkedMessageSchema) });
export const ParkedMessageParamsSchema = z.object({ messageId: IdSchema });
export const RetryParkedMessagesResponseSchema = z.object({ requeued: z.number().int() });

// --- development mail outbox --------------------------------------------------------------------

export const OutboxMessageSchema = z.object({
  id: IdSchema,
  /** An email, or a text message (SMS) to a phone number. */
  channel: z.enum(['email', 'text']),
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: TimestampSchema,
  sentAt: TimestampSchema.nullable(),
  /** News held for the day's one message: it never goes itself; the message gathering it does. */
  heldForDailyNews: z.boolean(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;

/** The link in every news message: no sign-in, and an unknown link is simply not found. */
export const NewsTokenParamsSchema = z.object({ token: z.string().min(10).max(200) });
/**
 * Whether the owner of an unsubscribe link gets news, and by which channel. A link in a message sent
 * at once stops that kind of message instead: `stops` says which (being offered places from the
 * waiting list of the activity `what`), and `receivingNews` whether it still comes.
 */
/** What a one-click link in a message sent at once can stop: places offered from a waiting list. */
export const StopKindSchema = z.enum(['waiting-list']);
export type StopKind = z.infer<typeof StopKindSchema>;
export const NewsPreferenceSchema = z.object({
  channel: z.enum(['email', 'text']),
  receivingNews: z.boolean(),
  stops: z.object({ kind: StopKindSchema, what: z.string() }).optional(),
});
export type NewsPreference = z.infer<typeof NewsPreferenceSchema>;
export const OutboxResponseSchema = z.object({ messages: z.array(OutboxMessageSchema) });

export const CreateOrganisationRequestSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(2, 'Enter the organisation’s name')
    .max(120, 'Keep the name to 120 characters or fewer'),
});
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequestSchema>;

// --- lived-experience involvement (DESIGN "people") ---------------------------------------------

const Text = (max: number, required?: string) =>
  required
    ? z.string().trim().min(1, required).max(max, `Keep this to ${max} characters or fewer`)
    : z.string().trim().max(max, `Keep this to ${max} characters or fewer`);

export const TRAINING_KINDS = [
  'peer_support',
  'lived_experience_leadership',
  'story_collection',
  'safeguarding',
  'boundaries',
  'other',
] as const;
export const TrainingKindSchema = z.enum(TRAINING_KINDS);
export type TrainingKind = z.infer<typeof TrainingKindSchema>;
export const TRAINING_KIND_NAMES: Record<TrainingKind, string> = {
  peer_support: 'Peer support',
  lived_experience_leadership: 'Lived-experience leadership',
  story_collection: 'Story collection',
  safeguarding: 'Safeguarding',
  boundaries: 'Boundaries',
  other: 'Other',
};

export const INVOLVEMENT_ROLES = [
  'coproduction_group_member',
  'board_or_committee_member',
  'interview_panel_member',
  'peer_supporter',
  'peer_educator',
  'peer_researcher',
  'table_host',
  'ambassador',
  'other',
] as const;
export const InvolvementRoleSchema = z.enum(INVOLVEMENT_ROLES);
export type InvolvementRole = z.infer<typeof InvolvementRoleSchema>;
export const INVOLVEMENT_ROLE_NAMES: Record<InvolvementRole, string> = {
  coproduction_group_member: 'Group member',
  board_or_committee_member: 'Board or committee member',
  interview_panel_member: 'Interview panel member',
  peer_supporter: 'Peer supporter',
  peer_educator: 'Peer educator',
  peer_researcher: 'Peer researcher',
  table_host: 'Table host',
  ambassador: 'Ambassador',
  other: 'Other',
};

export { PAYMENT_CHOICES };
export const InvolvementPaymentChoiceSchema = z
  .enum(PAYMENT_CHOICES)
  .describe(`How the person is paid. ${VOUCHER_WARNING}`);
export type InvolvementPaymentChoice = z.infer<typeof InvolvementPaymentChoiceSchema>;

export const PersonParamsSchema = z.object({ personId: IdSchema });
export const TrainingParamsSchema = z.object({ trainingId: IdSchema });
export const InvolvementEntryParamsSchema = z.object({ entryId: IdSchema });
export const OpportunityParamsSchema = z.object({ opportunityId: IdSchema });

/** The fields of a training record, without defaults: create and edit both build on them. */
const TrainingFieldsSchema = z.strictObject({
  kind: TrainingKindSchema,
  title: Text(200, 'Give the course a title'),
  provider: Text(200, 'Say who ran the course'),
  completedOn: DateSchema,
  refreshDueOn: DateSchema.nullable(),
  certificateNote: Text(1000),
});

const REFRESH_AFTER_COMPLETION = 'The refresh date must come after the course was completed';
const NOTHING_TO_CHANGE = 'Send at least one field to change';

export const CreateTrainingRequestSchema = z
  .strictObject({
    ...TrainingFieldsSchema.shape,
    refreshDueOn: DateSchema.nullable().default(null),
    certificateNote: Text(1000).default(''),
  })
  .refine((t) => t.refreshDueOn === null || t.refreshDueOn > t.completedOn, {
    path: ['refreshDueOn'],
    message: REFRESH_AFTER_COMPLETION,
  });
export type CreateTrainingRequest = z.input<typeof CreateTrainingRequestSchema>;
export type CreateTrainingInput = z.output<typeof CreateTrainingRequestSchema>;

/**
 * Changes to a training record: any of its fields, at least one. When both dates are sent they are
 * checked together here; against the stored record, the service checks them again.
 */
export const UpdateTrainingRequestSchema = TrainingFieldsSchema.partial()
  .refine((t) => Object.values(t).some((value) => value !== undefined), { message: NOTHING_TO_CHANGE })
  .refine(
    (t) =>
      t.refreshDueOn === undefined ||
      t.refreshDueOn === null ||
      t.completedOn === undefined ||
      t.refreshDueOn > t.completedOn,
    { path: ['refreshDueOn'], message: REFRESH_AFTER_COMPLETION },
  );
export type UpdateTrainingRequest = z.input<typeof UpdateTrainingRequestSchema>;
export type UpdateTrainingInput = z.output<typeof UpdateTrainingRequestSchema>;
export { REFRESH_AFTER_COMPLETION };

export const TrainingRecordSchema = z.object({
  id: IdSchema,
  personId: IdSchema,
  kind: TrainingKindSchema,
  title: z.string(),
  provider: z.string(),
  completedOn: DateSchema,
  refreshDueOn: DateSchema.nullable(),
  certificateNote: z.string(),
  createdAt: TimestampSchema,
});
export type TrainingRecord = z.infer<typeof TrainingRecordSchema>;
export const TrainingListResponseSchema = z.object({ training: z.array(TrainingRecordSchema) });

/** Hours in quarters or finer, up to a whole day; stored to two decimal places. */
const HoursSchema = z
  .number()
  .min(0, 'Hours cannot be negative')
  .max(24, 'Hours for one entry must be 24 or fewer')
  .refine((h) => Math.abs(h * 100 - Math.round(h * 100)) < 1e-6, 'Give hours to two decimal places at most');

const ExpensesPenceSchema = z
  .number()
  .int('Give expenses in whole pence')
  .min(0, 'Expenses cannot be negative')
  .max(100_000, 'Expenses must be £1,000 or less');

/** What a coordinator may change on a log entry: everything but who it is for. */
const InvolvementEntryFieldsSchema = z.strictObject({
  occurredOn: DateSchema,
  activity: Text(500, 'Say what the person did'),
  role: InvolvementRoleSchema,
  hours: HoursSchema,
  expensesPence: ExpensesPenceSchema,
  paymentChoice: InvolvementPaymentChoiceSchema,
});

export const CreateInvolvementEntryRequestSchema = z.strictObject({
  personId: IdSchema,
  ...InvolvementEntryFieldsSchema.shape,
  expensesPence: ExpensesPenceSchema.default(0),
  paymentChoice: InvolvementPaymentChoiceSchema.default('declined'),
});
export type CreateInvolvementEntryRequest = z.input<typeof CreateInvolvementEntryRequestSchema>;
export type CreateInvolvementEntryInput = z.output<typeof CreateInvolvementEntryRequestSchema>;

/** Changes to a log entry: any of its fields, at least one. To change who it is for, delete it and add another. */
export const UpdateInvolvementEntryRequestSchema = InvolvementEntryFieldsSchema.partial().refine(
  (e) => Object.values(e).some((value) => value !== undefined),
  { message: NOTHING_TO_CHANGE },
);
export type UpdateInvolvementEntryRequest = z.input<typeof UpdateInvolvementEntryRequestSchema>;
export type UpdateInvolvementEntryInput = z.output<typeof UpdateInvolvementEntryRequestSchema>;

export const InvolvementEntrySchema = z.object({
  id: IdSchema,
  personId: IdSchema.nullable(),
  personName: z.string(),
  organisationId: IdSchema,
  organisationName: z.string(),
  occurredOn: DateSchema,
  activity: z.string(),
  role: InvolvementRoleSchema,
  hours: z.number(),
  expensesPence: z.number().int(),
  paymentChoice: InvolvementPaymentChoiceSchema,
  /** Where the entry came from when another part of Cairn wrote it, e.g. a co-production meeting. */
  source: z.string().nullable(),
  sourceId: IdSchema.nullable(),
});
export type InvolvementEntry = z.infer<typeof InvolvementEntrySchema>;

export const InvolvementEntryResponseSchema = z.object({
  entry: InvolvementEntrySchema,
  /** Always VOUCHER_WARNING: every answer that shows a payment choice carries it. */
  paymentWarning: z.string(),
});

export const InvolvementRangeQuerySchema = z
  .object({ from: DateSchema, to: DateSchema })
  .refine((q) => q.from <= q.to, {
    path: ['to'],
    message: 'The end date must be on or after the start date',
  });

export const InvolvementLogResponseSchema = z.object({
  entries: z.array(InvolvementEntrySchema),
  paymentWarning: z.string(),
});

export const HoursByRoleSchema = z.object({
  role: InvolvementRoleSchema,
  label: z.string(),
  hours: z.number(),
});

export const MyInvolvementResponseSchema = z.object({
  person: z.object({ id: IdSchema, displayName: z.string() }),
  roles: z.array(z.object({ organisationName: z.string(), role: RoleSchema, since: TimestampSchema })),
  hours: z.object({
    total: z.number(),
    byRole: z.array(HoursByRoleSchema),
    byRoleAndYear: z.array(HoursByRoleSchema.extend({ year: z.number().int() })),
  }),
  entries: z.array(InvolvementEntrySchema),
  training: z.array(TrainingRecordSchema),
  paymentWarning: z.string(),
});
export type MyInvolvementResponse = z.infer<typeof MyInvolvementResponseSchema>;

export const CreateOpportunityRequestSchema = z.strictObject({
  organisationId: IdSchema,
  title: Text(200, 'Give the opportunity a title'),
  role: InvolvementRoleSchema,
  description: Text(5000, 'Describe the opportunity'),
  /** Hours and commitment in words: "two hours a month for a year". */
  commitment: Text(300, 'Say how much time it takes'),
  closesOn: DateSchema,
});
export type CreateOpportunityRequest = z.input<typeof CreateOpportunityRequestSchema>;

export const OpportunitySchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  organisationName: z.string(),
  title: z.string(),
  role: InvolvementRoleSchema,
  description: z.string(),
  commitment: z.string(),
  closesOn: DateSchema,
  open: z.boolean(),
  /** Whether the signed-in person has expressed interest. */
  interested: z.boolean(),
  /** How many have expressed interest: shown to the organisation's coordinators only, otherwise 0. */
  interestCount: z.number().int(),
  mayCoordinate: z.boolean(),
});
export type Opportunity = z.infer<typeof OpportunitySchema>;
export const OpportunityListResponseSchema = z.object({ opportunities: z.array(OpportunitySchema) });

export const OpportunityInterestRequestSchema = z.strictObject({ note: Text(1000).default('') });

export const OpportunityInterestsResponseSchema = z.object({
  interests: z.array(
    z.object({
      person: z.object({ id: IdSchema, displayName: z.string() }),
      email: z.string(),
      note: z.string(),
      createdAt: TimestampSchema,
    }),
  ),
});
