import { z } from 'zod';
import { ACTIVITY_KINDS, FREQUENCIES } from './activities.values.js';
import { IdSchema, PostcodeDistrictSchema, TimestampSchema } from './common.js';

export * from './activities.values.js';

// --- shared -------------------------------------------------------------------------------------

export const DateSchema = z.iso.date({ message: 'Enter a date like 2027-03-02' });

const Text = (max: number, required?: string) =>
  required
    ? z.string().trim().min(1, required).max(max, `Keep this to ${max} characters or fewer`)
    : z.string().trim().max(max, `Keep this to ${max} characters or fewer`);

export const OrganisationParamsSchema = z.object({ organisationId: IdSchema });
export const ProposalParamsSchema = z.object({ proposalId: IdSchema });
export const ActivityParamsSchema = z.object({ activityId: IdSchema });
export const OccurrenceParamsSchema = z.object({ occurrenceId: IdSchema });
export const RoleParamsSchema = z.object({ roleId: IdSchema });
export const ApplicationParamsSchema = z.object({ applicationId: IdSchema });
export const PartnerParamsSchema = z.object({ partnerId: IdSchema });
export const FeedTokenParamsSchema = z.object({ token: z.string().regex(/^[A-Za-z0-9_-]{20,100}$/) });

export const ActivityKindSchema = z.enum(ACTIVITY_KINDS);

/** All times are wall-clock times in Europe/London, the zone of every calendar date in Cairn. */
export { CALENDAR_TIME_ZONE as TIME_ZONE } from './calendar.js';

// --- proposals ----------------------------------------------------------------------------------

export const PROPOSAL_STATUSES = ['open', 'accepted', 'not_now', 'declined'] as const;
export const RESPONSES = ['accepted', 'not_now', 'declined'] as const;

export const CreateProposalRequestSchema = z.strictObject({
  organisationId: IdSchema,
  title: Text(120, 'Give the activity a name'),
  description: Text(2000).default(''),
  kind: ActivityKindSchema.default('other'),
});

/** A schedule: the first date, the wall-clock start time in Europe/London, how often, until when. */
export const ScheduleSchema = z
  .strictObject({
    startsOn: DateSchema,
    startTime: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'Enter a time like 18:00'),
    durationMinutes: z
      .number()
      .int('Give whole minutes')
      .min(5, 'An activity lasts at least 5 minutes')
      .max(720, 'An activity lasts 12 hours or less'),
    frequency: z.enum(FREQUENCIES).default('once'),
    /** The last date an occurrence may fall on; needed for repeating activities. */
    endsOn: DateSchema.nullable().default(null),
  })
  .superRefine((s, ctx) => {
    if (s.frequency !== 'once' && !s.endsOn) {
      ctx.addIssue({ code: 'custom', path: ['endsOn'], message: 'Say when a repeating activity ends' });
    }
    if (s.endsOn && s.endsOn < s.startsOn) {
      ctx.addIssue({
        code: 'custom',
        path: ['endsOn'],
        message: 'The end date must be after the start date',
      });
    }
  });

const ActivityTitle = Text(120, 'Give the activity a name');
const Capacity = z
  .number({ message: 'Give the number of places as a whole number' })
  .int('Give a whole number')
  .min(1, 'Allow at least one place')
  .max(1000, 'Allow 1000 places or fewer');

export const ActivityFieldsSchema = z.strictObject({
  title: ActivityTitle,
  description: Text(4000).default(''),
  kind: ActivityKindSchema,
  venue: Text(300).default(''),
  accessInformation: Text(2000).default(''),
  capacity: Capacity,
  /** Shown in the public programme and the organisation's public calendar. */
  isPublic: z.boolean().default(true),
  schedule: ScheduleSchema,
});

export const CreateActivityRequestSchema = ActivityFieldsSchema.extend({ organisationId: IdSchema });

/**
 * Changes to an activity: any of these, at least one. Written out field by field (not `.partial()` of
 * the create schema, whose defaults would fill in what was left out and overwrite it). The schedule
 * is not here: single sessions are cancelled one by one.
 */
export const UpdateActivityRequestSchema = z
  .strictObject({
    title: ActivityTitle.optional(),
    description: Text(4000).optional(),
    kind: ActivityKindSchema.optional(),
    venue: Text(300).optional(),
    accessInformation: Text(2000).optional(),
    /** Raising it books people from the front of each waiting list; lowering it never removes anyone. */
    capacity: Capacity.optional(),
    isPublic: z.boolean().optional(),
  })
  .refine((body) => Object.values(body).some((value) => value !== undefined), {
    message:
      'Say what to change: the name, description, kind, venue, access information, places or who can see it',
  });
export type UpdateActivityRequest = z.input<typeof UpdateActivityRequestSchema>;

export const RespondToProposalRequestSchema = z
  .strictObject({
    response: z.enum(RESPONSES),
    reason: Text(2000, 'Give a reason everyone can read'),
    /** Needed when accepting: the activity the proposal becomes. */
    activity: ActivityFieldsSchema.partial({ title: true, kind: true }).optional(),
  })
  .superRefine((r, ctx) => {
    if (r.response === 'accepted' && !r.activity) {
      ctx.addIssue({
        code: 'custom',
        path: ['activity'],
        message: 'Give the schedule of the accepted activity',
      });
    }
  });

export const ProposalSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  title: z.string(),
  description: z.string(),
  kind: ActivityKindSchema,
  proposedBy: z.string(),
  status: z.enum(PROPOSAL_STATUSES),
  supporters: z.number().int(),
  supportedByMe: z.boolean(),
  response: z
    .object({ reason: z.string(), respondedAt: TimestampSchema, activityId: IdSchema.nullable() })
    .nullable(),
  createdAt: TimestampSchema,
});
export type Proposal = z.infer<typeof ProposalSchema>;
export const ProposalListSchema = z.object({ proposals: z.array(ProposalSchema) });

// --- programme ----------------------------------------------------------------------------------

export const OccurrenceSchema = z.object({
  id: IdSchema,
  activityId: IdSchema,
  startsAt: TimestampSchema,
  endsAt: TimestampSchema,
  cancelled: z.boolean(),
  cancelReason: z.string().nullable(),
  booked: z.number().int(),
  waiting: z.number().int(),
  placesLeft: z.number().int(),
});
export type Occurrence = z.infer<typeof OccurrenceSchema>;

export const ActivitySchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  title: z.string(),
  description: z.string(),
  kind: ActivityKindSchema,
  venue: z.string(),
  accessInformation: z.string(),
  capacity: z.number().int(),
  isPublic: z.boolean(),
  frequency: z.enum(FREQUENCIES),
  startTime: z.string(),
  timeZone: z.string(),
  occurrences: z.array(OccurrenceSchema),
});
export type Activity = z.infer<typeof ActivitySchema>;
export const ActivityListSchema = z.object({ activities: z.array(ActivitySchema) });

export const PublicProgrammeSchema = z.object({
  organisation: z.object({ id: IdSchema, name: z.string() }),
  activities: z.array(ActivitySchema),
});

export const SIGN_UP_STATUSES = ['booked', 'waiting', 'cancelled'] as const;

export const SignUpSchema = z.object({
  id: IdSchema,
  occurrenceId: IdSchema,
  activityId: IdSchema,
  title: z.string(),
  startsAt: TimestampSchema,
  status: z.enum(SIGN_UP_STATUSES),
  /** 1 for the first person waiting; null unless waiting. */
  waitingPosition: z.number().int().nullable(),
  attended: z.boolean().nullable(),
});
export type SignUp = z.infer<typeof SignUpSchema>;
export const SignUpListSchema = z.object({ signUps: z.array(SignUpSchema) });

export const RosterSchema = z.object({
  occurrenceId: IdSchema,
  people: z.array(
    z.object({
      personId: IdSchema,
      displayName: z.string(),
      status: z.enum(SIGN_UP_STATUSES),
      waitingPosition: z.number().int().nullable(),
      attended: z.boolean().nullable(),
    }),
  ),
});
export type Roster = z.infer<typeof RosterSchema>;

export const CancelOccurrenceRequestSchema = z.strictObject({
  reason: Text(500, 'Say why, so the people signed up know'),
});
export const AttendanceRequestSchema = z.strictObject({
  /** Everyone booked who came; the others booked are marked as not attending. */
  attendedPersonIds: z.array(IdSchema).max(1000),
});

export const FeedLinkSchema = z.object({ url: z.string(), path: z.string() });

// --- social enterprise roles --------------------------------------------------------------------

export const ROLE_KINDS = ['work_placement', 'volunteering'] as const;
export const APPLICATION_STATUSES = ['applied', 'accepted', 'declined'] as const;
export const PAYMENT_CHOICES = ['cash', 'voucher', 'declined'] as const;

const HOURS_PER_WEEK = 'Enter a number of hours from 0 to 60';
export const CreateRoleRequestSchema = z.strictObject({
  organisationId: IdSchema,
  title: Text(120, 'Give the role a name'),
  description: Text(4000).default(''),
  kind: z.enum(ROLE_KINDS),
  hoursPerWeek: z
    .number({ message: HOURS_PER_WEEK })
    .min(0, HOURS_PER_WEEK)
    .max(60, HOURS_PER_WEEK)
    .nullable()
    .default(null),
});
export const RoleSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  title: z.string(),
  description: z.string(),
  kind: z.enum(ROLE_KINDS),
  hoursPerWeek: z.number().nullable(),
  appliedByMe: z.boolean(),
});
export type Role = z.infer<typeof RoleSchema>;
export const RoleListSchema = z.object({ roles: z.array(RoleSchema) });

export const ApplyRequestSchema = z.strictObject({ message: Text(2000).default('') });
export const ApplicationSchema = z.object({
  id: IdSchema,
  roleId: IdSchema,
  personId: IdSchema,
  displayName: z.string(),
  message: z.string(),
  status: z.enum(APPLICATION_STATUSES),
  createdAt: TimestampSchema,
});
export type Application = z.infer<typeof ApplicationSchema>;
export const ApplicationListSchema = z.object({ applications: z.array(ApplicationSchema) });
export const DecideApplicationRequestSchema = z.strictObject({ status: z.enum(['accepted', 'declined']) });
export const RecordHoursRequestSchema = z.strictObject({
  occurredOn: DateSchema,
  hours: z
    .number()
    .min(0.25, 'Record at least a quarter of an hour')
    .max(24, 'Hours for one day must be 24 or fewer'),
  expensesPence: z
    .number({ message: 'Enter expenses in pounds and pence, like 4.50' })
    .int('Give expenses in whole pence')
    .min(0, 'Expenses cannot be negative')
    .max(100_000, 'Expenses must be £1,000 or less')
    .default(0),
  paymentChoice: z.enum(PAYMENT_CHOICES).default('declined'),
});
export const RecordedHoursSchema = z.object({ involvementEntryId: IdSchema });

// --- partners and signposting -------------------------------------------------------------------

export const PARTNER_KINDS = ['local_organisation', 'health_service', 'council_team', 'other'] as const;
export const CreatePartnerRequestSchema = z.strictObject({
  organisationId: IdSchema,
  name: Text(200, 'Give the partner’s name'),
  kind: z.enum(PARTNER_KINDS),
  offers: Text(4000, 'Say what they offer'),
  contact: Text(500).default(''),
  website: z
    .url({ message: 'Enter a web address starting with https://, like https://example.org' })
    .nullable()
    .default(null),
});
export const PartnerSchema = z.object({
  id: IdSchema,
  organisationId: IdSchema,
  name: z.string(),
  kind: z.enum(PARTNER_KINDS),
  offers: z.string(),
  contact: z.string(),
  website: z.string().nullable(),
});
export type Partner = z.infer<typeof PartnerSchema>;
export const PartnerListSchema = z.object({ partners: z.array(PartnerSchema) });

export const SignpostRequestSchema = z.strictObject({
  personId: IdSchema,
  /** The member agreed to be referred; without it nothing is recorded. */
  consent: z.boolean(),
  note: Text(1000).default(''),
});
export const SignpostPeopleSchema = z.object({
  people: z.array(z.object({ personId: IdSchema, displayName: z.string() })),
});
export const SignpostSchema = z.object({
  id: IdSchema,
  partnerId: IdSchema,
  personId: IdSchema,
  consent: z.boolean(),
  note: z.string(),
  createdAt: TimestampSchema,
});

// --- outreach -----------------------------------------------------------------------------------

/** The outward part of a UK postcode (shared with café joins, so it lives in common). */
export { PostcodeDistrictSchema };

export const OutreachTargetsRequestSchema = z.strictObject({
  areas: z.array(PostcodeDistrictSchema).max(200),
  communities: z.array(Text(120, 'Describe the community')).max(200),
});
export const OutreachTargetsSchema = z.object({
  areas: z.array(z.string()),
  communities: z.array(z.string()),
});

export const OutreachProfileRequestSchema = z.strictObject({
  postcodeDistrict: PostcodeDistrictSchema.nullable().default(null),
  community: Text(120).nullable().default(null),
});
export const OutreachProfileSchema = z.object({
  postcodeDistrict: z.string().nullable(),
  community: z.string().nullable(),
});

export const SUPPRESSION_THRESHOLD = 5;
export const FEWER_THAN_5 = 'fewer than 5';

/** A count that is null (with a note) when fewer than 5, or when it would let one be worked out. */
export const CountSchema = z.object({
  value: z.number().int().nullable(),
  suppressed: z.literal(FEWER_THAN_5).nullable(),
});
export type Count = z.infer<typeof CountSchema>;

export const ReachRowSchema = z.object({
  /** A postcode district or a community; null is "not given". */
  label: z.string().nullable(),
  isTarget: z.boolean(),
  people: CountSchema,
  signUps: CountSchema,
  /** Places taken at the organisation's cafés. */
  cafeParticipants: CountSchema,
  /** Stories told to the organisation (submitted, not drafts or withdrawn ones). */
  stories: CountSchema,
});
/** The columns of a reach table, each suppressed on its own. */
export const REACH_COLUMNS = ['people', 'signUps', 'cafeParticipants', 'stories'] as const;
export type ReachColumn = (typeof REACH_COLUMNS)[number];
export const ReachTableSchema = z.object({
  rows: z.array(ReachRowSchema),
  total: z.object({
    people: CountSchema,
    signUps: CountSchema,
    cafeParticipants: CountSchema,
    stories: CountSchema,
  }),
});
export const ReachSchema = z.object({
  organisationId: IdSchema,
  byArea: ReachTableSchema,
  byCommunity: ReachTableSchema,
  /** What is and is not counted, in plain words. */
  notes: z.array(z.string()),
});
export type Reach = z.infer<typeof ReachSchema>;
