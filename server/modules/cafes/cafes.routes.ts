import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  BoardSchema,
  CafeListResponseSchema,
  CafeParamsSchema,
  CafePhotoSchema,
  CafeRolesRequestSchema,
  CafeSchema,
  ControlRequestSchema,
  HarvestSchema,
  PhotoParamsSchema,
  PhotoQuerySchema,
  PublicCafeSchema,
  SignUpListSchema,
  SignUpRequestSchema,
  SignUpResponseSchema,
  SendPriorityRequestSchema,
  CreateCafeRequestSchema,
  CreateIdeaRequestSchema,
  HelpRequestSchema,
  IdeaParamsSchema,
  JoinCafeRequestSchema,
  JoinCafeResponseSchema,
  MergeIdeasRequestSchema,
  PairSchema,
  PairwiseChoiceRequestSchema,
  StatementVoteRequestSchema,
  ModerateIdeaRequestSchema,
  SimilarIdeasResponseSchema,
  VoteRequestSchema,
} from '../../../contracts/cafes.js';
import { z } from 'zod';
import { AppError } from '../../kernel/errors.js';
import { PROBLEM_RESPONSES, registerUploadRoutes, sendDownload, uploadBody } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import type { createCafeLive } from './cafes.live.js';
import * as harvest from './cafes.harvest.js';
import { renderTableCards } from './cafes.print.js';
import * as service from './cafes.service.js';
import * as signUps from './cafes.sign-ups.js';

const problems = PROBLEM_RESPONSES;

function readerOf(request: FastifyRequest<{ Params: { cafeId: string } }>): service.CafeReader {
  return {
    actor: request.actor,
    participantToken: request.cookies[service.participantCookie(request.params.cafeId)],
  };
}

export function registerCafesRoutes(
  scope: FastifyInstance,
  context: ModuleContext,
  live: ReturnType<typeof createCafeLive>,
): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.post(
    '/cafes',
    {
      schema: { tags: ['cafes'], body: CreateCafeRequestSchema, response: { 201: CafeSchema, ...problems } },
    },
    async (request, reply) =>
      reply.status(201).send(await service.createCafe(context, request.actor, request.body)),
  );
  app.get(
    '/cafes',
    { schema: { tags: ['cafes'], response: { 200: CafeListResponseSchema, ...problems } } },
    async (request) => ({ cafes: await service.findCafes(context, request.actor) }),
  );
  app.get(
    '/cafes/:cafeId',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: CafeSchema, ...problems } } },
    async (request) => service.getCafe(context, request.actor, request.params.cafeId),
  );
  app.put(
    '/cafes/:cafeId/roles',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: CafeRolesRequestSchema,
        response: { 200: CafeSchema, ...problems },
      },
    },
    async (request) => service.setRoles(context, request.actor, request.params.cafeId, request.body.roles),
  );

  // --- sign-up: public, no account needed ---
  app.get(
    '/cafes/:cafeId/public',
    {
      schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: PublicCafeSchema, ...problems } },
    },
    async (request) => signUps.getPublicCafe(context, request.params.cafeId),
  );
  app.post(
    '/cafes/:cafeId/sign-ups',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: SignUpRequestSchema,
        response: { 201: SignUpResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await signUps.signUp(context, request.actor, request.params.cafeId, request.body)),
  );
  app.get(
    '/cafes/:cafeId/sign-ups',
    {
      schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: SignUpListSchema, ...problems } },
    },
    async (request) => signUps.listSignUps(context, request.actor, request.params.cafeId),
  );

  // Wrong codes are limited per address, so nobody can guess their way in; right codes never are,
  // because a whole room often shares one Wi-Fi address.
  const failedJoins = new Map<string, { count: number; resetAt: number }>();
  app.post(
    '/cafes/join',
    {
      schema: {
        tags: ['cafes'],
        body: JoinCafeRequestSchema,
        response: { 200: JoinCafeResponseSchema, ...problems },
      },
    },
    async (request, reply) => {
      const now = Date.now();
      const failures = failedJoins.get(request.ip);
      if (failures && failures.resetAt > now && failures.count >= context.config.joinLimitPerMinute) {
        throw new AppError(
          'rate_limited',
          'Too many wrong codes. Wait a minute, then check the code shown in the room.',
        );
      }
      const cafeId = await service.findCafeIdByCode(context, request.body.code);
      if (!cafeId) {
        const current = failures && failures.resetAt > now ? failures : { count: 0, resetAt: now + 60_000 };
        current.count += 1;
        failedJoins.set(request.ip, current);
        if (failedJoins.size > 10_000) failedJoins.clear();
      }
      return service.joinCafe(context, reply, {
        code: request.body.code,
        displayName: request.body.displayName,
        tableNumber: request.body.tableNumber,
        contact: request.body.contact,
        postcodeDistrict: request.body.postcodeDistrict,
        community: request.body.community,
        existingToken: cafeId ? request.cookies[service.participantCookie(cafeId)] : undefined,
        personId: request.actor?.personId,
      });
    },
  );
  app.get(
    '/cafes/:cafeId/board',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: BoardSchema, ...problems } } },
    async (request) => service.getBoard(context, readerOf(request), request.params.cafeId),
  );
  app.post(
    '/cafes/:cafeId/ideas',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: CreateIdeaRequestSchema,
        response: { 201: z.object({ id: z.uuid() }), ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await service.addIdea(context, readerOf(request), request.params.cafeId, request.body)),
  );
  app.post(
    '/cafes/:cafeId/votes',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: VoteRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => service.vote(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.get(
    '/cafes/:cafeId/pair',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: PairSchema, ...problems } } },
    async (request) => service.getNextPair(context, readerOf(request), request.params.cafeId),
  );
  app.post(
    '/cafes/:cafeId/pairwise',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: PairwiseChoiceRequestSchema,
        response: { 200: PairSchema, ...problems },
      },
    },
    async (request) =>
      service.choosePairwise(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.post(
    '/cafes/:cafeId/statement-votes',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: StatementVoteRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) =>
      service.voteOnStatement(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.post(
    '/cafes/:cafeId/help',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: HelpRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => service.setHelping(context, readerOf(request), request.params.cafeId, request.body),
  );
  app.post(
    '/cafes/:cafeId/control',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: ControlRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) =>
      service.controlCafe(context, request.actor, request.params.cafeId, request.body.action),
  );
  app.patch(
    '/cafes/:cafeId/ideas/:ideaId',
    {
      schema: {
        tags: ['cafes'],
        params: IdeaParamsSchema,
        body: ModerateIdeaRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) =>
      service.moderateIdea(
        context,
        request.actor,
        request.params.cafeId,
        request.params.ideaId,
        request.body,
      ),
  );
  app.post(
    '/cafes/:cafeId/merges',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: MergeIdeasRequestSchema,
        response: { 200: BoardSchema, ...problems },
      },
    },
    async (request) => service.mergeIdeas(context, request.actor, request.params.cafeId, request.body),
  );
  app.get(
    '/cafes/:cafeId/similar-ideas',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        response: { 200: SimilarIdeasResponseSchema, ...problems },
      },
    },
    async (request) => ({
      pairs: await service.findSimilarIdeas(context, request.actor, request.params.cafeId),
    }),
  );

  // --- harvest ---
  app.get(
    '/cafes/:cafeId/harvest',
    { schema: { tags: ['cafes'], params: CafeParamsSchema, response: { 200: HarvestSchema, ...problems } } },
    async (request) => harvest.buildHarvest(context, request.actor, request.params.cafeId),
  );
  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/cafes/:cafeId/harvest.${format}`,
      { schema: { tags: ['cafes'], params: CafeParamsSchema } },
      async (request, reply) => {
        const file = await harvest.renderHarvest(context, request.actor, request.params.cafeId, format);
        return sendDownload(reply, file, format);
      },
    );
  }
  app.get(
    '/cafes/:cafeId/table-cards.pdf',
    { schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (request, reply) => {
      const file = await renderTableCards(context, request.actor, request.params.cafeId);
      return sendDownload(reply, file, 'pdf');
    },
  );
  app.post(
    '/cafes/:cafeId/priorities',
    {
      schema: {
        tags: ['cafes'],
        params: CafeParamsSchema,
        body: SendPriorityRequestSchema,
        response: { 200: HarvestSchema, ...problems },
      },
    },
    async (request) =>
      harvest.sendPriority(context, request.actor, request.params.cafeId, request.body.ideaId),
  );
  app.get(
    '/cafes/:cafeId/photos/:photoId',
    { schema: { tags: ['cafes'], params: PhotoParamsSchema } },
    async (request, reply) => {
      const photo = await harvest.readPhoto(
        context,
        request.actor,
        request.params.cafeId,
        request.params.photoId,
      );
      return reply.type(photo.mime).header('cache-control', 'private, no-store').send(photo.data);
    },
  );
  registerUploadRoutes(scope, (uploads) => {
    uploads.withTypeProvider<ZodTypeProvider>().post(
      '/cafes/:cafeId/photos',
      {
        schema: {
          tags: ['cafes'],
          params: CafeParamsSchema,
          querystring: PhotoQuerySchema,
          response: {
            201: CafePhotoSchema,
            ...problems,
          },
        },
      },
      async (request, reply) =>
        reply.status(201).send(
          await harvest.uploadPhoto(context, request.actor, request.params.cafeId, {
            body: uploadBody(request),
            tableNumber: request.query.tableNumber,
            caption: request.query.caption,
          }),
        ),
    );
  });

  // Live board: participants and the facilitator are told of every change as it is stored.
  app.get(
    '/cafes/:cafeId/live',
    { websocket: true, schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (socket, request) => {
      if (!(await service.mayWatch(context, readerOf(request), request.params.cafeId))) {
        socket.close(4401, 'Join the café first');
        return;
      }
      live.join(request.params.cafeId, socket);
    },
  );
}
