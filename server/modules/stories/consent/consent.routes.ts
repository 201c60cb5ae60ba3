import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { consentEndpoints } from '../../../../contracts/stories.endpoints.js';
import { ConsentEventParamsSchema, ConsentFormUploadResponseSchema } from '../../../../contracts/stories.js';
import { requireActor, signedInOnly } from '../../../kernel/access.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import { PROBLEM_RESPONSES as problems, registerUploadRoutes, uploadBody } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as confirmations from './confirmations.js';
import { readConsentForm, uploadConsentForm } from './consent-form.js';
import { recordConsent } from './record-consent.js';
import * as answers from './storyteller-answer.js';
import { getConsentWording, updateConsentWording } from './wordings.js';

const tags = ['consent'];

export function registerConsentRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const tagged = { tags };

  registerEndpoint(
    scope,
    consentEndpoints.wording,
    ({ actor, params }) => getConsentWording(context, actor, params.organisationId),
    tagged,
  );
  registerEndpoint(
    scope,
    consentEndpoints.updateWording,
    ({ actor, params, body }) => updateConsentWording(context, actor, params.organisationId, body.text),
    tagged,
  );

  // --- consent as the storyteller gives it, or as a collector heard it ---
  registerEndpoint(
    scope,
    consentEndpoints.record,
    ({ actor, params, body }) => recordConsent(context, actor, params.storyId, body),
    { tags: ['stories'] },
  );

  // --- a storyteller without an account confirms for themselves ---
  registerEndpoint(
    scope,
    consentEndpoints.requestConfirmation,
    ({ actor, params, body }) => confirmations.requestConfirmation(context, actor, params.storyId, body),
    tagged,
  );
  registerEndpoint(
    scope,
    consentEndpoints.confirmations,
    ({ actor, params }) => confirmations.listConfirmations(context, actor, params.storyId),
    tagged,
  );
  registerEndpoint(
    scope,
    consentEndpoints.printableRecord,
    ({ actor, params }) =>
      confirmations.getConsentRecord(context, actor, params.storyId, params.confirmationId),
    tagged,
  );
  registerEndpoint(
    scope,
    consentEndpoints.confirmByReference,
    ({ actor, params, body }) => answers.confirmByReference(context, actor, params.storyId, body.reference),
    tagged,
  );
  // No sign-in: the unguessable token in the link is the storyteller's key, usable once.
  registerEndpoint(
    scope,
    consentEndpoints.confirmationPage,
    ({ params }) => answers.getConfirmationPage(context, params.token),
    tagged,
  );
  registerEndpoint(
    scope,
    consentEndpoints.answerConfirmation,
    ({ params, body }) => answers.answerConfirmation(context, params.token, body.answer),
    tagged,
  );

  // --- a scan of a signed form: plain routes, as it is sent and given back as a file ---
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.get(
    '/stories/:storyId/consent-events/:eventId/form',
    { preValidation: signedInOnly, schema: { tags, params: ConsentEventParamsSchema } },
    async (request, reply) => {
      const form = await readConsentForm(
        context,
        requireActor(request.actor),
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
        preValidation: signedInOnly,
        schema: {
          tags,
          params: ConsentEventParamsSchema,
          response: { 200: ConsentFormUploadResponseSchema, ...problems },
        },
      },
      async (request) =>
        uploadConsentForm(
          context,
          requireActor(request.actor),
          request.params.storyId,
          request.params.eventId,
          uploadBody(request),
        ),
    );
  });
}
