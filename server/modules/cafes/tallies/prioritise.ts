// Prioritisation arithmetic for a café: dot voting, approval, pairwise comparison and "I'd help" ticks.
// Pure functions over plain arrays of votes. Every result carries raw counts, because small rooms are
// the norm and a percentage of five people means little without the five.
import { compareIds } from './ids.js';

/** One placement of dots on an idea. Several rows for the same person and idea add up. */
export interface DotVote {
  participantId: string;
  ideaId: string;
  dots: number;
}

export interface DotOptions {
  dotsPerPerson: number;
  allowStacking: boolean;
  /** Ideas to list even when nobody voted for them, so a zero is shown rather than left out. */
  ideaIds?: readonly string[];
}

export type InvalidDotReason = 'not-a-positive-whole-number' | 'stacking-not-allowed' | 'over-budget';

export interface InvalidDotVote {
  vote: DotVote;
  reason: InvalidDotReason;
}

export interface DotResult {
  ideaId: string;
  dots: number;
  voters: number;
  rank: number;
}

export interface DotTally {
  results: DotResult[];
  invalid: InvalidDotVote[];
  /** People with at least one valid dot. */
  participants: number;
}

export interface ApprovalVote {
  participantId: string;
  ideaId: string;
}

export interface ApprovalResult {
  ideaId: string;
  approvals: number;
  /** approvals / participants who voted; 0 when nobody voted. */
  share: number;
  rank: number;
}

export interface ApprovalTally {
  results: ApprovalResult[];
  participants: number;
}

export interface PairwiseWin {
  participantId: string;
  winnerId: string;
  loserId: string;
}

export interface PairwiseCantDecide {
  participantId: string;
  leftId: string;
  rightId: string;
  cantDecide: true;
}

export type PairwiseChoice = PairwiseWin | PairwiseCantDecide;

export interface PairwiseResult {
  ideaId: string;
  wins: number;
  losses: number;
  cantDecide: number;
  /** Times the idea was answered in a pair: wins + losses + can't decide. */
  appearances: number;
  score: number;
  rank: number;
}

export interface Pair {
  leftId: string;
  rightId: string;
}

export interface HelperTick {
  participantId: string;
  ideaId: string;
}

export interface HelperResult {
  ideaId: string;
  helpers: number;
}

/**
 * Standard competition ranking ("1224"): equal values share a rank and the next rank skips.
 * Sorts by value, highest first, then by id so the order never depends on input order.
 */
export function rankByValue<T extends { ideaId: string }>(
  items: readonly T[],
  value: (item: T) => number,
): (T & { rank: number })[] {
  const sorted = [...items].sort((a, b) => value(b) - value(a) || compareIds(a.ideaId, b.ideaId));
  const ranked: (T & { rank: number })[] = [];
  let previous: number | undefined;
  let rank = 0;
  sorted.forEach((item, index) => {
    const v = value(item);
    if (previous === undefined || v !== previous) rank = index + 1;
    previous = v;
    ranked.push({ ...item, rank });
  });
  return ranked;
}

/**
 * Tally dot votes. Rows are taken in the order given (the order they were stored), so a person who
 * goes over budget keeps their first dots and only the rows that break a rule are set aside, each
 * with its reason, rather than the whole ballot failing.
 */
export function tallyDots(votes: readonly DotVote[], options: DotOptions): DotTally {
  const invalid: InvalidDotVote[] = [];
  const spent = new Map<string, number>();
  const placed = new Set<string>();
  const dots = new Map<string, number>();
  const voters = new Map<string, Set<string>>();
  for (const ideaId of options.ideaIds ?? []) dots.set(ideaId, 0);

  for (const vote of votes) {
    if (!Number.isInteger(vote.dots) || vote.dots < 1) {
      invalid.push({ vote, reason: 'not-a-positive-whole-number' });
      continue;
    }
    const key = pairKey(vote.participantId, vote.ideaId);
    if (!options.allowStacking && (vote.dots > 1 || placed.has(key))) {
      invalid.push({ vote, reason: 'stacking-not-allowed' });
      continue;
    }
    const used = spent.get(vote.participantId) ?? 0;
    if (used + vote.dots > options.dotsPerPerson) {
      invalid.push({ vote, reason: 'over-budget' });
      continue;
    }
    spent.set(vote.participantId, used + vote.dots);
    placed.add(key);
    dots.set(vote.ideaId, (dots.get(vote.ideaId) ?? 0) + vote.dots);
    addTo(voters, vote.ideaId, vote.participantId);
  }

  const rows = [...dots].map(([ideaId, count]) => ({
    ideaId,
    dots: count,
    voters: voters.get(ideaId)?.size ?? 0,
  }));
  return { results: rankByValue(rows, (r) => r.dots), invalid, participants: spent.size };
}

/**
 * Tally approval votes. A repeated approval of the same idea by the same person counts once.
 * The share's denominator is the people who approved anything: those are the people who voted.
 */
export function tallyApproval(
  votes: readonly ApprovalVote[],
  ideaIds: readonly string[] = [],
): ApprovalTally {
  const approvers = new Map<string, Set<string>>();
  for (const ideaId of ideaIds) approvers.set(ideaId, new Set());
  const participants = new Set<string>();
  for (const vote of votes) {
    participants.add(vote.participantId);
    addTo(approvers, vote.ideaId, vote.participantId);
  }
  const rows = [...approvers].map(([ideaId, people]) => ({
    ideaId,
    approvals: people.size,
    share: participants.size === 0 ? 0 : people.size / participants.size,
  }));
  return { results: rankByValue(rows, (r) => r.approvals), participants: participants.size };
}

/**
 * All Our Ideas score: 100·(wins+1)/(wins+losses+2), the smoothed chance the idea beats a randomly
 * chosen other idea. An idea never compared scores 50, not 0, so a new idea is not buried.
 */
export function pairwiseScore(wins: number, losses: number): number {
  return (100 * (wins + 1)) / (wins + losses + 2);
}

/**
 * Score pairwise choices for the given ideas. "Can't decide" is recorded as an appearance for both
 * ideas but is neither a win nor a loss, as in All Our Ideas. Choices naming an idea outside
 * `ideaIds` (hidden or merged since) or pairing an idea with itself are ignored.
 */
export function scorePairwise(
  choices: readonly PairwiseChoice[],
  ideaIds: readonly string[],
): PairwiseResult[] {
  const counts = new Map<string, { wins: number; losses: number; cantDecide: number }>();
  for (const ideaId of ideaIds) counts.set(ideaId, { wins: 0, losses: 0, cantDecide: 0 });
  for (const choice of choices) {
    const [a, b] = idsOf(choice);
    const first = counts.get(a);
    const second = counts.get(b);
    if (!first || !second || a === b) continue;
    if ('cantDecide' in choice) {
      first.cantDecide += 1;
      second.cantDecide += 1;
    } else {
      first.wins += 1;
      second.losses += 1;
    }
  }
  const rows = [...counts].map(([ideaId, c]) => ({
    ideaId,
    ...c,
    appearances: c.wins + c.losses + c.cantDecide,
    score: pairwiseScore(c.wins, c.losses),
  }));
  return rankByValue(rows, (r) => r.score);
}

/**
 * Choose the next pair to show a participant. Under-shown pairs come first (All Our Ideas'
 * "catch-up", made exact for small rooms): among the pairs this person has not answered, take those
 * answered least often overall and pick one at random. Only when they have answered every pair do
 * repeats begin, again least-shown first. Left and right are also drawn at random so position does
 * not favour either idea. Returns null with fewer than two ideas.
 */
export function nextPair(
  ideaIds: readonly string[],
  history: readonly PairwiseChoice[],
  participantId: string,
  random: () => number = Math.random,
): Pair | null {
  const ideas = [...new Set(ideaIds)];
  if (ideas.length < 2) return null;
  const known = new Set(ideas);
  const shown = new Map<string, number>();
  const answeredByThem = new Set<string>();
  for (const choice of history) {
    const [a, b] = idsOf(choice);
    if (a === b || !known.has(a) || !known.has(b)) continue;
    const key = unorderedKey(a, b);
    shown.set(key, (shown.get(key) ?? 0) + 1);
    if (choice.participantId === participantId) answeredByThem.add(key);
  }

  const all: [string, string][] = [];
  for (let i = 0; i < ideas.length; i++) {
    for (let j = i + 1; j < ideas.length; j++) {
      const a = ideas[i];
      const b = ideas[j];
      if (a !== undefined && b !== undefined) all.push([a, b]);
    }
  }
  const fresh = all.filter(([a, b]) => !answeredByThem.has(unorderedKey(a, b)));
  const candidates = fresh.length > 0 ? fresh : all;
  // reduce, not Math.min(...), so a long list of pairs cannot overflow the argument limit.
  const least = candidates.reduce((m, [a, b]) => Math.min(m, shown.get(unorderedKey(a, b)) ?? 0), Infinity);
  const under = candidates.filter(([a, b]) => (shown.get(unorderedKey(a, b)) ?? 0) === least);
  const picked = under[pickIndex(under.length, random)] ?? under[0];
  if (!picked) return null;
  const [a, b] = picked;
  return random() < 0.5 ? { leftId: a, rightId: b } : { leftId: b, rightId: a };
}

/** Count "I'd help with this" ticks: distinct people per idea, most helpers first. */
export function tallyHelpers(ticks: readonly HelperTick[], ideaIds: readonly string[] = []): HelperResult[] {
  const helpers = new Map<string, Set<string>>();
  for (const ideaId of ideaIds) helpers.set(ideaId, new Set());
  for (const tick of ticks) addTo(helpers, tick.ideaId, tick.participantId);
  return [...helpers]
    .map(([ideaId, people]) => ({ ideaId, helpers: people.size }))
    .sort((a, b) => b.helpers - a.helpers || compareIds(a.ideaId, b.ideaId));
}

function idsOf(choice: PairwiseChoice): [string, string] {
  return 'cantDecide' in choice ? [choice.leftId, choice.rightId] : [choice.winnerId, choice.loserId];
}

function pickIndex(length: number, random: () => number): number {
  // Clamp so a generator returning exactly 1 cannot step past the end.
  return Math.min(length - 1, Math.max(0, Math.floor(random() * length)));
}

function unorderedKey(a: string, b: string): string {
  return a < b ? pairKey(a, b) : pairKey(b, a);
}

function pairKey(a: string, b: string): string {
  return JSON.stringify([a, b]);
}

function addTo(map: Map<string, Set<string>>, key: string, member: string): void {
  const set = map.get(key);
  if (set) set.add(member);
  else map.set(key, new Set([member]));
}
