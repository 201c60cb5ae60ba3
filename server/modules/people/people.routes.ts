import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OkSchema } from '../../../contracts/common.js';
import {
  AcceptInvitationRequestSchema,
  ActionErasureRequestSchema,
  AuditListResponseSchema,
  AuditQuerySchema,
  ChangePasswordRequestSchema,
  ChangeRoleRequestSchema,
  CreateErasureRequestSchema,
  CreateInvitationRequestSchema,
  CreateOrganisationRequestSchema,
  CreateInvitationResponseSchema,
  ErasureRequestListResponseSchema,
  ErasureRequestParamsSchema,
  ErasureRequestSchema,
  InvitationResponseSchema,
  InvitationTokenParamsSchema,
  MemberSchema,
  MembershipParamsSchema,
  MembersResponseSchema,
  MeResponseSchema,
  MyErasureRequestsResponseSchema,
  OrganisationListResponseSchema,
  OrganisationParamsSchema,
  OrganisationSchema,
  OutboxResponseSchema,
  UpdateProfileRequestSchema,
} from '../../../contracts/people.js';
import { authEndpoints } from '../../../contracts/people.endpoints.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { findOutboxMessages } from '../../kernel/mail.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findAuditLog } from './audit-log.js';
import {
  actionErasureRequest,
  findErasureRequests,
  findMyErasureRequests,
  requestErasure,
} from './erasure-requests.js';
import { acceptInvitation, getInvitation, inviteToOrganisation } from './invitations.js';
import { getMe } from './me.js';
import { changeMembershipRole, removeMembership } from './memberships.js';
import { changePassword, updateProfile } from './my-account.js';
import { createOrganisation, findOrganisations, getMembers } from './organisations.js';
import { completePasswordReset, requestPasswordReset } from './password-reset.js';
import { exportMyData } from './personal-data.js';
import { signIn, signOut } from './sign-in.js';

const problems = PROBLEM_RESPONSES;

const SIGN_IN_ATTEMPTS = 10;

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

/** Rate limit key for sign-in and reset: per address and per email, so one person cannot lock out another. */
function attemptKey(request: FastifyRequest): string {
  const body = request.body as { email?: unknown } | undefined;
  const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
  return `${request.ip}|${email}`;
}

const attemptLimit = {
  rateLimit: {
    max: SIGN_IN_ATTEMPTS,
    timeWindow: '10 minutes',
    hook: 'preHandler' as const,
    keyGenerator: attemptKey,
    errorResponseBuilder: (_request: FastifyRequest, limit: { after: string }) =>
      new AppError('rate_limited', `Too many attempts. Wait ${limit.after} and try again.`),
  },
};

export function registerPeopleRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- auth ---
  const authOptions = { tags: ['auth'] };
  const limited = { ...authOptions, config: attemptLimit };
  registerEndpoint(scope, authEndpoints.signIn, ({ reply, body }) => signIn(context, reply, body), limited);
  registerEndpoint(
    scope,
    authEndpoints.signOut,
    async ({ request, reply }) => {
      await signOut(context, request, reply);
      return { ok: true as const };
    },
    authOptions,
  );
  registerEndpoint(
    scope,
    authEndpoints.requestPasswordReset,
    async ({ body }) => {
      await requestPasswordReset(context, body.email);
      return { ok: true as const };
    },
    limited,
  );
  registerEndpoint(
    scope,
    authEndpoints.completePasswordReset,
    async ({ body }) => {
      await completePasswordReset(context, body);
      return { ok: true as const };
    },
    limited,
  );

  // --- me ---
  app.get(
    '/me',
    { schema: { tags: ['me'], response: { 200: MeResponseSchema, ...problems } } },
    async (request) => getMe(context, request.actor),
  );
  app.patch(
    '/me',
    {
      schema: {
        tags: ['me'],
        body: UpdateProfileRequestSchema,
        response: { 200: MeResponseSchema, ...problems },
      },
    },
    async (request) => updateProfile(context, request.actor, request.body),
  );
  app.post(
    '/me/password',
    { schema: { tags: ['me'], body: ChangePasswordRequestSchema, response: { 200: OkSchema, ...problems } } },
    async (request) => {
      await changePassword(context, request, request.body);
      return { ok: true as const };
    },
  );
  app.get(
    '/me/data',
    { schema: { tags: ['me'], response: { 200: z.record(z.string(), z.unknown()), ...problems } } },
    async (request, reply) => {
      const data = await exportMyData(context, request.actor);
      const date = new Date().toISOString().slice(0, 10);
      void reply.header('content-disposition', `attachment; filename="cairn-my-data-${date}.json"`);
      return data;
    },
  );
  app.get(
    '/me/erasure-requests',
    { schema: { tags: ['me'], response: { 200: MyErasureRequestsResponseSchema, ...problems } } },
    async (request) => ({ requests: await findMyErasureRequests(context, request.actor) }),
  );
  app.post(
    '/me/erasure-requests',
    {
      schema: {
        tags: ['me'],
        body: CreateErasureRequestSchema,
        response: { 201: ErasureRequestSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await requestErasure(context, request.actor, request.body.reason)),
  );

  // --- organisations and members ---
  app.get(
    '/organisations',
    { schema: { tags: ['organisations'], response: { 200: OrganisationListResponseSchema, ...problems } } },
    async (request) => ({ organisations: await findOrganisations(context, request.actor) }),
  );
  app.post(
    '/organisations',
    {
      schema: {
        tags: ['organisations'],
        body: CreateOrganisationRequestSchema,
        response: { 201: OrganisationSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createOrganisation(context, request.actor, request.body.name)),
  );
  app.get(
    '/organisations/:organisationId/members',
    {
      schema: {
        tags: ['organisations'],
        params: OrganisationParamsSchema,
        response: { 200: MembersResponseSchema, ...problems },
      },
    },
    async (request) => getMembers(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/organisations/:organisationId/invitations',
    {
      schema: {
        tags: ['organisations'],
        params: OrganisationParamsSchema,
        body: CreateInvitationRequestSchema,
        response: { 201: CreateInvitationResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await inviteToOrganisation(context, request.actor, request.params.organisationId, request.body),
        ),
  );
  app.get(
    '/invitations/:token',
    {
      schema: {
        tags: ['invitations'],
        params: InvitationTokenParamsSchema,
        response: { 200: InvitationResponseSchema, ...problems },
      },
    },
    async (request) => getInvitation(context, request.params.token),
  );
  app.post(
    '/invitations/:token/accept',
    {
      schema: {
        tags: ['invitations'],
        params: InvitationTokenParamsSchema,
        body: AcceptInvitationRequestSchema,
        response: { 200: MeResponseSchema, ...problems },
      },
    },
    async (request, reply) => acceptInvitation(context, request, reply, request.params.token, request.body),
  );
  app.patch(
    '/memberships/:membershipId',
    {
      schema: {
        tags: ['organisations'],
        params: MembershipParamsSchema,
        body: ChangeRoleRequestSchema,
        response: { 200: MemberSchema, ...problems },
      },
    },
    async (request) =>
      changeMembershipRole(context, request.actor, request.params.membershipId, request.body.role),
  );
  app.delete(
    '/memberships/:membershipId',
    {
      schema: {
        tags: ['organisations'],
        params: MembershipParamsSchema,
        response: { 200: OkSchema, ...problems },
      },
    },
    async (request) => {
      await removeMembership(context, request.actor, request.params.membershipId);
      return { ok: true as const };
    },
  );

  // --- partnership admin ---
  app.get(
    '/admin/erasure-requests',
    { schema: { tags: ['admin'], response: { 200: ErasureRequestListResponseSchema, ...problems } } },
    async (request) => ({ requests: await findErasureRequests(context, request.actor) }),
  );
  app.post(
    '/admin/erasure-requests/:requestId',
    {
      schema: {
        tags: ['admin'],
        params: ErasureRequestParamsSchema,
        body: ActionErasureRequestSchema,
        response: { 200: ErasureRequestSchema, ...problems },
      },
    },
    async (request) => actionErasureRequest(context, request.actor, request.params.requestId, request.body),
  );
  app.get(
    '/admin/audit',
    {
      schema: {
        tags: ['admin'],
        querystring: AuditQuerySchema,
        response: { 200: AuditListResponseSchema, ...problems },
      },
    },
    async (request) => ({ events: await findAuditLog(context, request.actor, request.query) }),
  );

  // --- development mail outbox (off in production) ---
  app.get(
    '/dev/outbox',
    { schema: { tags: ['development'], response: { 200: OutboxResponseSchema, ...problems } } },
    async (request) => {
      // Reset and invitation links are in here: only a developer on this machine may read them.
      if (!context.config.devOutbox || !isLoopback(request.socket.remoteAddress)) {
        throw notFound('The development outbox');
      }
      const rows = await findOutboxMessages(context.db);
      return {
        messages: rows.map((m) => ({
          id: m.id,
          channel: m.channel,
          to: m.to,
          subject: m.subject,
          text: m.text,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        })),
      };
    },
  );
}
