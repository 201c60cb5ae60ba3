import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { z } from 'zod';
import {
  priorityEndpoints,
  publicCoproductionEndpoints,
} from '../../../../contracts/coproduction.endpoints.js';
import type { Priority } from '../../../../contracts/coproduction.js';
import { requireActor, signedInOnly, type Actor } from '../../../kernel/access.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { problems, tags } from '../route-schema.js';
import * as cafe from './cafe-import.js';
import * as commitments from './commitments.js';
import * as helpers from './helpers.js';
import * as keyMessages from './key-message-import.js';
import * as priorities from './priorities.js';
import * as publicPage from './public-page.js';
import * as subscriptions from './subscriptions.js';

type ImportEndpoint = typeof priorityEndpoints.importCafePriority | typeof priorityEndpoints.importKeyMessage;

/**
 * A plain route, not registerEndpoint: importing again answers 200 with the first import, and a
 * declared endpoint has one success status. The path and schemas still come from the contract.
 */
function registerImport<D extends ImportEndpoint>(
  scope: FastifyInstance,
  definition: D,
  importOnce: (
    actor: Actor,
    params: z.output<D['params']>,
  ) => Promise<{ priority: Priority; created: boolean }>,
): void {
  scope.withTypeProvider<ZodTypeProvider>().route({
    method: definition.method,
    url: definition.path.slice('/api'.length),
    preValidation: signedInOnly,
    schema: {
      tags,
      summary: definition.summary,
      params: definition.params,
      response: { 200: definition.response, 201: definition.response, ...problems },
    },
    async handler(request, reply) {
      const { priority, created } = await importOnce(
        requireActor(request.actor),
        request.params as z.output<D['params']>,
      );
      return reply.status(created ? 201 : 200).send(priority);
    },
  });
}

/** "You said, we did": priorities, what was committed and done, news for subscribers, the public page. */
export function registerPriorityRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags };
  registerEndpoint(
    scope,
    priorityEndpoints.cafePriorities,
    ({ actor, params }) => cafe.listCafePriorities(context, actor, params.organisationId),
    options,
  );
  registerImport(scope, priorityEndpoints.importCafePriority, (actor, params) =>
    cafe.importCafePriority(context, actor, params.organisationId, params.cafePriorityId),
  );
  registerEndpoint(
    scope,
    priorityEndpoints.keyMessages,
    ({ actor, params }) => keyMessages.listKeyMessages(context, actor, params.organisationId),
    options,
  );
  registerImport(scope, priorityEndpoints.importKeyMessage, (actor, params) =>
    keyMessages.importKeyMessage(context, actor, params.organisationId, params.keyMessageId),
  );
  registerEndpoint(
    scope,
    priorityEndpoints.list,
    ({ actor }) => priorities.listPriorities(context, actor),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.create,
    ({ actor, body }) => priorities.createPriority(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.get,
    ({ actor, params }) => priorities.getPriority(context, actor, params.priorityId),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.update,
    ({ actor, params, body }) => priorities.updatePriority(context, actor, params.priorityId, body),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.helpers,
    ({ actor, params }) => helpers.listPriorityHelpers(context, actor, params.priorityId),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.addCommitment,
    ({ actor, params, body }) => commitments.addCommitment(context, actor, params.priorityId, body),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.updateCommitment,
    ({ actor, params, body }) => commitments.updateCommitment(context, actor, params.commitmentId, body),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.addCommitmentUpdate,
    ({ actor, params, body }) => commitments.addCommitmentUpdate(context, actor, params.commitmentId, body),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.subscribe,
    ({ actor, params }) => subscriptions.subscribe(context, actor, params.priorityId),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.unsubscribe,
    ({ actor, params }) => subscriptions.unsubscribeMe(context, actor, params.priorityId),
    options,
  );
  registerEndpoint(
    scope,
    priorityEndpoints.notifications,
    ({ actor }) => subscriptions.listNotifications(context, actor),
    options,
  );

  // --- public: no sign-in ---
  registerEndpoint(
    scope,
    publicCoproductionEndpoints.unsubscribeByToken,
    ({ params }) => subscriptions.unsubscribeByToken(context, params.token),
    options,
  );
  registerEndpoint(
    scope,
    publicCoproductionEndpoints.youSaidWeDid,
    ({ params }) => publicPage.getPublicYouSaidWeDid(context, params.partnershipId),
    options,
  );
  registerEndpoint(
    scope,
    publicCoproductionEndpoints.youSaidWeDidPriority,
    ({ params }) => publicPage.getPublicPriority(context, params.priorityId),
    options,
  );
}
