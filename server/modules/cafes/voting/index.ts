// Voting: dots or approval, pairwise comparison, agree / disagree / pass on statements, and "I'd help"
// ticks. Each vote is checked against the café's way of voting and answered with what the voter sees next.
export { registerVotingRoutes } from './voting.routes.js';
