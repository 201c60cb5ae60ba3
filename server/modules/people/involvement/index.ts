// What the rest of the people module uses of involvement (training, the involvement log,
// opportunities and a person's own record): its routes and reminder job, the log other modules
// write to, its part of a person's data, and its demo data.
export { registerInvolvementRoutes } from './involvement.routes.js';
export { remindTrainingRefreshes } from './training-reminders.js';
export { recordInvolvement, removeInvolvementFromSource, type InvolvementRecord } from './involvement-log.js';
export { eraseInvolvementData, exportInvolvementData } from './personal-data.js';
export { seedInvolvementDemo } from './involvement.seed.js';
