import type { FastifyInstance } from 'fastify';
import { groupEndpoints } from '../../../../contracts/coproduction.endpoints.js';
import { registerEndpoint } from '../../../kernel/endpoints.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { tags } from '../route-schema.js';
import * as groups from './groups.js';
import * as meetings from './meetings.js';

export function registerGroupRoutes(scope: FastifyInstance, context: ModuleContext): void {
  const options = { tags };
  registerEndpoint(scope, groupEndpoints.list, ({ actor }) => groups.listGroups(context, actor), options);
  registerEndpoint(
    scope,
    groupEndpoints.create,
    ({ actor, body }) => groups.createGroup(context, actor, body),
    options,
  );
  registerEndpoint(
    scope,
    groupEndpoints.get,
    ({ actor, params }) => groups.getGroup(context, actor, params.groupId),
    options,
  );
  registerEndpoint(
    scope,
    groupEndpoints.update,
    ({ actor, params, body }) => groups.updateGroup(context, actor, params.groupId, body),
    options,
  );
  registerEndpoint(
    scope,
    groupEndpoints.createMeeting,
    ({ actor, params, body }) => meetings.createMeeting(context, actor, params.groupId, body),
    options,
  );
  registerEndpoint(
    scope,
    groupEndpoints.getMeeting,
    ({ actor, params }) => meetings.getMeeting(context, actor, params.meetingId),
    options,
  );
  registerEndpoint(
    scope,
    groupEndpoints.updateMeeting,
    ({ actor, params, body }) => meetings.updateMeeting(context, actor, params.meetingId, body),
    options,
  );
  registerEndpoint(
    scope,
    groupEndpoints.updateAction,
    ({ actor, params, body }) => meetings.updateActionStatus(context, actor, params.actionId, body.status),
    options,
  );
}
