import {
  agreementLabel,
  consensus,
  groupParticipants,
  rankByValue,
  scorePairwise,
  type AgreementLabel,
  type PairwiseChoice,
  type StatementVoteValue,
} from '../tallies/index.js';
import type { CafeRow, PairwiseChoiceRow, StatementVoteRow } from '../cafes.repository.js';
import { isStanding } from './standing.js';

/**
 * Standard competition ranking (1, 2, 2, 4) by dots (or ticks) from phones and paper together, over
 * ideas still standing.
 */
export function rankByDots(
  ideas: { id: string; dots: number; paperVotes: number; hidden: boolean; mergedInto: string | null }[],
) {
  const standing = ideas.filter(isStanding).map((i) => ({ ideaId: i.id, dots: i.dots + i.paperVotes }));
  return new Map(rankByValue(standing, (i) => i.dots).map((r) => [r.ideaId, r.rank]));
}

type MethodResults = {
  ranks: Map<string, number> | undefined;
  pairwise: Map<string, { wins: number; losses: number; cantDecide: number; score: number }>;
  agreement: Map<
    string,
    {
      agrees: number;
      disagrees: number;
      passes: number;
      votes: number;
      label: AgreementLabel;
      consensus: number;
      divisiveness: number;
    }
  >;
  opinionGroups: number | null;
  statementVotes: { participantId: string; statementId: string; vote: StatementVoteValue }[];
};

/** A stored pairwise choice as the tallies count it: a win and a loss, or "can't decide". */
export function toPairwiseChoice(row: PairwiseChoiceRow): PairwiseChoice {
  if (!row.winnerId)
    return { participantId: row.participantId, leftId: row.leftId, rightId: row.rightId, cantDecide: true };
  return {
    participantId: row.participantId,
    winnerId: row.winnerId,
    loserId: row.winnerId === row.leftId ? row.rightId : row.leftId,
  };
}

/** Scores for pairwise and agreement cafés (dots and approval are counted in SQL). */
export function buildMethodResults(
  method: CafeRow['votingMethod'],
  ideaIds: string[],
  choices: PairwiseChoiceRow[],
  statementRows: StatementVoteRow[],
): MethodResults {
  const results: MethodResults = {
    ranks: undefined,
    pairwise: new Map(),
    agreement: new Map(),
    opinionGroups: null,
    statementVotes: [],
  };
  if (method === 'pairwise') {
    const scored = scorePairwise(choices.map(toPairwiseChoice), ideaIds);
    results.ranks = new Map(scored.map((r) => [r.ideaId, r.rank]));
    for (const r of scored)
      results.pairwise.set(r.ideaId, {
        wins: r.wins,
        losses: r.losses,
        cantDecide: r.cantDecide,
        score: r.score,
      });
  }
  if (method === 'agreement') {
    const votes = statementRows
      .filter((v) => ideaIds.includes(v.ideaId))
      .map((v) => ({
        participantId: v.participantId,
        statementId: v.ideaId,
        vote: Math.sign(v.vote) as StatementVoteValue,
      }));
    const grouping = groupParticipants(votes);
    const scored = consensus(votes, grouping.groups, ideaIds);
    results.ranks = new Map(
      rankByValue(
        scored.map((c) => ({ ideaId: c.statementId, value: c.groupInformedConsensus })),
        (c) => c.value,
      ).map((r) => [r.ideaId, r.rank]),
    );
    for (const c of scored) {
      results.agreement.set(c.statementId, {
        agrees: c.agrees,
        disagrees: c.disagrees,
        passes: c.passes,
        votes: c.votes,
        label: agreementLabel(c),
        consensus: Math.round(c.groupInformedConsensus * 1000) / 1000,
        divisiveness: Math.round(c.divisiveness * 1000) / 1000,
      });
    }
    results.opinionGroups = Math.max(1, grouping.groups.length);
    results.statementVotes = votes;
  }
  return results;
}
