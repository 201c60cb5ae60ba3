import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ActionParamsSchema,
  CafePriorityListSchema,
  CafePriorityParamsSchema,
  KeyMessageListSchema,
  KeyMessageParamsSchema,
  CharterCommitmentParamsSchema,
  CharterCommitmentSchema,
  CharterHistorySchema,
  CharterSchema,
  CommitmentParamsSchema,
  CreateCharterCommitmentRequestSchema,
  CreateCommitmentRequestSchema,
  CreateGroupRequestSchema,
  CreatePriorityRequestSchema,
  CreateSeatRequestSchema,
  CreateUpdateRequestSchema,
  GroupListSchema,
  GroupParamsSchema,
  GroupSchema,
  InterestListSchema,
  InterestRequestSchema,
  MeetingParamsSchema,
  MeetingRequestSchema,
  MeetingSchema,
  NotificationListSchema,
  OrganisationParamsSchema,
  PartnershipCharterSchema,
  PartnershipParamsSchema,
  PowerSharingSchema,
  PriorityListSchema,
  PriorityParamsSchema,
  PrioritySchema,
  PublicYouSaidWeDidSchema,
  SeatListSchema,
  SeatParamsSchema,
  SeatSchema,
  SelfAssessmentRequestSchema,
  SubscriptionSchema,
  TokenParamsSchema,
  UpdateActionRequestSchema,
  UpdateCharterCommitmentRequestSchema,
  UpdateCommitmentRequestSchema,
  UpdateGroupRequestSchema,
  UpdatePriorityRequestSchema,
  UpdateSeatRequestSchema,
  VOUCHER_WARNING,
} from '../../../contracts/coproduction.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as priorities from './coproduction.priorities.js';
import * as service from './coproduction.service.js';

const problems = PROBLEM_RESPONSES;
const tags = ['coproduction'];

export function registerCoproductionRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- groups and meetings ---
  app.get(
    '/coproduction/groups',
    { schema: { tags, response: { 200: GroupListSchema, ...problems } } },
    (request) => service.listGroups(context, request.actor),
  );
  app.post(
    '/coproduction/groups',
    { schema: { tags, body: CreateGroupRequestSchema, response: { 201: GroupSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.createGroup(context, request.actor, request.body)),
  );
  app.get(
    '/coproduction/groups/:groupId',
    { schema: { tags, params: GroupParamsSchema, response: { 200: GroupSchema, ...problems } } },
    (request) => service.getGroup(context, request.actor, request.params.groupId),
  );
  app.patch(
    '/coproduction/groups/:groupId',
    {
      schema: {
        tags,
        params: GroupParamsSchema,
        body: UpdateGroupRequestSchema,
        response: { 200: GroupSchema, ...problems },
      },
    },
    (request) => service.updateGroup(context, request.actor, request.params.groupId, request.body),
  );
  app.post(
    '/coproduction/groups/:groupId/meetings',
    {
      schema: {
        tags,
        description: `Records a meeting with attendance, decisions and actions. ${VOUCHER_WARNING}`,
        params: GroupParamsSchema,
        body: MeetingRequestSchema,
        response: { 201: MeetingSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.createMeeting(context, request.actor, request.params.groupId, request.body)),
  );
  app.get(
    '/coproduction/meetings/:meetingId',
    { schema: { tags, params: MeetingParamsSchema, response: { 200: MeetingSchema, ...problems } } },
    (request) => service.getMeeting(context, request.actor, request.params.meetingId),
  );
  app.put(
    '/coproduction/meetings/:meetingId',
    {
      schema: {
        tags,
        description: `Saves a meeting whole. ${VOUCHER_WARNING}`,
        params: MeetingParamsSchema,
        body: MeetingRequestSchema,
        response: { 200: MeetingSchema, ...problems },
      },
    },
    (request) => service.updateMeeting(context, request.actor, request.params.meetingId, request.body),
  );
  app.patch(
    '/coproduction/actions/:actionId',
    {
      schema: {
        tags,
        params: ActionParamsSchema,
        body: UpdateActionRequestSchema,
        response: { 200: MeetingSchema, ...problems },
      },
    },
    (request) =>
      service.updateActionStatus(context, request.actor, request.params.actionId, request.body.status),
  );

  // --- seats ---
  app.post(
    '/coproduction/seats',
    { schema: { tags, body: CreateSeatRequestSchema, response: { 201: SeatSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.createSeat(context, request.actor, request.body)),
  );
  app.patch(
    '/coproduction/seats/:seatId',
    {
      schema: {
        tags,
        params: SeatParamsSchema,
        body: UpdateSeatRequestSchema,
        response: { 200: SeatSchema, ...problems },
      },
    },
    (request) => service.updateSeat(context, request.actor, request.params.seatId, request.body),
  );
  app.get(
    '/coproduction/organisations/:organisationId/seats',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: SeatListSchema, ...problems } } },
    (request) => service.listSeats(context, request.actor, request.params.organisationId),
  );
  app.get(
    '/coproduction/opportunities',
    { schema: { tags, response: { 200: SeatListSchema, ...problems } } },
    (request) => service.listOpportunities(context, request.actor),
  );
  app.post(
    '/coproduction/seats/:seatId/interest',
    {
      schema: {
        tags,
        params: SeatParamsSchema,
        body: InterestRequestSchema,
        response: { 201: SeatSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.expressInterest(context, request.actor, request.params.seatId, request.body)),
  );
  app.get(
    '/coproduction/seats/:seatId/interest',
    { schema: { tags, params: SeatParamsSchema, response: { 200: InterestListSchema, ...problems } } },
    (request) => service.listInterests(context, request.actor, request.params.seatId),
  );
  app.get(
    '/coproduction/organisations/:organisationId/power-sharing',
    {
      schema: { tags, params: OrganisationParamsSchema, response: { 200: PowerSharingSchema, ...problems } },
    },
    (request) => service.getPowerSharing(context, request.actor, request.params.organisationId),
  );

  // --- Working Together charter ---
  app.get(
    '/coproduction/charter',
    { schema: { tags, response: { 200: PartnershipCharterSchema, ...problems } } },
    (request) => service.getPartnershipCharter(context, request.actor),
  );
  app.get(
    '/coproduction/organisations/:organisationId/charter',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: CharterSchema, ...problems } } },
    (request) => service.getCharter(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/coproduction/charter/commitments',
    {
      schema: {
        tags,
        body: CreateCharterCommitmentRequestSchema,
        response: { 201: CharterCommitmentSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCharterCommitment(context, request.actor, request.body)),
  );
  app.patch(
    '/coproduction/charter/commitments/:commitmentId',
    {
      schema: {
        tags,
        params: CharterCommitmentParamsSchema,
        body: UpdateCharterCommitmentRequestSchema,
        response: { 200: CharterCommitmentSchema, ...problems },
      },
    },
    (request) =>
      service.updateCharterCommitment(context, request.actor, request.params.commitmentId, request.body),
  );
  app.get(
    '/coproduction/charter/commitments/:commitmentId/history',
    {
      schema: {
        tags,
        params: CharterCommitmentParamsSchema,
        response: { 200: CharterHistorySchema, ...problems },
      },
    },
    (request) => service.getCharterHistory(context, request.actor, request.params.commitmentId),
  );
  app.post(
    '/coproduction/charter/commitments/:commitmentId/assessments',
    {
      schema: {
        tags,
        params: CharterCommitmentParamsSchema,
        body: SelfAssessmentRequestSchema,
        response: { 201: CharterHistorySchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await service.addSelfAssessment(context, request.actor, request.params.commitmentId, request.body),
        ),
  );

  // --- You said, we did ---
  app.get(
    '/coproduction/organisations/:organisationId/cafe-priorities',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        response: { 200: CafePriorityListSchema, ...problems },
      },
    },
    (request) => priorities.listCafePriorities(context, request.actor, request.params.organisationId),
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
      const { priority, created } = await priorities.importCafePriority(
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
    (request) => priorities.listKeyMessages(context, request.actor, request.params.organisationId),
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
      const { priority, created } = await priorities.importKeyMessage(
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
          await priorities.addCommitment(context, request.actor, request.params.priorityId, request.body),
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
      priorities.updateCommitment(context, request.actor, request.params.commitmentId, request.body),
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
          await priorities.addCommitmentUpdate(
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
    (request) => priorities.subscribe(context, request.actor, request.params.priorityId),
  );
  app.delete(
    '/coproduction/priorities/:priorityId/subscription',
    { schema: { tags, params: PriorityParamsSchema, response: { 200: SubscriptionSchema, ...problems } } },
    (request) => priorities.unsubscribeMe(context, request.actor, request.params.priorityId),
  );
  app.get(
    '/coproduction/notifications',
    { schema: { tags, response: { 200: NotificationListSchema, ...problems } } },
    (request) => priorities.listNotifications(context, request.actor),
  );

  // --- public: no sign-in ---
  app.post(
    '/coproduction/unsubscribe/:token',
    { schema: { tags, params: TokenParamsSchema, response: { 200: SubscriptionSchema, ...problems } } },
    (request) => priorities.unsubscribeByToken(context, request.params.token),
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
    (request) => priorities.getPublicYouSaidWeDid(context, request.params.partnershipId),
  );
}
