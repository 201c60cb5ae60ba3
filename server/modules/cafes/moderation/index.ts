// Moderation: the facilitator hides or corrects ideas and merges duplicates (suggested by similarity).
export { registerModerationRoutes } from './moderation.routes.js';
