import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { OrganisationParamsSchema, PowerSharingSchema } from '../../../contracts/coproduction.js';
import type { ModuleContext } from '../../kernel/module.js';
import { registerCharterRoutes } from './charter/index.js';
import { registerGroupRoutes } from './groups/index.js';
import { getPowerSharing } from './power-sharing.js';
import { registerPriorityRoutes } from './priorities/index.js';
import { problems, tags } from './route-schema.js';
import { registerSeatRoutes } from './seats/index.js';

/** Every co-production route, area by area; where power is shared draws on seats and groups both. */
export function registerCoproductionRoutes(scope: FastifyInstance, context: ModuleContext): void {
  registerGroupRoutes(scope, context);
  registerSeatRoutes(scope, context);
  scope.withTypeProvider<ZodTypeProvider>().get(
    '/coproduction/organisations/:organisationId/power-sharing',
    {
      schema: { tags, params: OrganisationParamsSchema, response: { 200: PowerSharingSchema, ...problems } },
    },
    (request) => getPowerSharing(context, request.actor, request.params.organisationId),
  );
  registerCharterRoutes(scope, context);
  registerPriorityRoutes(scope, context);
}
