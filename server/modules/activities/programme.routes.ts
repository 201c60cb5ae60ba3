import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityListSchema,
  ActivityParamsSchema,
  ActivitySchema,
  AttendanceRequestSchema,
  CancelOccurrenceRequestSchema,
  CreateActivityRequestSchema,
  CreateProposalRequestSchema,
  FeedLinkSchema,
  FeedTokenParamsSchema,
  OccurrenceParamsSchema,
  OrganisationParamsSchema,
  ProposalListSchema,
  ProposalParamsSchema,
  ProposalSchema,
  PublicProgrammeSchema,
  RespondToProposalRequestSchema,
  RosterSchema,
  SignUpListSchema,
  SignUpSchema,
  UpdateActivityRequestSchema,
} from '../../../contracts/activities.js';
import { PROBLEM_RESPONSES as problems } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as calendars from './calendars.js';
import * as programme from './programme.js';
import * as proposals from './proposals.js';
import * as sessions from './sessions.js';
import * as signUps from './sign-ups.js';

const tags = ['activities'];
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const calendar = { 200: z.string().describe('An iCalendar (RFC 5545) feed'), ...problems };

/** The programme: proposals, activities and their sessions, sign-ups and calendars. */
export function registerProgrammeRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- proposals ---
  app.post(
    '/activities/proposals',
    { schema: { tags, body: CreateProposalRequestSchema, response: { 201: ProposalSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await proposals.proposeActivity(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId/proposals',
    {
      schema: { tags, params: OrganisationParamsSchema, response: { 200: ProposalListSchema, ...problems } },
    },
    (request) => proposals.listProposals(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/activities/proposals/:proposalId/support',
    { schema: { tags, params: ProposalParamsSchema, response: { 200: ProposalSchema, ...problems } } },
    (request) => proposals.supportProposal(context, request.actor, request.params.proposalId),
  );
  app.post(
    '/activities/proposals/:proposalId/response',
    {
      schema: {
        tags,
        description:
          'A coordinator answers: accepted (becomes an activity), not now, or declined, with a reason.',
        params: ProposalParamsSchema,
        body: RespondToProposalRequestSchema,
        response: { 200: ProposalSchema, ...problems },
      },
    },
    (request) => proposals.respondToProposal(context, request.actor, request.params.proposalId, request.body),
  );

  // --- programme ---
  app.post(
    '/activities',
    { schema: { tags, body: CreateActivityRequestSchema, response: { 201: ActivitySchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await programme.createActivity(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId',
    {
      schema: { tags, params: OrganisationParamsSchema, response: { 200: ActivityListSchema, ...problems } },
    },
    (request) => programme.listActivities(context, request.actor, request.params.organisationId),
  );
  app.get(
    '/activities/:activityId',
    { schema: { tags, params: ActivityParamsSchema, response: { 200: ActivitySchema, ...problems } } },
    (request) => programme.getActivity(context, request.actor, request.params.activityId),
  );
  app.patch(
    '/activities/:activityId',
    {
      schema: {
        tags,
        description:
          'Coordinators and facilitators change an activity’s details (not its schedule). More places ' +
          'book people from the front of each waiting list; fewer places never take one from anyone.',
        params: ActivityParamsSchema,
        body: UpdateActivityRequestSchema,
        response: { 200: ActivitySchema, ...problems },
      },
    },
    (request) => programme.updateActivity(context, request.actor, request.params.activityId, request.body),
  );
  app.get(
    '/activities/public/organisations/:organisationId/programme',
    {
      schema: {
        tags,
        description: 'The public programme, no sign-in needed.',
        params: OrganisationParamsSchema,
        response: { 200: PublicProgrammeSchema, ...problems },
      },
    },
    (request) => programme.getPublicProgramme(context, request.params.organisationId),
  );
  app.post(
    '/activities/occurrences/:occurrenceId/sign-up',
    { schema: { tags, params: OccurrenceParamsSchema, response: { 201: SignUpSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await signUps.signUp(context, request.actor, request.params.occurrenceId)),
  );
  app.delete(
    '/activities/occurrences/:occurrenceId/sign-up',
    { schema: { tags, params: OccurrenceParamsSchema, response: { 200: SignUpSchema, ...problems } } },
    (request) => signUps.cancelSignUp(context, request.actor, request.params.occurrenceId),
  );
  app.get(
    '/activities/me/sign-ups',
    { schema: { tags, response: { 200: SignUpListSchema, ...problems } } },
    (request) => signUps.listMySignUps(context, request.actor),
  );
  app.get(
    '/activities/occurrences/:occurrenceId/sign-ups',
    { schema: { tags, params: OccurrenceParamsSchema, response: { 200: RosterSchema, ...problems } } },
    (request) => sessions.getRoster(context, request.actor, request.params.occurrenceId),
  );
  app.post(
    '/activities/occurrences/:occurrenceId/cancel',
    {
      schema: {
        tags,
        params: OccurrenceParamsSchema,
        body: CancelOccurrenceRequestSchema,
        response: { 200: RosterSchema, ...problems },
      },
    },
    (request) =>
      sessions.cancelOccurrence(context, request.actor, request.params.occurrenceId, request.body.reason),
  );
  app.put(
    '/activities/occurrences/:occurrenceId/attendance',
    {
      schema: {
        tags,
        params: OccurrenceParamsSchema,
        body: AttendanceRequestSchema,
        response: { 200: RosterSchema, ...problems },
      },
    },
    (request) =>
      sessions.recordAttendance(
        context,
        request.actor,
        request.params.occurrenceId,
        request.body.attendedPersonIds,
      ),
  );

  // --- calendars ---
  app.get(
    '/activities/public/organisations/:organisationId/calendar.ics',
    { schema: { tags, params: OrganisationParamsSchema, response: calendar } },
    async (request, reply) =>
      reply
        .type(CALENDAR_TYPE)
        .send(await calendars.organisationCalendar(context, request.params.organisationId)),
  );
  app.post(
    '/activities/me/calendar-link',
    {
      schema: {
        tags,
        description: 'Makes a new private calendar link; any earlier link stops working.',
        response: { 201: FeedLinkSchema, ...problems },
      },
    },
    async (request, reply) => reply.status(201).send(await calendars.createFeedLink(context, request.actor)),
  );
  app.get(
    '/activities/feeds/:token/calendar.ics',
    { schema: { tags, params: FeedTokenParamsSchema, response: calendar } },
    async (request, reply) =>
      reply
        .type(CALENDAR_TYPE)
        .header('cache-control', 'private, no-store')
        .send(await calendars.personalCalendar(context, request.params.token)),
  );
}
