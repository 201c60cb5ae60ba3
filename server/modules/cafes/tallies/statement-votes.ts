export type StatementVoteValue = 1 | -1 | 0;

/**
 * One vote: 1 agree, -1 disagree, 0 pass (Pol.is' maths stores agree as −1; we keep the intuitive sign).
 * A later row for the same person and statement replaces an earlier one.
 */
export interface StatementVote {
  participantId: string;
  statementId: string;
  vote: StatementVoteValue;
}

/** Each person's latest vote on each statement: a later row replaces an earlier one. */
export function latestVotes(votes: readonly StatementVote[]): Map<string, StatementVote> {
  const latest = new Map<string, StatementVote>();
  for (const v of votes) latest.set(JSON.stringify([v.participantId, v.statementId]), v);
  return latest;
}
