import { requestLanguage } from '../../../kernel/i18n.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { CafeParamsSchema } from '../../../../contracts/cafes.js';
import { cafePlanningEndpoints, cafeSignUpEndpoints } from '../../../../contracts/cafes.endpoints.js';
import { requireActor, signedInOnly } from '../../../kernel/access.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import { sendDownload } from '../../../kernel/http.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { setRoles } from './cafe-team.js';
import { createCafe } from './create-cafe.js';
import { findCafes, getCafe } from './list-cafes.js';
import { setRoundVoting } from './round-voting.js';
import * as signUps from './sign-ups.js';
import { renderTableCards } from './table-cards.js';

export function registerPlanningRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();
  const options = { tags: ['cafes'] };
  const planning = cafePlanningEndpoints;

  registerEndpoint(
    scope,
    planning.createCafe,
    ({ actor, body }) => createCafe(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    planning.listCafes,
    async ({ actor }) => ({ cafes: await findCafes(context, actor) }),
    options,
  );
  registerEndpoint(
    scope,
    planning.getCafe,
    ({ actor, params }) => getCafe(context, actor, params.cafeId),
    options,
  );
  registerEndpoint(
    scope,
    planning.setRoundVoting,
    ({ actor, params, body }) =>
      setRoundVoting(context, actor, params.cafeId, Number(params.position), body.votingMethod),
    options,
  );
  registerEndpoint(
    scope,
    planning.setRoles,
    ({ actor, params, body }) => setRoles(context, actor, params.cafeId, body.roles),
    options,
  );
  // A plain route: it sends a PDF download.
  app.get(
    '/cafes/:cafeId/table-cards.pdf',
    { preValidation: signedInOnly, schema: { tags: ['cafes'], params: CafeParamsSchema } },
    async (request, reply) => {
      const file = await renderTableCards(context, requireActor(request.actor), request.params.cafeId);
      return sendDownload(reply, file, 'pdf');
    },
  );

  // --- sign-up: public, no account needed ---
  registerEndpoint(
    scope,
    cafeSignUpEndpoints.getPublicCafe,
    ({ params }) => signUps.getPublicCafe(context, params.cafeId),
    options,
  );
  registerEndpoint(
    scope,
    cafeSignUpEndpoints.signUp,
    // The confirmation is said in the language the person signed up in.
    ({ actor, params, body, request }) =>
      signUps.signUp(context, actor, params.cafeId, body, requestLanguage(request)),
    options,
  );
  registerEndpoint(
    scope,
    cafeSignUpEndpoints.listSignUps,
    ({ actor, params }) => signUps.listSignUps(context, actor, params.cafeId),
    options,
  );
}
