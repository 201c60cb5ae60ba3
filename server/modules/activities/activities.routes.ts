import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  ActivityListSchema,
  ActivityParamsSchema,
  ActivitySchema,
  ApplicationListSchema,
  ApplicationParamsSchema,
  ApplicationSchema,
  ApplyRequestSchema,
  AttendanceRequestSchema,
  CancelOccurrenceRequestSchema,
  CreateActivityRequestSchema,
  CreatePartnerRequestSchema,
  CreateProposalRequestSchema,
  CreateRoleRequestSchema,
  DecideApplicationRequestSchema,
  FeedLinkSchema,
  FeedTokenParamsSchema,
  OccurrenceParamsSchema,
  OrganisationParamsSchema,
  OutreachProfileRequestSchema,
  OutreachProfileSchema,
  OutreachTargetsRequestSchema,
  OutreachTargetsSchema,
  PartnerListSchema,
  PartnerParamsSchema,
  PartnerSchema,
  ProposalListSchema,
  ProposalParamsSchema,
  ProposalSchema,
  PublicProgrammeSchema,
  ReachSchema,
  RecordedHoursSchema,
  RecordHoursRequestSchema,
  RespondToProposalRequestSchema,
  RoleListSchema,
  RoleParamsSchema,
  RoleSchema,
  RosterSchema,
  SignpostRequestSchema,
  SignpostPeopleSchema,
  SignpostSchema,
  SignUpListSchema,
  SignUpSchema,
  UpdateActivityRequestSchema,
} from '../../../contracts/activities.js';
import { OkSchema } from '../../../contracts/common.js';
import { PROBLEM_RESPONSES } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as community from './activities.community.js';
import * as service from './activities.service.js';

const problems = PROBLEM_RESPONSES;
const tags = ['activities'];
const CALENDAR_TYPE = 'text/calendar; charset=utf-8';
const calendar = { 200: z.string().describe('An iCalendar (RFC 5545) feed'), ...problems };

export function registerActivitiesRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- proposals ---
  app.post(
    '/activities/proposals',
    { schema: { tags, body: CreateProposalRequestSchema, response: { 201: ProposalSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.proposeActivity(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId/proposals',
    {
      schema: { tags, params: OrganisationParamsSchema, response: { 200: ProposalListSchema, ...problems } },
    },
    (request) => service.listProposals(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/activities/proposals/:proposalId/support',
    { schema: { tags, params: ProposalParamsSchema, response: { 200: ProposalSchema, ...problems } } },
    (request) => service.supportProposal(context, request.actor, request.params.proposalId),
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
    (request) => service.respondToProposal(context, request.actor, request.params.proposalId, request.body),
  );

  // --- programme ---
  app.post(
    '/activities',
    { schema: { tags, body: CreateActivityRequestSchema, response: { 201: ActivitySchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.createActivity(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId',
    {
      schema: { tags, params: OrganisationParamsSchema, response: { 200: ActivityListSchema, ...problems } },
    },
    (request) => service.listActivities(context, request.actor, request.params.organisationId),
  );
  app.get(
    '/activities/:activityId',
    { schema: { tags, params: ActivityParamsSchema, response: { 200: ActivitySchema, ...problems } } },
    (request) => service.getActivity(context, request.actor, request.params.activityId),
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
    (request) => service.updateActivity(context, request.actor, request.params.activityId, request.body),
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
    (request) => service.getPublicProgramme(context, request.params.organisationId),
  );
  app.post(
    '/activities/occurrences/:occurrenceId/sign-up',
    { schema: { tags, params: OccurrenceParamsSchema, response: { 201: SignUpSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await service.signUp(context, request.actor, request.params.occurrenceId)),
  );
  app.delete(
    '/activities/occurrences/:occurrenceId/sign-up',
    { schema: { tags, params: OccurrenceParamsSchema, response: { 200: SignUpSchema, ...problems } } },
    (request) => service.cancelSignUp(context, request.actor, request.params.occurrenceId),
  );
  app.get(
    '/activities/me/sign-ups',
    { schema: { tags, response: { 200: SignUpListSchema, ...problems } } },
    (request) => service.listMySignUps(context, request.actor),
  );
  app.get(
    '/activities/occurrences/:occurrenceId/sign-ups',
    { schema: { tags, params: OccurrenceParamsSchema, response: { 200: RosterSchema, ...problems } } },
    (request) => service.getRoster(context, request.actor, request.params.occurrenceId),
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
      service.cancelOccurrence(context, request.actor, request.params.occurrenceId, request.body.reason),
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
      service.recordAttendance(
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
        .send(await service.organisationCalendar(context, request.params.organisationId)),
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
    async (request, reply) => reply.status(201).send(await service.createFeedLink(context, request.actor)),
  );
  app.get(
    '/activities/feeds/:token/calendar.ics',
    { schema: { tags, params: FeedTokenParamsSchema, response: calendar } },
    async (request, reply) =>
      reply
        .type(CALENDAR_TYPE)
        .header('cache-control', 'private, no-store')
        .send(await service.personalCalendar(context, request.params.token)),
  );

  // --- social enterprise roles ---
  app.post(
    '/activities/roles',
    { schema: { tags, body: CreateRoleRequestSchema, response: { 201: RoleSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await community.createRole(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId/roles',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: RoleListSchema, ...problems } } },
    (request) => community.listRoles(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/activities/roles/:roleId/applications',
    {
      schema: {
        tags,
        params: RoleParamsSchema,
        body: ApplyRequestSchema,
        response: { 201: ApplicationSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await community.applyForRole(context, request.actor, request.params.roleId, request.body.message),
        ),
  );
  app.get(
    '/activities/roles/:roleId/applications',
    { schema: { tags, params: RoleParamsSchema, response: { 200: ApplicationListSchema, ...problems } } },
    (request) => community.listApplications(context, request.actor, request.params.roleId),
  );
  app.patch(
    '/activities/applications/:applicationId',
    {
      schema: {
        tags,
        params: ApplicationParamsSchema,
        body: DecideApplicationRequestSchema,
        response: { 200: ApplicationSchema, ...problems },
      },
    },
    (request) =>
      community.decideApplication(context, request.actor, request.params.applicationId, request.body.status),
  );
  app.post(
    '/activities/applications/:applicationId/hours',
    {
      schema: {
        tags,
        description: 'Records hours worked in the role into the involvement log.',
        params: ApplicationParamsSchema,
        body: RecordHoursRequestSchema,
        response: { 201: RecordedHoursSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(
          await community.recordRoleHours(context, request.actor, request.params.applicationId, request.body),
        ),
  );

  // --- partners ---
  app.post(
    '/activities/partners',
    { schema: { tags, body: CreatePartnerRequestSchema, response: { 201: PartnerSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await community.createPartner(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId/partners',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: PartnerListSchema, ...problems } } },
    (request) => community.listPartners(context, request.actor, request.params.organisationId),
  );
  app.get(
    '/activities/organisations/:organisationId/signpost-people',
    {
      schema: {
        tags,
        description: 'The people a peer supporter, facilitator or coordinator may signpost: names only.',
        params: OrganisationParamsSchema,
        response: { 200: SignpostPeopleSchema, ...problems },
      },
    },
    (request) => community.listSignpostPeople(context, request.actor, request.params.organisationId),
  );
  app.post(
    '/activities/partners/:partnerId/signposts',
    {
      schema: {
        tags,
        description: 'Records that a member was signposted to the partner; refused without their consent.',
        params: PartnerParamsSchema,
        body: SignpostRequestSchema,
        response: { 201: SignpostSchema, ...problems },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await community.signpost(context, request.actor, request.params.partnerId, request.body)),
  );

  // --- outreach ---
  app.get(
    '/activities/organisations/:organisationId/outreach-targets',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        response: { 200: OutreachTargetsSchema, ...problems },
      },
    },
    (request) => community.getTargets(context, request.actor, request.params.organisationId),
  );
  app.put(
    '/activities/organisations/:organisationId/outreach-targets',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        body: OutreachTargetsRequestSchema,
        response: { 200: OutreachTargetsSchema, ...problems },
      },
    },
    (request) => community.setTargets(context, request.actor, request.params.organisationId, request.body),
  );
  app.get(
    '/activities/organisations/:organisationId/my-outreach',
    {
      schema: {
        tags,
        params: OrganisationParamsSchema,
        response: { 200: OutreachProfileSchema, ...problems },
      },
    },
    (request) => community.getMyProfile(context, request.actor, request.params.organisationId),
  );
  app.put(
    '/activities/organisations/:organisationId/my-outreach',
    {
      schema: {
        tags,
        description: 'Optional: the first part of your postcode and a community you describe yourself.',
        params: OrganisationParamsSchema,
        body: OutreachProfileRequestSchema,
        response: { 200: OutreachProfileSchema, ...problems },
      },
    },
    (request) => community.setMyProfile(context, request.actor, request.params.organisationId, request.body),
  );
  app.delete(
    '/activities/organisations/:organisationId/my-outreach',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: OkSchema, ...problems } } },
    async (request) => {
      await community.deleteMyProfile(context, request.actor, request.params.organisationId);
      return { ok: true as const };
    },
  );
  app.get(
    '/activities/organisations/:organisationId/reach',
    {
      schema: {
        tags,
        description: 'Engagement by area and community against targets; every count under 5 is hidden.',
        params: OrganisationParamsSchema,
        response: { 200: ReachSchema, ...problems },
      },
    },
    (request) => community.getReach(context, request.actor, request.params.organisationId),
  );
}
