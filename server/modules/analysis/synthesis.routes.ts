import type { FastifyInstance } from 'fastify';
import { synthesisEndpoints } from '../../../contracts/analysis.endpoints.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as agreement from './agreement-report.js';
import * as search from './search.js';
import * as synthesis from './synthesis.js';
import * as themes from './themes-and-messages.js';

const options = { tags: ['analysis'] };

/** What the coding adds up to: agreement between coders, themes and key messages, and search. */
export function registerSynthesisRoutes(scope: FastifyInstance, context: ModuleContext): void {
  registerEndpoint(
    scope,
    synthesisEndpoints.agreement,
    ({ actor, params, query }) =>
      agreement.getAgreement(context, actor, params.projectId, {
        unit: query.unit,
        includeSuggestions: query.suggestions === 'true',
      }),
    options,
  );
  registerEndpoint(
    scope,
    synthesisEndpoints.synthesis,
    ({ actor, params }) => synthesis.getSynthesis(context, actor, params.projectId),
    options,
  );
  registerEndpoint(
    scope,
    synthesisEndpoints.addTheme,
    ({ actor, params, body }) => themes.addTheme(context, actor, params.projectId, body),
    options,
  );
  registerEndpoint(
    scope,
    synthesisEndpoints.addKeyMessage,
    ({ actor, params, body }) => themes.addKeyMessage(context, actor, params.projectId, body),
    options,
  );
  registerEndpoint(
    scope,
    synthesisEndpoints.excerpts,
    ({ actor, params, query }) => search.searchExcerpts(context, actor, params.projectId, query),
    options,
  );
}
