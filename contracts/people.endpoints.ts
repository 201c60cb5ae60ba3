import { OkSchema } from './common.js';
import { endpoint } from './endpoint.js';
import {
  AcceptInvitationRequestSchema,
  ActionErasureRequestSchema,
  AuditListResponseSchema,
  AuditQuerySchema,
  ChangePasswordRequestSchema,
  ChangeRoleRequestSchema,
  CreateErasureRequestSchema,
  CreateInvitationRequestSchema,
  CreateInvitationResponseSchema,
  CreateOrganisationRequestSchema,
  ErasureRequestListResponseSchema,
  ErasureRequestParamsSchema,
  ErasureRequestSchema,
  InvitationResponseSchema,
  InvitationTokenParamsSchema,
  LanguagePreferenceRequestSchema,
  MemberSchema,
  MembershipParamsSchema,
  MembersResponseSchema,
  MeResponseSchema,
  MyErasureRequestsResponseSchema,
  NewsPreferenceSchema,
  NewsTokenParamsSchema,
  OrganisationListResponseSchema,
  OrganisationParamsSchema,
  OrganisationSchema,
  PartnershipLanguagesSchema,
  OutboxResponseSchema,
  ParkedMessageListResponseSchema,
  ParkedMessageParamsSchema,
  PasswordResetCompleteRequestSchema,
  PasswordResetRequestSchema,
  PublicPartnershipsResponseSchema,
  RetryParkedMessagesResponseSchema,
  SignInRequestSchema,
  UpdateProfileRequestSchema,
} from './people.js';

/** Signing in and out, and getting back into an account. */
export const authEndpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/api/auth/sign-in',
    access: 'public',
    summary: 'Sign in with email and password; starts a session cookie',
    body: SignInRequestSchema,
    status: 200,
    response: MeResponseSchema,
  }),
  signOut: endpoint({
    method: 'POST',
    path: '/api/auth/sign-out',
    access: 'public',
    summary: 'End this session (a visitor with no session is told ok too)',
    status: 200,
    response: OkSchema,
  }),
  requestPasswordReset: endpoint({
    method: 'POST',
    path: '/api/auth/password-reset',
    access: 'public',
    summary: 'Email a reset link if the address has an account; the answer is the same either way',
    body: PasswordResetRequestSchema,
    status: 202,
    response: OkSchema,
  }),
  completePasswordReset: endpoint({
    method: 'POST',
    path: '/api/auth/password-reset/complete',
    access: 'public',
    summary: 'Choose a new password with a reset link; ends every other session',
    body: PasswordResetCompleteRequestSchema,
    status: 200,
    response: OkSchema,
  }),
};

/**
 * The signed-in person's own account. (`GET /api/me/data`, the download of everything held about
 * them, is a plain route: it answers with a file.)
 */
export const meEndpoints = {
  get: endpoint({
    method: 'GET',
    path: '/api/me',
    access: 'signed-in',
    summary: 'Who is signed in: their partnership, memberships and roles',
    status: 200,
    response: MeResponseSchema,
  }),
  updateProfile: endpoint({
    method: 'PATCH',
    path: '/api/me',
    access: 'signed-in',
    summary: 'Change one’s name or mobile number; a field left out stays as it is',
    body: UpdateProfileRequestSchema,
    status: 200,
    response: MeResponseSchema,
  }),
  chooseLanguage: endpoint({
    method: 'PUT',
    path: '/api/me/language',
    access: 'signed-in',
    summary: 'Choose the language to read Cairn in, on every device; null lets the browser decide again',
    body: LanguagePreferenceRequestSchema,
    status: 200,
    response: MeResponseSchema,
  }),
  changePassword: endpoint({
    method: 'POST',
    path: '/api/me/password',
    access: 'signed-in',
    summary: 'Change one’s password; ends every other session',
    body: ChangePasswordRequestSchema,
    status: 200,
    response: OkSchema,
  }),
};

/** The partnership's organisations, their members and the roles they hold. */
export const organisationEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/organisations',
    access: 'signed-in',
    summary: 'The organisations of the signed-in person’s partnership',
    status: 200,
    response: OrganisationListResponseSchema,
  }),
  public: endpoint({
    method: 'GET',
    path: '/api/public/partnerships',
    access: 'public',
    summary: 'Every partnership and its organisations by name, to link to their public pages',
    status: 200,
    response: PublicPartnershipsResponseSchema,
  }),
  create: endpoint({
    method: 'POST',
    path: '/api/organisations',
    access: 'signed-in',
    summary: 'Add an organisation to the partnership (partnership admins)',
    body: CreateOrganisationRequestSchema,
    status: 201,
    response: OrganisationSchema,
  }),
  members: endpoint({
    method: 'GET',
    path: '/api/organisations/:organisationId/members',
    access: 'signed-in',
    summary: 'An organisation’s members and open invitations (its coordinators)',
    params: OrganisationParamsSchema,
    status: 200,
    response: MembersResponseSchema,
  }),
  changeRole: endpoint({
    method: 'PATCH',
    path: '/api/memberships/:membershipId',
    access: 'signed-in',
    summary: 'Change the role a member holds in an organisation',
    params: MembershipParamsSchema,
    body: ChangeRoleRequestSchema,
    status: 200,
    response: MemberSchema,
  }),
  removeMembership: endpoint({
    method: 'DELETE',
    path: '/api/memberships/:membershipId',
    access: 'signed-in',
    summary: 'Remove a member from an organisation',
    params: MembershipParamsSchema,
    status: 200,
    response: OkSchema,
  }),
};

/** Inviting someone by email to a role, and accepting the link they are sent. */
export const invitationEndpoints = {
  invite: endpoint({
    method: 'POST',
    path: '/api/organisations/:organisationId/invitations',
    access: 'signed-in',
    summary: 'Invite someone by email to a role in an organisation one manages',
    params: OrganisationParamsSchema,
    body: CreateInvitationRequestSchema,
    status: 201,
    response: CreateInvitationResponseSchema,
  }),
  get: endpoint({
    method: 'GET',
    path: '/api/invitations/:token',
    access: 'public',
    summary: 'What an invitation link offers, before it is accepted',
    params: InvitationTokenParamsSchema,
    status: 200,
    response: InvitationResponseSchema,
  }),
  accept: endpoint({
    method: 'POST',
    path: '/api/invitations/:token/accept',
    access: 'public',
    summary:
      'Accept an invitation: someone new chooses a name and password, an account holder signs in first',
    params: InvitationTokenParamsSchema,
    body: AcceptInvitationRequestSchema,
    status: 200,
    response: MeResponseSchema,
  }),
};

/** Asking for one's data to be erased, and a partnership admin actioning it. */
export const erasureEndpoints = {
  mine: endpoint({
    method: 'GET',
    path: '/api/me/erasure-requests',
    access: 'signed-in',
    summary: 'One’s own erasure requests and what became of them',
    status: 200,
    response: MyErasureRequestsResponseSchema,
  }),
  request: endpoint({
    method: 'POST',
    path: '/api/me/erasure-requests',
    access: 'signed-in',
    summary: 'Ask for one’s data to be erased (one open request at a time)',
    body: CreateErasureRequestSchema,
    status: 201,
    response: ErasureRequestSchema,
  }),
  list: endpoint({
    method: 'GET',
    path: '/api/admin/erasure-requests',
    access: 'signed-in',
    summary: 'The partnership’s erasure requests (partnership admins)',
    status: 200,
    response: ErasureRequestListResponseSchema,
  }),
  action: endpoint({
    method: 'POST',
    path: '/api/admin/erasure-requests/:requestId',
    access: 'signed-in',
    summary: 'Complete (erase everywhere) or refuse an erasure request (partnership admins)',
    params: ErasureRequestParamsSchema,
    body: ActionErasureRequestSchema,
    status: 200,
    response: ErasureRequestSchema,
  }),
};

/** The partnership's audit log. */
export const auditEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/admin/audit',
    access: 'signed-in',
    summary: 'The partnership’s audit log, newest first, a page at a time (partnership admins)',
    query: AuditQuerySchema,
    status: 200,
    response: AuditListResponseSchema,
  }),
};

/** Which languages the partnership offers, set by its admins. */
export const partnershipLanguageEndpoints = {
  visitors: endpoint({
    method: 'GET',
    path: '/api/public/languages',
    access: 'public',
    summary: 'The languages offered to someone not signed in: those the partnership chose, English always',
    status: 200,
    response: PartnershipLanguagesSchema,
  }),
  set: endpoint({
    method: 'PUT',
    path: '/api/admin/languages',
    access: 'signed-in',
    summary: 'Choose the languages the partnership offers; English is always one (partnership admins)',
    body: PartnershipLanguagesSchema,
    status: 200,
    response: PartnershipLanguagesSchema,
  }),
};

/** Messages the outbox gave up on, for a partnership admin to send again once the cause is fixed. */
export const parkedMessageEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/admin/parked-messages',
    access: 'signed-in',
    summary: 'Emails and text messages that could not be sent, recipient partly hidden (partnership admins)',
    status: 200,
    response: ParkedMessageListResponseSchema,
  }),
  retry: endpoint({
    method: 'POST',
    path: '/api/admin/parked-messages/:messageId/retry',
    access: 'signed-in',
    summary: 'Put one message that could not be sent back in the queue (partnership admins)',
    params: ParkedMessageParamsSchema,
    status: 200,
    response: RetryParkedMessagesResponseSchema,
  }),
  retryAll: endpoint({
    method: 'POST',
    path: '/api/admin/parked-messages/retry',
    access: 'signed-in',
    summary: 'Put every message that could not be sent back in the queue (partnership admins)',
    status: 200,
    response: RetryParkedMessagesResponseSchema,
  }),
};

/** The development mail outbox: answers 404 in production and to anyone not on this machine. */
/**
 * One-click unsubscribe from the link in every news message, without signing in. Mail programs
 * POST to the same address (RFC 8058), so `stop` also takes a form body and ignores it.
 */
export const newsEndpoints = {
  preference: endpoint({
    method: 'GET',
    path: '/api/unsubscribe/:token',
    access: 'public',
    summary: 'Whether the owner of an unsubscribe link gets news from Cairn',
    params: NewsTokenParamsSchema,
    status: 200,
    response: NewsPreferenceSchema,
  }),
  stop: endpoint({
    method: 'POST',
    path: '/api/unsubscribe/:token',
    access: 'public',
    summary: 'Stop all news to this address (messages that need the person now still go)',
    params: NewsTokenParamsSchema,
    status: 200,
    response: NewsPreferenceSchema,
  }),
  start: endpoint({
    method: 'DELETE',
    path: '/api/unsubscribe/:token',
    access: 'public',
    summary: 'Undo: news goes to this address again, at most one message a day',
    params: NewsTokenParamsSchema,
    status: 200,
    response: NewsPreferenceSchema,
  }),
};

export const devOutboxEndpoints = {
  list: endpoint({
    method: 'GET',
    path: '/api/dev/outbox',
    access: 'public',
    summary: 'Mail and text messages Cairn has queued (development only, this machine only)',
    status: 200,
    response: OutboxResponseSchema,
  }),
};
