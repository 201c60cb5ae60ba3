import { requestLanguage } from '../../kernel/i18n.js';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { FeedTokenParamsSchema, OrganisationParamsSchema } from '../../../contracts/activities.js';
import {
  calendarPaths,
  programmeEndpoints,
  proposalEndpoints,
  sessionEndpoints,
} from '../../../contracts/activities.endpoints.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import { PROBLEM_RESPONSES as problems } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as calendars from './calendars.js';
import * as programme from './programme.js';
import * as proposals from './proposals.js';
import * as sessions from './sessions.js';
import * as signUps from './sign-ups.js';

const tags = ['activities'];
const options = { tags };
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const calendar = { 200: z.string().describe('An iCalendar (RFC 5545) feed'), ...problems };
/** Plain routes register under the module's `/api` scope, as the declared endpoints do. */
const underApi = (path: string) => path.slice('/api'.length);

/** The programme: proposals, activities and their sessions, sign-ups and calendars. */
export function registerProgrammeRoutes(scope: FastifyInstance, context: ModuleContext): void {
  // --- proposals ---
  registerEndpoint(
    scope,
    proposalEndpoints.propose,
    ({ actor, body }) => proposals.proposeActivity(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    proposalEndpoints.list,
    ({ actor, params }) => proposals.listProposals(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    proposalEndpoints.support,
    ({ actor, params }) => proposals.supportProposal(context, actor, params.proposalId),
    options,
  );
  registerEndpoint(
    scope,
    proposalEndpoints.respond,
    ({ actor, params, body }) => proposals.respondToProposal(context, actor, params.proposalId, body),
    options,
  );

  // --- programme ---
  registerEndpoint(
    scope,
    programmeEndpoints.create,
    ({ actor, body }) => programme.createActivity(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    programmeEndpoints.list,
    ({ actor, params }) => programme.listActivities(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    programmeEndpoints.get,
    ({ actor, params }) => programme.getActivity(context, actor, params.activityId),
    options,
  );
  registerEndpoint(
    scope,
    programmeEndpoints.update,
    ({ actor, params, body }) => programme.updateActivity(context, actor, params.activityId, body),
    options,
  );
  registerEndpoint(
    scope,
    programmeEndpoints.publicProgramme,
    ({ params }) => programme.getPublicProgramme(context, params.organisationId),
    options,
  );

  // --- sessions ---
  registerEndpoint(
    scope,
    sessionEndpoints.signUp,
    ({ actor, params }) => signUps.signUp(context, actor, params.occurrenceId),
    options,
  );
  registerEndpoint(
    scope,
    sessionEndpoints.cancelSignUp,
    ({ actor, params }) => signUps.cancelSignUp(context, actor, params.occurrenceId),
    options,
  );
  registerEndpoint(
    scope,
    sessionEndpoints.mySignUps,
    ({ actor }) => signUps.listMySignUps(context, actor),
    options,
  );
  registerEndpoint(
    scope,
    sessionEndpoints.roster,
    ({ actor, params }) => sessions.getRoster(context, actor, params.occurrenceId),
    options,
  );
  registerEndpoint(
    scope,
    sessionEndpoints.cancel,
    ({ actor, params, body }) => sessions.cancelOccurrence(context, actor, params.occurrenceId, body.reason),
    options,
  );
  registerEndpoint(
    scope,
    sessionEndpoints.attendance,
    ({ actor, params, body }) =>
      sessions.recordAttendance(context, actor, params.occurrenceId, body.attendedPersonIds),
    options,
  );

  // --- calendars ---
  registerEndpoint(
    scope,
    sessionEndpoints.calendarLink,
    ({ actor }) => calendars.createFeedLink(context, actor),
    options,
  );
  // The feeds stay plain routes: they answer text/calendar, not JSON.
  const app = scope.withTypeProvider<ZodTypeProvider>();
  app.get(
    underApi(calendarPaths.organisation),
    { schema: { tags, params: OrganisationParamsSchema, response: calendar } },
    async (request, reply) =>
      reply
        .type(CALENDAR_TYPE)
        .send(
          await calendars.organisationCalendar(
            context,
            request.params.organisationId,
            requestLanguage(request),
          ),
        ),
  );
  app.get(
    underApi(calendarPaths.personal),
    { schema: { tags, params: FeedTokenParamsSchema, response: calendar } },
    async (request, reply) =>
      reply
        .type(CALENDAR_TYPE)
        .header('cache-control', 'private, no-store')
        .send(await calendars.personalCalendar(context, request.params.token)),
  );
}
