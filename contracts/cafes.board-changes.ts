// A café board's live changes: what differs between two public boards, small enough to send to
// every socket of a full hall, and how a phone applies it to the board it has. The server sends one
// only to a socket it knows holds the board the change starts from; the phone checks the version too,
// and on any mismatch reconnects, which fetches the whole board again.
import type { Board, Idea } from './cafes.js';

export type BoardChange = {
  type: 'change';
  /** The version of the board this change applies to. */
  from: number;
  /** The café itself, when anything about it changed (its state, round, way of voting). */
  cafe?: Board['cafe'];
  /**
   * Ideas added (whole) or changed: the id and only the fields that changed (a vote moves one idea's
   * dots and the ranks of those it passes).
   */
  ideas?: (Partial<Idea> & { id: string })[];
  /** The order of the board's ideas, when it is not the old order with new ideas at the end. */
  order?: string[];
  participants?: number;
  opinionGroups?: number | null;
  /** Last, so a reader can find it at the end of the message without parsing the rest. */
  version: number;
};

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** What changed from `before` to `after` (both public boards), or undefined when nothing did. */
export function boardChange(before: Board, after: Board): BoardChange | undefined {
  const old = new Map(before.ideas.map((i) => [i.id, i]));
  const order = after.ideas.map((i) => i.id);
  const now = new Set(order);
  const ideas: (Partial<Idea> & { id: string })[] = [];
  for (const idea of after.ideas) {
    const was = old.get(idea.id);
    if (!was) {
      ideas.push(idea);
      continue;
    }
    const fields = (Object.keys(idea) as (keyof Idea)[]).filter((key) => !same(was[key], idea[key]));
    if (fields.length > 0) {
      ideas.push({ id: idea.id, ...Object.fromEntries(fields.map((key) => [key, idea[key]])) });
    }
  }
  const kept = before.ideas.map((i) => i.id).filter((id) => now.has(id));
  const appended = [...kept, ...order.filter((id) => !old.has(id))];
  const fields: Omit<BoardChange, 'type' | 'from' | 'version'> = {};
  if (!same(before.cafe, after.cafe)) fields.cafe = after.cafe;
  if (ideas.length > 0) fields.ideas = ideas;
  if (kept.length !== before.ideas.length || !same(appended, order)) fields.order = order;
  if (before.participants !== after.participants) fields.participants = after.participants;
  if (before.opinionGroups !== after.opinionGroups) fields.opinionGroups = after.opinionGroups;
  if (Object.keys(fields).length === 0 && before.version === after.version) return undefined;
  return { type: 'change', from: before.version, ...fields, version: after.version };
}

/**
 * The board once `change` is applied to it, or undefined when the change does not follow from this
 * board (a message missed): the caller then fetches the whole board.
 */
export function applyBoardChange(board: Board, change: BoardChange): Board | undefined {
  if (change.from !== board.version) return undefined;
  const ideas = new Map<string, Partial<Idea>>(board.ideas.map((i) => [i.id, i]));
  for (const idea of change.ideas ?? []) ideas.set(idea.id, { ...ideas.get(idea.id), ...idea });
  const order =
    change.order ??
    [...board.ideas.map((i) => i.id), ...(change.ideas ?? []).map((i) => i.id)].filter(
      (id, at, all) => all.indexOf(id) === at,
    );
  const next: Idea[] = [];
  for (const id of order) {
    const idea = ideas.get(id);
    // Only a whole idea has its text; the caller checks the rest of its shape.
    if (!idea || typeof idea.text !== 'string') return undefined;
    next.push(idea as Idea);
  }
  return {
    ...board,
    cafe: change.cafe ?? board.cafe,
    ideas: next,
    participants: change.participants ?? board.participants,
    opinionGroups: change.opinionGroups === undefined ? board.opinionGroups : change.opinionGroups,
    version: change.version,
  };
}
