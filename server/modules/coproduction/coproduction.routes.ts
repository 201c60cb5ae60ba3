import type { FastifyInstance } from 'fastify';
import { seatEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import type { ModuleContext } from '../../kernel/module.js';
import { registerCharterRoutes } from './charter/index.js';
import { registerGroupRoutes } from './groups/index.js';
import { getPowerSharing } from './power-sharing.js';
import { registerPriorityRoutes } from './priorities/index.js';
import { tags } from './route-schema.js';
import { registerSeatRoutes } from './seats/index.js';

/** Every co-production route, area by area; where power is shared draws on seats and groups both. */
export function registerCoproductionRoutes(scope: FastifyInstance, context: ModuleContext): void {
  registerGroupRoutes(scope, context);
  registerSeatRoutes(scope, context);
  registerEndpoint(
    scope,
    seatEndpoints.powerSharing,
    ({ actor, params }) => getPowerSharing(context, actor, params.organisationId),
    { tags },
  );
  registerCharterRoutes(scope, context);
  registerPriorityRoutes(scope, context);
}
