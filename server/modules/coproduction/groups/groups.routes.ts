import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ActionParamsSchema,
  CreateGroupRequestSchema,
  GroupListSchema,
  GroupParamsSchema,
  GroupSchema,
  MeetingParamsSchema,
  MeetingRequestSchema,
  MeetingSchema,
  UpdateActionRequestSchema,
  UpdateGroupRequestSchema,
  VOUCHER_WARNING,
} from '../../../../contracts/coproduction.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { problems, tags } from '../route-schema.js';
import * as groups from './groups.js';
import * as meetings from './meetings.js';

export function registerGroupRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/coproduction/groups',
    { schema: { tags, response: { 200: GroupListSchema, ...problems } } },
    (request) => groups.listGroups(context, request.actor),
  );
  app.post(
    '/coproduction/groups',
    { schema: { tags, body: CreateGroupRequestSchema, response: { 201: GroupSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await groups.createGroup(context, request.actor, request.body)),
  );
  app.get(
    '/coproduction/groups/:groupId',
    { schema: { tags, params: GroupParamsSchema, response: { 200: GroupSchema, ...problems } } },
    (request) => groups.getGroup(context, request.actor, request.params.groupId),
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
    (request) => groups.updateGroup(context, request.actor, request.params.groupId, request.body),
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
        .send(await meetings.createMeeting(context, request.actor, request.params.groupId, request.body)),
  );
  app.get(
    '/coproduction/meetings/:meetingId',
    { schema: { tags, params: MeetingParamsSchema, response: { 200: MeetingSchema, ...problems } } },
    (request) => meetings.getMeeting(context, request.actor, request.params.meetingId),
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
    (request) => meetings.updateMeeting(context, request.actor, request.params.meetingId, request.body),
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
      meetings.updateActionStatus(context, request.actor, request.params.actionId, request.body.status),
  );
}
