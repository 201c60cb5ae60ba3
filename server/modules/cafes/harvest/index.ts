// The harvest: what came of a café (priorities with raw counts, ideas by round and table, attendance
// and photos), as a report to download, and the priorities sent on to co-production.
export { registerHarvestRoutes } from './harvest.routes.js';
export { findPriorityContacts, findPriorityHelpers, findSentPriorities } from './priorities.js';
