import type { FastifyInstance } from 'fastify';
import {
  outreachEndpoints,
  partnerEndpoints,
  roleEndpoints,
} from '../../../contracts/activities.endpoints.js';
import { registerEndpoint } from '../../kernel/endpoints.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as outreach from './outreach.js';
import * as partners from './partners.js';
import * as reach from './reach.js';
import * as roles from './roles.js';

const options = { tags: ['activities'] };

/** The community offer: social enterprise roles, partners and signposting, outreach and reach. */
export function registerCommunityRoutes(scope: FastifyInstance, context: ModuleContext): void {
  // --- social enterprise roles ---
  registerEndpoint(
    scope,
    roleEndpoints.create,
    ({ actor, body }) => roles.createRole(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    roleEndpoints.list,
    ({ actor, params }) => roles.listRoles(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    roleEndpoints.apply,
    ({ actor, params, body }) => roles.applyForRole(context, actor, params.roleId, body.message),
    options,
  );
  registerEndpoint(
    scope,
    roleEndpoints.applications,
    ({ actor, params }) => roles.listApplications(context, actor, params.roleId),
    options,
  );
  registerEndpoint(
    scope,
    roleEndpoints.decide,
    ({ actor, params, body }) => roles.decideApplication(context, actor, params.applicationId, body.status),
    options,
  );
  registerEndpoint(
    scope,
    roleEndpoints.recordHours,
    ({ actor, params, body }) => roles.recordRoleHours(context, actor, params.applicationId, body),
    options,
  );

  // --- partners ---
  registerEndpoint(
    scope,
    partnerEndpoints.create,
    ({ actor, body }) => partners.createPartner(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    partnerEndpoints.list,
    ({ actor, params }) => partners.listPartners(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    partnerEndpoints.signpostPeople,
    ({ actor, params }) => partners.listSignpostPeople(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    partnerEndpoints.signpost,
    ({ actor, params, body }) => partners.signpost(context, actor, params.partnerId, body),
    options,
  );

  // --- outreach ---
  registerEndpoint(
    scope,
    outreachEndpoints.targets,
    ({ actor, params }) => outreach.getTargets(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    outreachEndpoints.setTargets,
    ({ actor, params, body }) => outreach.setTargets(context, actor, params.organisationId, body),
    options,
  );
  registerEndpoint(
    scope,
    outreachEndpoints.myProfile,
    ({ actor, params }) => outreach.getMyProfile(context, actor, params.organisationId),
    options,
  );
  registerEndpoint(
    scope,
    outreachEndpoints.setMyProfile,
    ({ actor, params, body }) => outreach.setMyProfile(context, actor, params.organisationId, body),
    options,
  );
  registerEndpoint(
    scope,
    outreachEndpoints.removeMyProfile,
    async ({ actor, params }) => {
      await outreach.deleteMyProfile(context, actor, params.organisationId);
      return { ok: true as const };
    },
    options,
  );
  registerEndpoint(
    scope,
    outreachEndpoints.reach,
    ({ actor, params }) => reach.getReach(context, actor, params.organisationId),
    options,
  );
}
