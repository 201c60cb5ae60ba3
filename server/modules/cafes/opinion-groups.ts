// Opinion groups and group-informed consensus for agree / disagree / pass statements, after Pol.is,
// cut down for rooms of 5–60 people: one deterministic pass of PCA and k-means that a facilitator can
// explain ("people who voted alike sit together"), with every count shown and no minimum to see results.

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
    (a, b) =>
      b.groupInformedConsensus - a.groupInformedConsensus ||
      (a.statementId < b.statementId ? -1 : a.statementId > b.statementId ? 1 : 0),
  );
}

/** Smoothed agree rate (agrees+1)/(votes+2): a Laplace estimate that stays sensible at tiny counts. */
export function agreeRate(counts: Pick<VoteCounts, 'agrees' | 'votes'>): number {
  return (counts.agrees + 1) / (counts.votes + 2);
}

function latestVotes(votes: readonly StatementVote[]): Map<string, StatementVote> {
  const latest = new Map<string, StatementVote>();
  for (const v of votes) latest.set(JSON.stringify([v.participantId, v.statementId]), v);
  return latest;
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

function sortedUnique(ids: readonly string[]): string[] {
  return [...new Set(ids)].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

type Point = [number, number];

/** Centre the columns and project each row onto the first two principal components. */
function project(matrix: readonly (readonly number[])[]): Point[] {
  const n = matrix.length;
  const m = matrix[0]?.length ?? 0;
  if (n === 0 || m === 0) return matrix.map(() => [0, 0]);
  const means = Array.from({ length: m }, (_, j) => matrix.reduce((s, row) => s + (row[j] ?? 0), 0) / n);
  const centred = matrix.map((row) => row.map((value, j) => value - (means[j] ?? 0)));
  const covariance = Array.from({ length: m }, (_, a) =>
    Array.from({ length: m }, (_, b) => centred.reduce((s, row) => s + (row[a] ?? 0) * (row[b] ?? 0), 0)),
  );
  const first = powerIteration(covariance);
  // Deflate so the second run finds the next direction, orthogonal to the first.
  const deflated = covariance.map((row, a) =>
    row.map((value, b) => value - first.value * (first.vector[a] ?? 0) * (first.vector[b] ?? 0)),
  );
  const second = powerIteration(deflated);
  return centred.map((row) => [dot(row, first.vector), dot(row, second.vector)]);
}

function powerIteration(matrix: readonly (readonly number[])[]): { vector: number[]; value: number } {
  const m = matrix.length;
  // A fixed, uneven start avoids beginning orthogonal to the answer and keeps runs identical.
  let vector = normalise(Array.from({ length: m }, (_, i) => 1 + (i + 1) / (m + 1)));
  let value = 0;
  for (let iteration = 0; iteration < 500; iteration++) {
    const next = matrix.map((row) => dot(row, vector));
    const length = Math.hypot(...next);
    if (length < 1e-12) return { vector: vector.map(() => 0), value: 0 };
    const normalised = next.map((x) => x / length);
    const change = Math.hypot(...normalised.map((x, i) => x - (vector[i] ?? 0)));
    vector = normalised;
    value = length;
    if (change < 1e-10) break;
  }
  // Fix the sign (largest entry positive) so the map does not flip between runs.
  const largest = vector.reduce((best, x) => (Math.abs(x) > Math.abs(best) ? x : best), 0);
  return { vector: largest < 0 ? vector.map((x) => -x) : vector, value };
}

function kMeans(points: readonly Point[], k: number, seed: number, restarts: number): number[] {
  const random = mulberry32(seed);
  let best: { labels: number[]; inertia: number } | null = null;
  for (let attempt = 0; attempt < restarts; attempt++) {
    let centres = plusPlusCentres(points, k, random);
    let labels = points.map(() => 0);
    for (let iteration = 0; iteration < 100; iteration++) {
      const next = points.map((p) => nearest(p, centres));
      const settled = iteration > 0 && next.every((label, i) => label === labels[i]);
      labels = next;
      if (settled) break;
      centres = centres.map((centre, c) => {
        const members = points.filter((_, i) => labels[i] === c);
        if (members.length === 0) return centre;
        return [mean(members.map((p) => p[0])), mean(members.map((p) => p[1]))];
      });
    }
    const inertia = points.reduce((s, p, i) => s + distance2(p, centres[labels[i] ?? 0] ?? p), 0);
    if (new Set(labels).size === k && (!best || inertia < best.inertia - 1e-12)) best = { labels, inertia };
  }
  return best?.labels ?? points.map(() => 0);
}

/** k-means++ seeding: spread the starting centres out, drawing from the seeded generator. */
function plusPlusCentres(points: readonly Point[], k: number, random: () => number): Point[] {
  const first = points[Math.floor(random() * points.length)] ?? [0, 0];
  const centres: Point[] = [first];
  while (centres.length < k) {
    const weights = points.map((p) => Math.min(...centres.map((c) => distance2(p, c))));
    const total = weights.reduce((s, w) => s + w, 0);
    if (total <= 0) break;
    let target = random() * total;
    let chosen = points[points.length - 1] ?? first;
    for (let i = 0; i < points.length; i++) {
      target -= weights[i] ?? 0;
      if (target <= 0) {
        chosen = points[i] ?? chosen;
        break;
      }
    }
    centres.push(chosen);
  }
  return centres;
}

/** Mean silhouette; a point alone in its group scores 0, the usual convention. */
function silhouette(points: readonly Point[], labels: readonly number[], k: number): number {
  if (new Set(labels).size < 2) return -1;
  let total = 0;
  points.forEach((p, i) => {
    const own = labels[i] ?? 0;
    const sums = Array.from({ length: k }, () => 0);
    const sizes = Array.from({ length: k }, () => 0);
    points.forEach((q, j) => {
      if (i === j) return;
      const label = labels[j] ?? 0;
      sums[label] = (sums[label] ?? 0) + Math.sqrt(distance2(p, q));
      sizes[label] = (sizes[label] ?? 0) + 1;
    });
    const ownSize = sizes[own] ?? 0;
    if (ownSize === 0) return;
    const a = (sums[own] ?? 0) / ownSize;
    let b = Infinity;
    for (let c = 0; c < k; c++) {
      const size = sizes[c] ?? 0;
      if (c !== own && size > 0) b = Math.min(b, (sums[c] ?? 0) / size);
    }
    const spread = Math.max(a, b);
    total += spread === 0 || !Number.isFinite(b) ? 0 : (b - a) / spread;
  });
  return total / points.length;
}

/** Number groups by size, largest first (ties by first member), so "group 0" means the same each run. */
function relabel(labels: readonly number[]): number[] {
  const stats = new Map<number, { size: number; first: number }>();
  labels.forEach((label, i) => {
    const s = stats.get(label);
    if (s) s.size += 1;
    else stats.set(label, { size: 1, first: i });
  });
  const order = [...stats].sort((a, b) => b[1].size - a[1].size || a[1].first - b[1].first).map(([l]) => l);
  const mapping = new Map(order.map((label, index) => [label, index]));
  return labels.map((label) => mapping.get(label) ?? 0);
}

function nearest(p: Point, centres: readonly Point[]): number {
  let best = 0;
  let bestDistance = Infinity;
  centres.forEach((c, i) => {
    const d = distance2(p, c);
    if (d < bestDistance - 1e-12) {
      best = i;
      bestDistance = d;
    }
  });
  return best;
}

function distance2(p: Point, q: Point): number {
  return (p[0] - q[0]) ** 2 + (p[1] - q[1]) ** 2;
}

function dot(a: readonly number[], b: readonly number[]): number {
  return a.reduce((s, x, i) => s + x * (b[i] ?? 0), 0);
}

function normalise(v: readonly number[]): number[] {
  const length = Math.hypot(...v);
  return length === 0 ? [...v] : v.map((x) => x / length);
}

function mean(values: readonly number[]): number {
  return values.reduce((s, x) => s + x, 0) / values.length;
}

function round(x: number): string {
  return x.toFixed(9);
}

/** Small seeded generator (mulberry32): enough for choosing k-means starting points reproducibly. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
