// Moderation: the facilitator hides or corrects ideas and merges duplicates (suggested by similarity).
export { registerModerationRoutes } from './moderation.routes.js';
// What table hosts share with the facilitator: hiding an idea, counting paper votes, and how the audit
// log names a host.
export { setHidden } from './moderate-idea.js';
export { storePaperCount, tableHostActing, type PaperCount } from './paper-votes.js';
