import type { FastifyInstance } from 'fastify';
import { charterEndpoints } from '../../../../contracts/coproduction.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { tags } from '../route-schema.js';
import * as charter from './charter.js';
import * as commitments from './commitments.js';
import * as assessments from './self-assessments.js';

export function registerCharterRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags };
  registerEndpoint(
    scope,
    charterEndpoints.partnership,
    ({ actor }) => charter.getPartnershipCharter(context, actor),
    options,
  );
  registerEndpoint(
    scope,
    charterEndpoints.ofOrganisation,
    ({ actor, params }) => charter.getCharter(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    charterEndpoints.createCommitment,
    ({ actor, body }) => commitments.createCharterCommitment(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    charterEndpoints.updateCommitment,
    ({ actor, params, body }) =>
      commitments.updateCharterCommitment(context, actor, params.commitmentId, body),
    options,
  );
  registerEndpoint(
    scope,
    charterEndpoints.history,
    ({ actor, params }) => assessments.getCharterHistory(context, actor, params.commitmentId),
    options,
  );
  registerEndpoint(
    scope,
    charterEndpoints.addSelfAssessment,
    ({ actor, params, body }) => assessments.addSelfAssessment(context, actor, params.commitmentId, body),
    options,
  );
}
