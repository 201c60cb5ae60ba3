import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  CafePriorityListSchema,
  CafePriorityParamsSchema,
  CommitmentParamsSchema,
  CreateCommitmentRequestSchema,
  CreatePriorityRequestSchema,
  CreateUpdateRequestSchema,
  KeyMessageListSchema,
  KeyMessageParamsSchema,
  NotificationListSchema,
  OrganisationParamsSchema,
  PartnershipParamsSchema,
  PriorityListSchema,
  PriorityParamsSchema,
  PrioritySchema,
  PublicYouSaidWeDidSchema,
  SubscriptionSchema,
  TokenParamsSchema,
  UpdateCommitmentRequestSchema,
  UpdatePriorityRequestSchema,
} from '../../../../contracts/coproduction.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { problems, tags } from '../route-schema.js';
import * as cafe from './cafe-import.js';
import * as commitments from './commitments.js';
import * as keyMessages from './key-message-import.js';
import * as priorities from './priorities.js';
import * as publicPage from './public-page.js';
import * as subscriptions from './subscriptions.js';

/** "You said, we did": priorities, what was committed and done, news for subscribers, the public page. */
export function registerPriorityRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/coproduction/organisations/:organisationId/cafe-priorities',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        response: { 200: CafePriorityListSchema, ...problems },
      },
    },
    (request) => cafe.listCafePriorities(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/coproduction/organisations/:organisationId/cafe-priorities/:cafePriorityId/import',
    {
      schema: {
        tags,
        description: 'Imports a café priority once; importing it again answers 200 with the first import.',
        params: CafePriorityParamsSchema,
        response: { 200: PrioritySchema, 201: PrioritySchema, ...problems },
      },
    },
    async (request, reply) => {
      const { priority, created } = await cafe.importCafePriority(
        context,
        request.actor,
        request.params.organisationId,
        request.params.cafePriorityId,
      );
      return reply.status(created ? 201 : 200).send(priority);
    },
  );
  app.get(
    '/coproduction/organisations/:organisationId/key-messages',
    {
      schema: {
        tags,
        description:
          'Key messages from the organisation’s analysis projects, and which are already priorities.',
        params: OrganisationParamsSchema,
        response: { 200: KeyMessageListSchema, ...problems },
      },
    },
    (request) => keyMessages.listKeyMessages(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/coproduction/organisations/:organisationId/key-messages/:keyMessageId/import',
    {
      schema: {
        tags,
        description: 'Imports a key message once; importing it again answers 200 with the first import.',
        params: KeyMessageParamsSchema,
        response: { 200: PrioritySchema, 201: PrioritySchema, ...problems },
      },
    },
    async (request, reply) => {
      const { priority, created } = await keyMessages.importKeyMessage(
        context,
        request.actor,
        request.params.organisationId,
        request.params.keyMessageId,
      );
      return reply.status(created ? 201 : 200).send(priority);
    },
  );
  app.get(
    '/coproduction/priorities',
    { schema: { tags, response: { 200: PriorityListSchema, ...problems } } },
    (request) => priorities.listPriorities(context, request.actor),
  );
  app.post(
    '/coproduction/priorities',
    { schema: { tags, body: CreatePriorityRequestSchema, response: { 201: PrioritySchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await priorities.createPriority(context, request.actor, request.body)),
  );
  app.get(
    '/coproduction/priorities/:priorityId',
    { schema: { tags, params: PriorityParamsSchema, response: { 200: PrioritySchema, ...problems } } },
    (request) => priorities.getPriority(context, request.actor, request.params.priorityId),
  );
  app.patch(
    '/coproduction/priorities/:priorityId',
    {
      schema: {
        tags,
        params: PriorityParamsSchema,
        body: UpdatePriorityRequestSchema,
        response: { 200: PrioritySchema, ...problems },
      },
    },
    (request) => priorities.updatePriority(context, request.actor, request.params.priorityId, request.body),
  );
  app.post(
    '/coproduction/priorities/:priorityId/commitments',
    {
      schema: {
        tags,
        params: PriorityParamsSchema,
        body: CreateCommitmentRequestSchema,
        response: { 201: PrioritySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await commitments.addCommitment(context, request.actor, request.params.priorityId, request.body),
        ),
  );
  app.patch(
    '/coproduction/commitments/:commitmentId',
    {
      schema: {
        tags,
        description: 'Changing the status tells everyone subscribed, once. Declining needs a reason.',
        params: CommitmentParamsSchema,
        body: UpdateCommitmentRequestSchema,
        response: { 200: PrioritySchema, ...problems },
      },
    },
    (request) =>
      commitments.updateCommitment(context, request.actor, request.params.commitmentId, request.body),
  );
  app.post(
    '/coproduction/commitments/:commitmentId/updates',
    {
      schema: {
        tags,
        params: CommitmentParamsSchema,
        body: CreateUpdateRequestSchema,
        response: { 201: PrioritySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await commitments.addCommitmentUpdate(
            context,
            request.actor,
            request.params.commitmentId,
            request.body,
          ),
        ),
  );
  app.put(
    '/coproduction/priorities/:priorityId/subscription',
    { schema: { tags, params: PriorityParamsSchema, response: { 200: SubscriptionSchema, ...problems } } },
    (request) => subscriptions.subscribe(context, request.actor, request.params.priorityId),
  );
  app.delete(
    '/coproduction/priorities/:priorityId/subscription',
    { schema: { tags, params: PriorityParamsSchema, response: { 200: SubscriptionSchema, ...problems } } },
    (request) => subscriptions.unsubscribeMe(context, request.actor, request.params.priorityId),
  );
  app.get(
    '/coproduction/notifications',
    { schema: { tags, response: { 200: NotificationListSchema, ...problems } } },
    (request) => subscriptions.listNotifications(context, request.actor),
  );

  // --- public: no sign-in ---
  app.post(
    '/coproduction/unsubscribe/:token',
    { schema: { tags, params: TokenParamsSchema, response: { 200: SubscriptionSchema, ...problems } } },
    (request) => subscriptions.unsubscribeByToken(context, request.params.token),
  );
  app.get(
    '/coproduction/public/partnerships/:partnershipId',
    {
      schema: {
        tags,
        params: PartnershipParamsSchema,
        response: { 200: PublicYouSaidWeDidSchema, ...problems },
      },
    },
    (request) => publicPage.getPublicYouSaidWeDid(context, request.params.partnershipId),
  );
}
