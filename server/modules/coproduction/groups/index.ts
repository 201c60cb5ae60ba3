// What the rest of the co-production module may use of groups and meetings: the routes, the use
// cases the demo seed runs, and the look-ups the power-sharing summary counts from.
export { createGroup } from './groups.js';
export { createMeeting } from './meetings.js';
export { registerGroupRoutes } from './groups.routes.js';
export {
  findActions,
  findGroupMembers,
  findGroupsOfOrganisations,
  findMeetingsOfGroups,
} from './groups.repository.js';
