// Group-informed consensus for agree / disagree / pass statements, after Pol.is: a statement ranks
// high only when every opinion group tends to agree, with every count shown.
import { compareIds, sortedUnique } from './ids.js';
import type { OpinionGroup } from './opinion-groups.js';
import { latestVotes, type StatementVote, type StatementVoteValue } from './statement-votes.js';

export interface VoteCounts {
  agrees: number;
  disagrees: number;
  passes: number;
  /**
   * agrees + disagrees + passes: every vote cast, passes included. Pol.is counts S as all votes by
   * group members "pass included" and Sensemaker puts passes in N (participation.md §4.1 step 8 and 11,
   * §4.2). Counting passes means a statement that many people could not place scores lower than one
   * they agreed with, which is the point of consensus. Statements a person never saw are not votes.
   */
  votes: number;
}

export interface GroupCounts extends VoteCounts {
  groupId: number;
}

export interface StatementConsensus extends VoteCounts {
  statementId: string;
  perGroup: GroupCounts[];
  /** Product over groups of (agrees+1)/(votes+2): high only when every group agrees. */
  groupInformedConsensus: number;
  /**
   * Where groups differ: the largest gap, over groups, between a group's agree rate and the rest of
   * the room's (other groups pooled), both as (agrees+1)/(votes+2). 0 with fewer than two groups.
   */
  divisiveness: number;
  /** The group that stands furthest from the others on this statement; null with fewer than two groups. */
  mostDistinctGroupId: number | null;
}

/**
 * Count votes per statement, overall and per group, with group-informed consensus and where groups
 * differ. Results are never withheld for small counts; the +1/+2 smoothing is what keeps a group of
 * two from swinging a statement to 0 or 1. Voters outside every group count in the overall totals
 * only. With no groups given, the whole room is treated as one group. Sorted by consensus, highest first.
 */
export function consensus(
  votes: readonly StatementVote[],
  groups: readonly OpinionGroup[],
  statementIds: readonly string[] = [],
): StatementConsensus[] {
  const latest = latestVotes(votes);
  const allVoters = sortedUnique([...latest.values()].map((v) => v.participantId));
  const effectiveGroups: readonly OpinionGroup[] =
    groups.length > 0 ? groups : [{ groupId: 0, participantIds: allVoters }];
  const groupOf = new Map<string, number>();
  for (const group of effectiveGroups) {
    for (const participantId of group.participantIds) groupOf.set(participantId, group.groupId);
  }

  const byStatement = new Map<string, { overall: VoteCounts; perGroup: Map<number, VoteCounts> }>();
  const entry = (statementId: string) => {
    let found = byStatement.get(statementId);
    if (!found) {
      found = {
        overall: emptyCounts(),
        perGroup: new Map(effectiveGroups.map((g) => [g.groupId, emptyCounts()])),
      };
      byStatement.set(statementId, found);
    }
    return found;
  };
  for (const statementId of statementIds) entry(statementId);
  for (const v of latest.values()) {
    const e = entry(v.statementId);
    addVote(e.overall, v.vote);
    const groupId = groupOf.get(v.participantId);
    const counts = groupId === undefined ? undefined : e.perGroup.get(groupId);
    if (counts) addVote(counts, v.vote);
  }

  const results: StatementConsensus[] = [...byStatement].map(([statementId, e]) => {
    const perGroup = [...e.perGroup].map(([groupId, c]) => ({ groupId, ...c }));
    const groupInformedConsensus = perGroup.reduce((product, g) => product * agreeRate(g), 1);
    let divisiveness = 0;
    let mostDistinctGroupId: number | null = null;
    if (perGroup.length >= 2) {
      for (const g of perGroup) {
        const rest = perGroup.filter((other) => other.groupId !== g.groupId).reduce(sumCounts, emptyCounts());
        const gap = Math.abs(agreeRate(g) - agreeRate(rest));
        if (mostDistinctGroupId === null || gap > divisiveness) {
          divisiveness = gap;
          mostDistinctGroupId = g.groupId;
        }
      }
    }
    return { statementId, ...e.overall, perGroup, groupInformedConsensus, divisiveness, mostDistinctGroupId };
  });
  return results.sort(
    (a, b) => b.groupInformedConsensus - a.groupInformedConsensus || compareIds(a.statementId, b.statementId),
  );
}

/** Smoothed agree rate (agrees+1)/(votes+2): a Laplace estimate that stays sensible at tiny counts. */
export function agreeRate(counts: Pick<VoteCounts, 'agrees' | 'votes'>): number {
  return (counts.agrees + 1) / (counts.votes + 2);
}

function emptyCounts(): VoteCounts {
  return { agrees: 0, disagrees: 0, passes: 0, votes: 0 };
}

function addVote(counts: VoteCounts, vote: StatementVoteValue): void {
  if (vote === 1) counts.agrees += 1;
  else if (vote === -1) counts.disagrees += 1;
  else counts.passes += 1;
  counts.votes += 1;
}

function sumCounts(total: VoteCounts, c: VoteCounts): VoteCounts {
  return {
    agrees: total.agrees + c.agrees,
    disagrees: total.disagrees + c.disagrees,
    passes: total.passes + c.passes,
    votes: total.votes + c.votes,
  };
}
