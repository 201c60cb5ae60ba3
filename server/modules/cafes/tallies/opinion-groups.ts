// Opinion groups for agree / disagree / pass statements, after Pol.is, cut down for rooms of 5–60
// people: one deterministic pass of PCA and k-means that a facilitator can explain ("people who voted
// alike sit together"), with every count shown and no minimum to see results. Consensus across the
// groups is in consensus.ts.
import { sortedUnique } from './ids.js';
import { kMeans, project, relabel, silhouette } from './opinion-map.js';
import { latestVotes, type StatementVote } from './statement-votes.js';

export interface GroupingOptions {
  /** Below this many voters everyone is one group: too few people to speak of camps. Default 6. */
  minParticipants?: number;
  /** Largest number of groups tried. Default 5, as in Pol.is. */
  maxGroups?: number;
  /** Seed for k-means starting points, so the same votes always give the same groups. Default 1. */
  seed?: number;
  /** k-means restarts per k; the tightest is kept. Default 8. */
  restarts?: number;
}

export interface OpinionGroup {
  groupId: number;
  participantIds: string[];
}

export interface ParticipantPosition {
  participantId: string;
  groupId: number;
  x: number;
  y: number;
}

export type GroupingReason = 'clustered' | 'too-few-participants' | 'too-few-votes' | 'no-differences';

export interface Grouping {
  groups: OpinionGroup[];
  /** Each voter's place on the 2-D opinion map, for a chart and its text equivalent. */
  positions: ParticipantPosition[];
  /** Mean silhouette of the chosen grouping (−1..1, higher is cleaner); null when k = 1. */
  silhouette: number | null;
  /** Why this many groups, so the facilitator can be told plainly. */
  reason: GroupingReason;
}

/**
 * Sort voters into opinion groups. Builds a participant × statement matrix (agree 1, disagree −1,
 * pass or unseen 0), projects it to two dimensions with PCA by power iteration, then runs seeded
 * k-means for k = 2..5 and keeps the k with the best silhouette. Rows and columns are sorted by id,
 * so the same votes give the same groups whatever order they arrive in.
 */
export function groupParticipants(votes: readonly StatementVote[], options: GroupingOptions = {}): Grouping {
  const minParticipants = options.minParticipants ?? 6;
  const maxGroups = options.maxGroups ?? 5;
  const seed = options.seed ?? 1;
  const restarts = Math.max(1, options.restarts ?? 8);

  const latest = latestVotes(votes);
  const participantIds = sortedUnique([...latest.values()].map((v) => v.participantId));
  const statementIds = sortedUnique([...latest.values()].map((v) => v.statementId));
  const statementIndex = new Map(statementIds.map((id, i) => [id, i]));
  const participantIndex = new Map(participantIds.map((id, i) => [id, i]));
  const matrix = participantIds.map(() => statementIds.map(() => 0));
  for (const v of latest.values()) {
    const row = matrix[participantIndex.get(v.participantId) ?? -1];
    const col = statementIndex.get(v.statementId);
    if (row && col !== undefined) row[col] = v.vote;
  }

  const points = project(matrix);
  const oneGroup = (reason: GroupingReason): Grouping => ({
    groups: participantIds.length > 0 ? [{ groupId: 0, participantIds }] : [],
    positions: participantIds.map((participantId, i) => ({
      participantId,
      groupId: 0,
      x: points[i]?.[0] ?? 0,
      y: points[i]?.[1] ?? 0,
    })),
    silhouette: null,
    reason,
  });

  if (participantIds.length < Math.max(minParticipants, 3)) return oneGroup('too-few-participants');
  // A split needs at least two statements someone took a side on; passes alone say nothing.
  const contested = statementIds.filter((_, col) => matrix.some((row) => (row[col] ?? 0) !== 0));
  if (contested.length < 2) return oneGroup('too-few-votes');
  const distinct = new Set(points.map(([x, y]) => `${round(x)},${round(y)}`)).size;
  if (distinct < 2) return oneGroup('no-differences');

  let best: { labels: number[]; silhouette: number } | null = null;
  const largestK = Math.min(maxGroups, distinct, participantIds.length - 1);
  for (let k = 2; k <= largestK; k++) {
    const labels = kMeans(points, k, seed + k, restarts);
    const score = silhouette(points, labels, k);
    // Strictly better only, so on a tie the smaller, simpler grouping wins.
    if (!best || score > best.silhouette + 1e-12) best = { labels, silhouette: score };
  }
  if (!best) return oneGroup('no-differences');

  const labels = relabel(best.labels);
  const groupCount = Math.max(...labels) + 1;
  const groups: OpinionGroup[] = Array.from({ length: groupCount }, (_, groupId) => ({
    groupId,
    participantIds: participantIds.filter((_, i) => labels[i] === groupId),
  }));
  return {
    groups,
    positions: participantIds.map((participantId, i) => ({
      participantId,
      groupId: labels[i] ?? 0,
      x: points[i]?.[0] ?? 0,
      y: points[i]?.[1] ?? 0,
    })),
    silhouette: best.silhouette,
    reason: 'clustered',
  };
}

function round(x: number): string {
  return x.toFixed(9);
}
