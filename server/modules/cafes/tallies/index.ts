// The arithmetic of prioritising, as pure functions over plain arrays of votes (no database): dots,
// approval, pairwise comparison, "I'd help" ticks, and opinion groups with consensus for statements.
export { consensus } from './consensus.js';
export { groupParticipants } from './opinion-groups.js';
export { nextPair, rankByValue, scorePairwise, type PairwiseChoice } from './prioritise.js';
export type { StatementVoteValue } from './statement-votes.js';
export { agreementLabel, type AgreementLabel } from './agreement-label.js';
