import type { QueryClient, QueryKey } from '@tanstack/react-query';
import { cafeAnswers } from '../../../contracts/cafes.answers.js';
import type { Board } from '../../../contracts/cafes.js';
import { apiRequest } from '../../lib/api.js';

/**
 * The participant's board checks its answers with cafes.answers.ts, which needs no validation
 * library, so a phone in the room downloads neither it nor the café contracts; the join page checks
 * its one answer with cafes.join-answer.ts and does not import this file, to stay smaller still. That
 * is why these pages call the API by path here rather than through the declared endpoints
 * (contracts/cafes.endpoints.ts). The table host's answers are checked by the schemas, which load
 * beside the first request; the facilitator's pages, which load them anyway, use the declared endpoints.
 */
const contracts = () => import('../../../contracts/cafes.js');

export const schemas = {
  board: cafeAnswers.board,
  created: cafeAnswers.created,
  pair: cafeAnswers.pair,
  openTableHost: () => contracts().then((c) => c.OpenTableHostResponseSchema),
  tableHostView: () => contracts().then((c) => c.TableHostViewSchema),
};

export const cafesKey = ['cafes'] as const;
export function cafeKey(cafeId: string) {
  return ['cafes', cafeId] as const;
}
export function boardKey(cafeId: string) {
  return ['cafes', cafeId, 'board'] as const;
}
/** The participant's next pair of ideas to compare. */
export function pairKey(cafeId: string) {
  return ['cafes', cafeId, 'pair'] as const;
}
export function tableHostKey(cafeId: string) {
  return ['cafes', cafeId, 'table-host'] as const;
}
export function similarKey(cafeId: string) {
  return ['cafes', cafeId, 'similar'] as const;
}

export function fetchBoard(cafeId: string): Promise<Board> {
  return apiRequest(`/api/cafes/${cafeId}/board`, schemas.board);
}

/**
 * Fetches the reader's board, keeping the one held when it is newer. A fetch begun before a live
 * change can answer after it (an idea's refetch still on its way when voting opens); taken as it
 * came, it would put the board back a step, and no later message would come to mend it.
 */
export function fetchNewestBoard(client: QueryClient, cafeId: string): Promise<Board> {
  return keepNewest(client, boardKey(cafeId), fetchBoard(cafeId));
}

/** The answer of a fetch, or what is held under `key` when that is newer: read once the answer is in. */
export async function keepNewest<T extends { version: number }>(
  client: QueryClient,
  key: QueryKey,
  answer: Promise<T>,
): Promise<T> {
  const fetched = await answer;
  return newer(client.getQueryData<T>(key), fetched);
}

/** Keeps the newest board or view; an older answer arriving late never replaces a newer one. */
export function newer<T extends { version: number }>(current: T | undefined, next: T): T {
  if (!current || next.version >= current.version) return next;
  return current;
}

/**
 * Takes a public board from the live socket. It carries no `me` and no join code, so the reader's
 * own ones are kept from their last fetch.
 */
export function mergeLiveBoard(current: Board | undefined, live: Board): Board | undefined {
  if (!current) return undefined;
  if (live.version < current.version) return current;
  // Live boards leave out the tables (they never change mid-café) to stay small for a full room.
  const tables = live.cafe.tables.length > 0 ? live.cafe.tables : current.cafe.tables;
  return { ...live, me: current.me, cafe: { ...live.cafe, tables, joinCode: current.cafe.joinCode } };
}

/** Stores a board answered by an action (it carries the reader's own `me`). */
export function storeBoard(client: QueryClient, cafeId: string, board: Board): void {
  client.setQueryData<Board>(boardKey(cafeId), (current) => newer(current, board));
}

/** "KT49RB" → "KT4-9RB", easier to read out in a room. */
export function spacedCode(code: string): string {
  return code.length === 6 ? `${code.slice(0, 3)}-${code.slice(3)}` : code;
}
