// Planning a café: its rounds, tables and team, the public sign-up page, and the printed table cards.
export { createCafe } from './create-cafe.js';
export { registerPlanningRoutes } from './planning.routes.js';
