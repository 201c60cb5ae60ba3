import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { BriefingQuerySchema, ProjectParamsSchema } from '../../../contracts/analysis.js';
import { briefingEndpoints } from '../../../contracts/analysis.endpoints.js';
import { requireActor, signedInOnly } from '../../kernel/access.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import { sendDownload } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as exports from './analysis.exports.js';
import * as briefing from './briefing.js';
import * as briefingLog from './briefing-log.js';

const tags = ['analysis'];
const options = { tags };

/** Briefings (with the log of who downloaded which, and consent lost since), REFI-QDA and CSV files. */
export function registerDownloadRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  registerEndpoint(
    scope,
    briefingEndpoints.options,
    ({ actor, params }) => briefing.getBriefingOptions(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    briefingEndpoints.downloads,
    ({ actor, params }) => briefingLog.listBriefingDownloads(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    briefingEndpoints.consentNotices,
    ({ actor, params }) => briefingLog.listConsentNotices(context, actor, params.projectId),
    options,
  );

  // Plain routes: each sends a file (DOCX, PDF, REFI-QDA, CSV) with its own content type, not JSON.
  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/analysis/projects/:projectId/briefing.${format}`,
      {
        preValidation: signedInOnly,
        schema: { tags, params: ProjectParamsSchema, querystring: BriefingQuerySchema },
      },
      async (request, reply) => {
        const actor = requireActor(request.actor);
        const file = await briefing.renderBriefing(
          context,
          actor,
          request.params.projectId,
          request.query,
          format,
        );
        return sendDownload(reply, file, format);
      },
    );
  }
  app.get(
    '/analysis/projects/:projectId/project.qdpx',
    { preValidation: signedInOnly, schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const file = await exports.exportProject(context, actor, request.params.projectId);
      return sendDownload(reply, file, 'qdpx');
    },
  );
  app.get(
    '/analysis/projects/:projectId/codebook.qdc',
    { preValidation: signedInOnly, schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const file = await exports.exportCodebook(context, actor, request.params.projectId);
      return sendDownload(reply, file, 'qdc');
    },
  );
  app.get(
    '/analysis/projects/:projectId/excerpts.csv',
    { preValidation: signedInOnly, schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const actor = requireActor(request.actor);
      const file = await exports.exportExcerptsCsv(context, actor, request.params.projectId);
      return sendDownload(reply, file, 'csv');
    },
  );
}
