// The café on the day: people join by code, add ideas at their tables, and the facilitator moves the
// café through its rounds to voting and the close.
export { registerRunningRoutes } from './running.routes.js';
export type { CafeAction } from './control-cafe.js';
// A table host adds their table's paper ideas the way a participant adds one.
export { storeIdea } from './add-idea.js';
