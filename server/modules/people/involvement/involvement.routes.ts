import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { involvementEndpoints as endpoints } from '../../../../contracts/involvement.endpoints.js';
import {
  InvolvementRangeQuerySchema,
  OrganisationParamsSchema,
  VOUCHER_WARNING,
} from '../../../../contracts/people.js';
import { requireActor, signedInOnly } from '../../../kernel/access.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import { sendDownload } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { exportInvolvementCsv } from './finance-export.js';
import { renderMyInvolvementPdf } from './involvement-pdf.js';
import { addInvolvementEntry, listInvolvementOfOrganisation } from './involvement-log.js';
import { removeInvolvementEntry, updateInvolvementEntry } from './log-corrections.js';
import { getMyInvolvement } from './my-involvement.js';
import * as opportunities from './opportunities.js';
import { addTraining, listTraining, removeTraining, updateTraining } from './training.js';

const ok = { ok: true as const };

/** Training, the involvement log, opportunities and a person's own involvement record. */
export function registerInvolvementRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const options = { tags: ['involvement'] };

  // --- training ---
  registerEndpoint(
    scope,
    endpoints.myTraining,
    async ({ actor }) => ({ training: await listTraining(context, actor) }),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.addMyTraining,
    ({ actor, body }) => addTraining(context, actor, undefined, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.personTraining,
    async ({ actor, params }) => ({ training: await listTraining(context, actor, params.personId) }),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.addPersonTraining,
    ({ actor, params, body }) => addTraining(context, actor, params.personId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.updateTraining,
    ({ actor, params, body }) => updateTraining(context, actor, params.trainingId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.removeTraining,
    async ({ actor, params }) => {
      await removeTraining(context, actor, params.trainingId);
      return ok;
    },
    options,
  );

  // --- involvement log ---
  registerEndpoint(
    scope,
    endpoints.addEntry,
    ({ actor, params, body }) => addInvolvementEntry(context, actor, params.organisationId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.log,
    ({ actor, params, query }) => listInvolvementOfOrganisation(context, actor, params.organisationId, query),
    options,
  );
  // A plain route: the answer is a CSV file.
  app.get(
    '/organisations/:organisationId/involvement.csv',
    {
      preValidation: signedInOnly,
      schema: {
        tags: ['involvement'],
        params: OrganisationParamsSchema,
        querystring: InvolvementRangeQuerySchema,
      },
    },
    async (request, reply) => {
      const file = await exportInvolvementCsv(
        context,
        requireActor(request.actor),
        request.params.organisationId,
        request.query,
      );
      // The file goes to finance, not to whoever chose the payment; the warning travels with it all the same.
      void reply.header('cairn-payment-warning', VOUCHER_WARNING);
      return sendDownload(reply, file, 'csv');
    },
  );
  registerEndpoint(
    scope,
    endpoints.updateEntry,
    ({ actor, params, body }) => updateInvolvementEntry(context, actor, params.entryId, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.removeEntry,
    async ({ actor, params }) => {
      await removeInvolvementEntry(context, actor, params.entryId);
      return ok;
    },
    options,
  );

  // --- my involvement record ---
  registerEndpoint(scope, endpoints.mine, ({ actor }) => getMyInvolvement(context, actor), options);
  // A plain route: the answer is a PDF file.
  app.get(
    '/me/involvement.pdf',
    { preValidation: signedInOnly, schema: { tags: ['involvement'] } },
    async (request, reply) =>
      sendDownload(reply, await renderMyInvolvementPdf(context, requireActor(request.actor)), 'pdf'),
  );

  // --- opportunities ---
  registerEndpoint(
    scope,
    endpoints.opportunities,
    async ({ actor }) => ({ opportunities: await opportunities.listOpportunities(context, actor) }),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.createOpportunity,
    ({ actor, body }) => opportunities.createOpportunity(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.expressInterest,
    ({ actor, params, body }) =>
      opportunities.expressInterestInOpportunity(context, actor, params.opportunityId, body.note),
    options,
  );
  registerEndpoint(
    scope,
    endpoints.interests,
    ({ actor, params }) => opportunities.listOpportunityInterests(context, actor, params.opportunityId),
    options,
  );
}
