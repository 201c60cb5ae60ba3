import type { FastifyInstance } from 'fastify';
import { safeguardingEndpoints } from '../../../../contracts/stories.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as cases from './alert-case.js';
import { getSafeguardingCoverage } from './coverage.js';
import { raiseConcern } from './raise-concern.js';
import { withholdSentences } from './withhold-sentences.js';

export function registerSafeguardingRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const tagged = { tags: ['safeguarding'] };

  registerEndpoint(
    scope,
    safeguardingEndpoints.alerts,
    async ({ actor }) => ({ alerts: await cases.findSafeguardingAlerts(context, actor) }),
    tagged,
  );
  registerEndpoint(
    scope,
    safeguardingEndpoints.alert,
    ({ actor, params }) => cases.getAlertCase(context, actor, params.alertId),
    tagged,
  );
  registerEndpoint(
    scope,
    safeguardingEndpoints.update,
    ({ actor, params, body }) => cases.updateSafeguardingAlert(context, actor, params.alertId, body),
    tagged,
  );
  registerEndpoint(
    scope,
    safeguardingEndpoints.addCaseEntry,
    ({ actor, params, body }) => cases.recordCaseEntry(context, actor, params.alertId, body),
    tagged,
  );
  registerEndpoint(
    scope,
    safeguardingEndpoints.withhold,
    ({ actor, params, body }) => withholdSentences(context, actor, params.alertId, body),
    tagged,
  );
  registerEndpoint(
    scope,
    safeguardingEndpoints.coverage,
    ({ actor }) => getSafeguardingCoverage(context, actor),
    tagged,
  );
  registerEndpoint(
    scope,
    safeguardingEndpoints.raiseConcern,
    ({ actor, params, body }) => raiseConcern(context, actor, params.storyId, body),
    tagged,
  );
}
