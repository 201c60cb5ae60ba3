import type { FastifyInstance } from 'fastify';
import { seatEndpoints } from '../../../../contracts/coproduction.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { tags } from '../route-schema.js';
import * as interest from './interest.js';
import * as seats from './seats.js';

export function registerSeatRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags };
  registerEndpoint(
    scope,
    seatEndpoints.create,
    ({ actor, body }) => seats.createSeat(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    seatEndpoints.update,
    ({ actor, params, body }) => seats.updateSeat(context, actor, params.seatId, body),
    options,
  );
  registerEndpoint(
    scope,
    seatEndpoints.listOfOrganisation,
    ({ actor, params }) => seats.listSeats(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    seatEndpoints.opportunities,
    ({ actor }) => seats.listOpportunities(context, actor),
    options,
  );
  registerEndpoint(
    scope,
    seatEndpoints.expressInterest,
    ({ actor, params, body }) => interest.expressInterest(context, actor, params.seatId, body),
    options,
  );
  registerEndpoint(
    scope,
    seatEndpoints.listInterest,
    ({ actor, params }) => interest.listInterests(context, actor, params.seatId),
    options,
  );
}
