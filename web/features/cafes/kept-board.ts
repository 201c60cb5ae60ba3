import type { Board } from '../../../contracts/cafes.js';
import { forgetPageOffline } from '../../lib/offline-pages.js';
import { timeInWords } from '../../lib/i18n/dates.js';
import { schemas } from './cafe-api.js';
import {
  answeredName,
  dropWaiting,
  keepParticipant,
  keptBoardName,
  loadQueue,
  participantHere,
  participantName,
} from './offline-queue.js';

// The last board a participant's phone showed for a café, and the next pair of ideas it offered, kept
// on the phone so that a reload with the connection down still shows the room (with a note saying
// when it was from). Only what that participant already saw on this phone is kept: the board as the
// server answered it to them (their own votes, the ideas they could read), never a facilitator's board.
// It is kept with whose it is and when it was current, and shown only to that participant within a day
// of it (a café is a live event). All of it, with the page kept for opening offline, is forgotten when
// the café closes, the phone is no longer in it, someone else joins it on this phone, a day has passed,
// or a member signs out on this phone (forgetEveryCafe in web/lib/offline-pages.ts).

export type Pair = { leftId: string; rightId: string } | null;
export type KeptBoard = { board: Board; participantId: string; savedAt: number };

/** How long a kept board may be shown: a café is a live event, so a board from yesterday is no use. */
export const KEPT_FOR_MS = 24 * 60 * 60 * 1000;

function pairName(cafeId: string): string {
  return `cairn:cafe-next-pair:${cafeId}`;
}

/** The board page's address: the scope its offline copy is kept under. */
export function boardPath(cafeId: string): string {
  return `/cafes/${cafeId}/board`;
}

function isPair(value: unknown): value is Pair {
  if (typeof value !== 'object') return false;
  if (value === null) return true;
  const { leftId, rightId } = value as Record<string, unknown>;
  return typeof leftId === 'string' && typeof rightId === 'string';
}

/** What is kept under `name`, or undefined when nothing (or nothing readable) is. */
function read(name: string): unknown {
  try {
    const kept = localStorage.getItem(name);
    return kept === null ? undefined : JSON.parse(kept);
  } catch {
    return undefined;
  }
}

function write(name: string, value: unknown): void {
  try {
    localStorage.setItem(name, JSON.stringify(value));
  } catch {
    // Storage full or turned off: it is shown only while the page is open.
  }
}

/** The kept board, if it is readable, this café's, the participant's here now, and less than a day old. */
function checkKept(cafeId: string, parsed: unknown, now: number): KeptBoard | undefined {
  if (typeof parsed !== 'object' || parsed === null) return undefined;
  const { board, participantId, savedAt } = parsed as Record<string, unknown>;
  const checked = schemas.board.safeParse(board);
  if (!checked.success || checked.data.cafe.id !== cafeId) return undefined;
  if (typeof participantId !== 'string' || participantId !== participantHere(cafeId)) return undefined;
  if (typeof savedAt !== 'number' || savedAt > now || now - savedAt > KEPT_FOR_MS) return undefined;
  return { board: checked.data, participantId, savedAt };
}

/**
 * The board kept on this phone for this café, if any, checked as it was when it arrived. One kept for
 * someone else, or more than a day ago, is forgotten (with the pair kept beside it) and never shown.
 */
export function loadKeptBoard(cafeId: string, now = Date.now()): KeptBoard | undefined {
  const parsed = read(keptBoardName(cafeId));
  if (parsed === undefined) return undefined;
  const kept = checkKept(cafeId, parsed, now);
  if (!kept) forgetCafe(cafeId);
  return kept;
}

/**
 * The next pair this phone was offered, if it kept one (null: every pair was answered); only beside a
 * board still kept for the participant here now.
 */
export function loadKeptPair(cafeId: string, now = Date.now()): Pair | undefined {
  if (!loadKeptBoard(cafeId, now)) return undefined;
  const parsed = read(pairName(cafeId));
  return isPair(parsed) ? parsed : undefined;
}

/**
 * A participant's own board: it has their votes, and no join code, which only a facilitator's board
 * (with hidden and merged ideas) carries.
 */
export function isParticipantBoard(board: Board): boolean {
  return board.me !== null && board.cafe.joinCode === null;
}

/**
 * Keeps a participant's board as it was at `savedAt`, with whose it is; a facilitator's board is never
 * kept, and a closed café's is forgotten with everything else kept for it.
 */
export function keepBoard(cafeId: string, board: Board, savedAt: number): void {
  if (board.cafe.status === 'closed') {
    // What still waits is sent so the café can say why it cannot count; once nothing waits, who was
    // in the café here goes too, so nothing of a closed café stays on the phone.
    forgetCafe(cafeId, { waiting: loadQueue(cafeId).length === 0 });
    return;
  }
  if (!board.me || !isParticipantBoard(board)) return;
  const { participantId } = board.me;
  keepParticipant(cafeId, participantId);
  write(keptBoardName(cafeId), { board, participantId, savedAt } satisfies KeptBoard);
}

/** Keeps the next pair offered (null once every pair is answered), beside the board it belongs to. */
export function keepPair(cafeId: string, pair: Pair): void {
  write(pairName(cafeId), pair);
}

/**
 * Forgets everything this phone keeps for a café: its board and pair, the pairs it answered, the
 * offline copy of its page, and (once the phone is no longer in the café, so nothing could be sent)
 * what still waits to be sent, with who is in it here. Ideas set aside to offer back stay (for a day):
 * someone who lost their place joins again to add them.
 */
export function forgetCafe(cafeId: string, { waiting = false } = {}): void {
  try {
    localStorage.removeItem(keptBoardName(cafeId));
    localStorage.removeItem(pairName(cafeId));
    localStorage.removeItem(answeredName(cafeId));
    // Who is here is kept while anything of theirs waits, so someone else joining drops it unsent.
    // What waits goes unsent, but the words of an idea in it are set aside to be offered back.
    if (waiting) {
      dropWaiting(cafeId);
      localStorage.removeItem(participantName(cafeId));
    }
  } catch {
    // Storage turned off: nothing was kept.
  }
  forgetPageOffline(boardPath(cafeId));
}

/** "21:34": when a kept board was current, in UK time and the digits of the language of `tag`. */
export function keptAt(kept: KeptBoard, tag: string): string {
  return timeInWords(tag, new Date(kept.savedAt));
}
