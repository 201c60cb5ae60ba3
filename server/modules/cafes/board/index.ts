// The board: the read model every screen shows (ideas with their raw counts and ranks under the café's
// way of voting), and the live updates that send it again after every change.
export { buildBoard } from './build-board.js';
export { registerBoardRoutes } from './board.routes.js';
export { createCafeLive, NOT_WATCHING, type CafeLive, type Follower } from './live-updates.js';
export { toPairwiseChoice } from './method-results.js';
export { isStanding } from './standing.js';
