import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { OrganisationParamsSchema } from '../../../../contracts/people.js';
import {
  ConfirmationAnswerSchema,
  ConfirmationListResponseSchema,
  ConfirmationPageSchema,
  ConfirmationRequestSchema,
  ConfirmationSchema,
  ConfirmByReferenceSchema,
  ConfirmTokenParamsSchema,
  ConsentEventRequestSchema,
  ConsentRecordSchema,
  ConsentWordingResponseSchema,
  StoryParamsSchema,
  StoryResponseSchema,
  UpdateConsentWordingRequestSchema,
} from '../../../../contracts/stories.js';
import { PROBLEM_RESPONSES as problems, registerUploadRoutes, uploadBody } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as confirmations from './confirmations.js';
import { readConsentForm, uploadConsentForm } from './consent-form.js';
import { recordConsent } from './record-consent.js';
import * as answers from './storyteller-answer.js';
import { getConsentWording, updateConsentWording } from './wordings.js';

const tags = ['consent'];
const ConfirmationParams = StoryParamsSchema.extend({ confirmationId: z.uuid() });
const EventParams = StoryParamsSchema.extend({ eventId: z.uuid() });

export function registerConsentRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  app.get(
    '/organisations/:organisationId/consent-wording',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        response: { 200: ConsentWordingResponseSchema, ...problems },
      },
    },
    async (request) => getConsentWording(context, request.actor, request.params.organisationId),
  );
  app.put(
    '/organisations/:organisationId/consent-wording',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        body: UpdateConsentWordingRequestSchema,
        response: { 200: ConsentWordingResponseSchema, ...problems },
      },
    },
    async (request) =>
      updateConsentWording(context, request.actor, request.params.organisationId, request.body.text),
  );

  // --- consent as the storyteller gives it, or as a collector heard it ---
  app.post(
    '/stories/:storyId/consent',
    {
      schema: {
        tags: ['stories'],
        params: StoryParamsSchema,
        body: ConsentEventRequestSchema,
        response: { 201: StoryResponseSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await recordConsent(context, request.actor, request.params.storyId, request.body)),
  );

  // --- a storyteller without an account confirms for themselves ---
  app.post(
    '/stories/:storyId/confirmations',
    {
      schema: {
        tags,
        params: StoryParamsSchema,
        body: ConfirmationRequestSchema,
        response: { 201: z.object({ confirmation: ConfirmationSchema }), ...problems },
      },
    },
    async (request, reply) =>
      reply
        .code(201)
        .send(
          await confirmations.requestConfirmation(
            context,
            request.actor,
            request.params.storyId,
            request.body,
          ),
        ),
  );
  app.get(
    '/stories/:storyId/confirmations',
    {
      schema: {
        tags,
        params: StoryParamsSchema,
        response: { 200: ConfirmationListResponseSchema, ...problems },
      },
    },
    async (request) => confirmations.listConfirmations(context, request.actor, request.params.storyId),
  );
  app.get(
    '/stories/:storyId/confirmations/:confirmationId',
    { schema: { tags, params: ConfirmationParams, response: { 200: ConsentRecordSchema, ...problems } } },
    async (request) =>
      confirmations.getConsentRecord(
        context,
        request.actor,
        request.params.storyId,
        request.params.confirmationId,
      ),
  );
  app.post(
    '/stories/:storyId/confirmations/by-reference',
    {
      schema: {
        tags,
        params: StoryParamsSchema,
        body: ConfirmByReferenceSchema,
        response: { 200: StoryResponseSchema, ...problems },
      },
    },
    async (request) =>
      answers.confirmByReference(context, request.actor, request.params.storyId, request.body.reference),
  );
  // No sign-in: the unguessable token in the link is the storyteller's key, usable once.
  app.get(
    '/confirm/:token',
    {
      schema: {
        tags,
        params: ConfirmTokenParamsSchema,
        response: { 200: ConfirmationPageSchema, ...problems },
      },
    },
    async (request) => answers.getConfirmationPage(context, request.params.token),
  );
  app.post(
    '/confirm/:token',
    {
      schema: {
        tags,
        params: ConfirmTokenParamsSchema,
        body: ConfirmationAnswerSchema,
        response: { 200: ConfirmationPageSchema, ...problems },
      },
    },
    async (request) => answers.answerConfirmation(context, request.params.token, request.body.answer),
  );

  // --- a scan of a signed form ---
  app.get(
    '/stories/:storyId/consent-events/:eventId/form',
    { schema: { tags, params: EventParams } },
    async (request, reply) => {
      const form = await readConsentForm(
        context,
        request.actor,
        request.params.storyId,
        request.params.eventId,
      );
      return reply
        .type(form.mime)
        .header('content-disposition', `attachment; filename="${form.filename}"`)
        .header('cache-control', 'no-store')
        .send(form.data);
    },
  );
  registerUploadRoutes(scope, (uploads) => {
    uploads.withTypeProvider<ZodTypeProvider>().put(
      '/stories/:storyId/consent-events/:eventId/form',
      {
        schema: {
          tags,
          params: EventParams,
          response: { 200: z.object({ mime: z.string(), size: z.number() }), ...problems },
        },
      },
      async (request) =>
        uploadConsentForm(
          context,
          request.actor,
          request.params.storyId,
          request.params.eventId,
          uploadBody(request),
        ),
    );
  });
}
