import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { MyDataExportSchema } from '../../../contracts/people.js';
import {
  auditEndpoints,
  authEndpoints,
  devOutboxEndpoints,
  erasureEndpoints,
  invitationEndpoints,
  meEndpoints,
  newsEndpoints,
  organisationEndpoints,
  parkedMessageEndpoints,
  partnershipLanguageEndpoints,
} from '../../../contracts/people.endpoints.js';
import { requireActor, signedInOnly } from '../../kernel/access.js';
import { SESSION_COOKIE } from '../../kernel/auth.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import { notFound } from '../../kernel/errors.js';
import { clientNetwork } from '../../kernel/rate-limits.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import { findOutboxMessages } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { countResetCompletion, countResetRequest, withinSignInLimits } from './attempt-limits.js';
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
import { chooseLanguage } from './language-preference.js';
import { setPartnershipLanguages } from './partnership-languages.js';
import { visitorLanguages } from './visitor-languages.js';
import { changePassword, updateProfile } from './my-account.js';
import { createOrganisation, findOrganisations, getMembers } from './organisations.js';
import { listParkedMessages, sendParkedAgain } from './parked-messages.js';
import { completePasswordReset, requestPasswordReset } from './password-reset.js';
import { exportMyData } from './personal-data.js';
import { findPublicPartnerships } from './public-partnerships.js';
import { signIn, signOut } from './sign-in.js';
import { londonToday } from '../../../contracts/calendar.js';

function isLoopback(address: string | undefined): boolean {
  return address === '127.0.0.1' || address === '::1' || address === '::ffff:127.0.0.1';
}

const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Was this request addressed to this machine by a name it answers to? A page on another site can
 * point its own name at 127.0.0.1 (DNS rebinding) and read what loopback serves; its requests still
 * carry its own name in Host, so they are refused.
 */
function addressedToThisMachine(host: string | undefined, publicUrl: string): boolean {
  if (!host) return false;
  const name = host.toLowerCase().replace(/:\d+$/, '');
  return LOOPBACK_NAMES.has(name) || name === new URL(publicUrl).hostname.toLowerCase();
}

export function registerPeopleRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- auth ---
  const authOptions = { tags: ['auth'] };
  registerEndpoint(
    scope,
    authEndpoints.signIn,
    ({ request, reply, body }) =>
      withinSignInLimits(context, clientNetwork(request.ip), body.email, () => signIn(context, reply, body)),
    authOptions,
  );
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
    async ({ request, body }) => {
      await countResetRequest(context, clientNetwork(request.ip), body.email);
      // The answer goes out before the account is even looked up, so it takes as long for an email
      // Cairn knows as for one it does not, and cannot be used to find out who has an account.
      context.background.afterAnswer('A password reset request', () =>
        requestPasswordReset(context, body.email),
      );
      return { ok: true as const };
    },
    authOptions,
  );
  registerEndpoint(
    scope,
    authEndpoints.completePasswordReset,
    async ({ body }) => {
      await countResetCompletion(context, body.token);
      await completePasswordReset(context, body);
      return { ok: true as const };
    },
    authOptions,
  );

  // --- me ---
  const me = { tags: ['me'] };
  registerEndpoint(scope, meEndpoints.get, ({ actor }) => getMe(context, actor), me);
  registerEndpoint(
    scope,
    meEndpoints.updateProfile,
    ({ actor, body }) => updateProfile(context, actor, body),
    me,
  );
  registerEndpoint(
    scope,
    meEndpoints.chooseLanguage,
    ({ actor, body }) => chooseLanguage(context, actor, body),
    me,
  );
  registerEndpoint(
    scope,
    meEndpoints.changePassword,
    async ({ actor, body, request }) => {
      await changePassword(context, actor, request.cookies[SESSION_COOKIE], body);
      return { ok: true as const };
    },
    me,
  );
  // A plain route: the answer is a file (a JSON attachment), not an API answer.
  app.get(
    '/me/data',
    {
      preValidation: signedInOnly,
      schema: { tags: ['me'], response: { 200: MyDataExportSchema, ...PROBLEM_RESPONSES } },
    },
    async (request, reply) => {
      const data = await exportMyData(context, requireActor(request.actor));
      const date = londonToday();
      void reply.header('content-disposition', `attachment; filename="cairn-my-data-${date}.json"`);
      return data;
    },
  );
  registerEndpoint(
    scope,
    erasureEndpoints.mine,
    async ({ actor }) => ({ requests: await findMyErasureRequests(context, actor) }),
    me,
  );
  registerEndpoint(
    scope,
    erasureEndpoints.request,
    ({ actor, body }) => requestErasure(context, actor, body.reason),
    me,
  );

  // --- organisations and members ---
  const organisations = { tags: ['organisations'] };
  registerEndpoint(
    scope,
    organisationEndpoints.list,
    async ({ actor }) => ({ organisations: await findOrganisations(context, actor) }),
    organisations,
  );
  registerEndpoint(scope, organisationEndpoints.public, () => findPublicPartnerships(context), organisations);
  registerEndpoint(
    scope,
    organisationEndpoints.create,
    ({ actor, body }) => createOrganisation(context, actor, body.name),
    organisations,
  );
  registerEndpoint(
    scope,
    organisationEndpoints.members,
    ({ actor, params }) => getMembers(context, actor, params.organisationId),
    organisations,
  );
  registerEndpoint(
    scope,
    invitationEndpoints.invite,
    ({ actor, params, body }) => inviteToOrganisation(context, actor, params.organisationId, body),
    organisations,
  );
  registerEndpoint(
    scope,
    organisationEndpoints.changeRole,
    ({ actor, params, body }) => changeMembershipRole(context, actor, params.membershipId, body.role),
    organisations,
  );
  registerEndpoint(
    scope,
    organisationEndpoints.removeMembership,
    async ({ actor, params }) => {
      await removeMembership(context, actor, params.membershipId);
      return { ok: true as const };
    },
    organisations,
  );

  // --- invitations (public: the link is the key) ---
  const invitations = { tags: ['invitations'] };
  registerEndpoint(
    scope,
    invitationEndpoints.get,
    ({ params }) => getInvitation(context, params.token),
    invitations,
  );
  registerEndpoint(
    scope,
    invitationEndpoints.accept,
    ({ actor, reply, params, body }) => acceptInvitation(context, actor, reply, params.token, body),
    invitations,
  );

  // --- partnership admin ---
  const admin = { tags: ['admin'] };
  registerEndpoint(
    scope,
    erasureEndpoints.list,
    async ({ actor }) => ({ requests: await findErasureRequests(context, actor) }),
    admin,
  );
  registerEndpoint(
    scope,
    erasureEndpoints.action,
    ({ actor, params, body }) => actionErasureRequest(context, actor, params.requestId, body),
    admin,
  );
  registerEndpoint(
    scope,
    auditEndpoints.list,
    async ({ actor, query }) => ({ events: await findAuditLog(context, actor, query) }),
    admin,
  );
  registerEndpoint(
    scope,
    partnershipLanguageEndpoints.visitors,
    async () => ({ languages: [...(await visitorLanguages(context.db))] }),
    organisations,
  );
  registerEndpoint(
    scope,
    partnershipLanguageEndpoints.set,
    ({ actor, body }) => setPartnershipLanguages(context, actor, body),
    admin,
  );
  registerEndpoint(
    scope,
    parkedMessageEndpoints.list,
    async ({ actor }) => ({ messages: await listParkedMessages(context, actor) }),
    admin,
  );
  registerEndpoint(
    scope,
    parkedMessageEndpoints.retry,
    ({ actor, params }) => sendParkedAgain(context, actor, params.messageId),
    admin,
  );
  registerEndpoint(
    scope,
    parkedMessageEndpoints.retryAll,
    ({ actor }) => sendParkedAgain(context, actor),
    admin,
  );

  // --- one-click unsubscribe from news, and from what a message sent at once offers to stop: no sign-in ---
  // Its own scope, so only these routes read a form body; Fastify loads it before the app is ready.
  void scope.register(async (news) => {
    // Mail programs send RFC 8058's one-click POST as a form; the body says nothing the link does not.
    news.addContentTypeParser(
      ['application/x-www-form-urlencoded', 'multipart/form-data'],
      { parseAs: 'string', bodyLimit: 4096 },
      (_request, _body, done) => done(null, undefined),
    );
    registerEndpoint(news, newsEndpoints.preference, ({ params }) =>
      context.news.preference(context.db, params.token),
    );
    registerEndpoint(news, newsEndpoints.stop, ({ params }) =>
      context.news.setPreference(context.db, params.token, false),
    );
    registerEndpoint(news, newsEndpoints.start, ({ params }) =>
      context.news.setPreference(context.db, params.token, true),
    );
  });

  // --- development mail outbox (off in production) ---
  registerEndpoint(
    scope,
    devOutboxEndpoints.list,
    async ({ request }) => {
      // Reset and invitation links are in here: only a developer on this machine may read them.
      if (
        !context.config.devOutbox ||
        !isLoopback(request.socket.remoteAddress) ||
        !addressedToThisMachine(request.headers.host, context.config.publicUrl)
      ) {
        throw notFound('developmentOutbox');
      }
      // Mail queued after an answer (a reset link) is there by the time anyone reads.
      await context.background.settled();
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
          heldForDailyNews: m.deliver === 'digest',
        })),
      };
    },
    { tags: ['development'] },
  );
}
