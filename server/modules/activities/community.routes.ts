import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import {
  ApplicationListSchema,
  ApplicationParamsSchema,
  ApplicationSchema,
  ApplyRequestSchema,
  CreatePartnerRequestSchema,
  CreateRoleRequestSchema,
  DecideApplicationRequestSchema,
  OrganisationParamsSchema,
  OutreachProfileRequestSchema,
  OutreachProfileSchema,
  OutreachTargetsRequestSchema,
  OutreachTargetsSchema,
  PartnerListSchema,
  PartnerParamsSchema,
  PartnerSchema,
  ReachSchema,
  RecordHoursRequestSchema,
  RecordedHoursSchema,
  RoleListSchema,
  RoleParamsSchema,
  RoleSchema,
  SignpostPeopleSchema,
  SignpostRequestSchema,
  SignpostSchema,
} from '../../../contracts/activities.js';
import { OkSchema } from '../../../contracts/common.js';
import { PROBLEM_RESPONSES as problems } from '../../kernel/http.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as outreach from './outreach.js';
import * as partners from './partners.js';
import * as reach from './reach.js';
import * as roles from './roles.js';

const tags = ['activities'];

/** The community offer: social enterprise roles, partners and signposting, outreach and reach. */
export function registerCommunityRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const app = scope.withTypeProvider<ZodTypeProvider>();

  // --- social enterprise roles ---
  app.post(
    '/activities/roles',
    { schema: { tags, body: CreateRoleRequestSchema, response: { 201: RoleSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await roles.createRole(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId/roles',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: RoleListSchema, ...problems } } },
    (request) => roles.listRoles(context, request.actor, request.params.organisationId),
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
        .send(await roles.applyForRole(context, request.actor, request.params.roleId, request.body.message)),
  );
  app.get(
    '/activities/roles/:roleId/applications',
    { schema: { tags, params: RoleParamsSchema, response: { 200: ApplicationListSchema, ...problems } } },
    (request) => roles.listApplications(context, request.actor, request.params.roleId),
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
      roles.decideApplication(context, request.actor, request.params.applicationId, request.body.status),
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
          await roles.recordRoleHours(context, request.actor, request.params.applicationId, request.body),
        ),
  );

  // --- partners ---
  app.post(
    '/activities/partners',
    { schema: { tags, body: CreatePartnerRequestSchema, response: { 201: PartnerSchema, ...problems } } },
    async (request, reply) =>
      reply.status(201).send(await partners.createPartner(context, request.actor, request.body)),
  );
  app.get(
    '/activities/organisations/:organisationId/partners',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: PartnerListSchema, ...problems } } },
    (request) => partners.listPartners(context, request.actor, request.params.organisationId),
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
    (request) => partners.listSignpostPeople(context, request.actor, request.params.organisationId),
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
        .send(await partners.signpost(context, request.actor, request.params.partnerId, request.body)),
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
    (request) => outreach.getTargets(context, request.actor, request.params.organisationId),
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
    (request) => outreach.setTargets(context, request.actor, request.params.organisationId, request.body),
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
    (request) => outreach.getMyProfile(context, request.actor, request.params.organisationId),
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
    (request) => outreach.setMyProfile(context, request.actor, request.params.organisationId, request.body),
  );
  app.delete(
    '/activities/organisations/:organisationId/my-outreach',
    { schema: { tags, params: OrganisationParamsSchema, response: { 200: OkSchema, ...problems } } },
    async (request) => {
      await outreach.deleteMyProfile(context, request.actor, request.params.organisationId);
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
    (request) => reach.getReach(context, request.actor, request.params.organisationId),
  );
}
