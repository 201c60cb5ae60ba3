import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  BriefingDownloadListSchema,
  BriefingOptionsSchema,
  BriefingQuerySchema,
  ConsentNoticeListSchema,
  ProjectParamsSchema,
} from '../../../contracts/analysis.js';
import { PROBLEM_RESPONSES, sendDownload } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as exports from './analysis.exports.js';
import * as briefing from './briefing.js';
import * as briefingLog from './briefing-log.js';

const problems = PROBLEM_RESPONSES;
const tags = ['analysis'];

/** Briefings (with the log of who downloaded which, and consent lost since), REFI-QDA and CSV files. */
export function registerDownloadRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  for (const format of ['docx', 'pdf'] as const) {
    app.get(
      `/analysis/projects/:projectId/briefing.${format}`,
      { schema: { tags, params: ProjectParamsSchema, querystring: BriefingQuerySchema } },
      async (request, reply) => {
        const file = await briefing.renderBriefing(
          context,
          request.actor,
          request.params.projectId,
          request.query,
          format,
        );
        return sendDownload(reply, file, format);
      },
    );
  }
  app.get(
    '/analysis/projects/:projectId/briefing-options',
    { schema: { tags, params: ProjectParamsSchema, response: { 200: BriefingOptionsSchema, ...problems } } },
    (request) => briefing.getBriefingOptions(context, request.actor, request.params.projectId),
  );
  app.get(
    '/analysis/projects/:projectId/briefing-downloads',
    {
      schema: {
        tags,
        params: ProjectParamsSchema,
        response: { 200: BriefingDownloadListSchema, ...problems },
      },
    },
    (request) => briefingLog.listBriefingDownloads(context, request.actor, request.params.projectId),
  );
  app.get(
    '/analysis/projects/:projectId/consent-notices',
    {
      schema: { tags, params: ProjectParamsSchema, response: { 200: ConsentNoticeListSchema, ...problems } },
    },
    (request) => briefingLog.listConsentNotices(context, request.actor, request.params.projectId),
  );
  app.get(
    '/analysis/projects/:projectId/project.qdpx',
    { schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const file = await exports.exportProject(context, request.actor, request.params.projectId);
      return sendDownload(reply, file, 'qdpx');
    },
  );
  app.get(
    '/analysis/projects/:projectId/codebook.qdc',
    { schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const file = await exports.exportCodebook(context, request.actor, request.params.projectId);
      return sendDownload(reply, file, 'qdc');
    },
  );
  app.get(
    '/analysis/projects/:projectId/excerpts.csv',
    { schema: { tags, params: ProjectParamsSchema } },
    async (request, reply) => {
      const file = await exports.exportExcerptsCsv(context, request.actor, request.params.projectId);
      return sendDownload(reply, file, 'csv');
    },
  );
}
