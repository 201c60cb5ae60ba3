import { z } from 'zod';
import { EmailSchema, IdSchema, TimestampSchema } from './common.js';

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

export const PASSWORD_MIN_LENGTH = 10;
export const PasswordSchema = z
  .string()
  .min(PASSWORD_MIN_LENGTH, `Your password must be at least ${PASSWORD_MIN_LENGTH} characters long`)
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
  person: z.object({ id: IdSchema, email: z.string(), displayName: z.string() }),
  partnership: z.object({ id: IdSchema, name: z.string() }).nullable(),
  memberships: z.array(MembershipSchema),
  roles: z.array(RoleSchema),
});
export type MeResponse = z.infer<typeof MeResponseSchema>;

export const UpdateProfileRequestSchema = z.strictObject({ displayName: DisplayNameSchema });
export type UpdateProfileRequest = z.infer<typeof UpdateProfileRequestSchema>;

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

// --- organisations, members, invitations --------------------------------------------------------

export const OrganisationSchema = z.object({ id: IdSchema, name: z.string(), partnershipId: IdSchema });
export type Organisation = z.infer<typeof OrganisationSchema>;
export const OrganisationListResponseSchema = z.object({ organisations: z.array(OrganisationSchema) });

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

// --- development mail outbox --------------------------------------------------------------------

export const OutboxMessageSchema = z.object({
  id: IdSchema,
  to: z.string(),
  subject: z.string(),
  text: z.string(),
  createdAt: TimestampSchema,
  sentAt: TimestampSchema.nullable(),
});
export type OutboxMessage = z.infer<typeof OutboxMessageSchema>;
export const OutboxResponseSchema = z.object({ messages: z.array(OutboxMessageSchema) });

export const CreateOrganisationRequestSchema = z.strictObject({
  name: z
    .string()
    .trim()
    .min(2, 'Enter the organisation’s name')
    .max(120, 'Keep the name to 120 characters or fewer'),
});
export type CreateOrganisationRequest = z.infer<typeof CreateOrganisationRequestSchema>;
