import { beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board } from '../../../contracts/cafes.js';
import { forgetCafe, keepBoard, keepPair, loadKeptPair } from './kept-board.js';
import { answeredName, queueName } from './offline-queue.js';

const CAFE = 'c0ffee00-0000-4000-8000-000000000001';
const BOARD = `cairn:cafe-board:${CAFE}`;

/** A board as far as keeping it goes: whose it is, and whether the café is still open. */
function boardOf({ me = true, joinCode = null as string | null, status = 'live' } = {}): Board {
  return {
    cafe: { id: CAFE, status, joinCode },
    me: me ? { participantId: 'p', votes: {} } : null,
  } as unknown as Board;
}

beforeEach(() => {
  // A phone with no offline page kept: forgetting one has nothing to unregister.
  vi.stubGlobal('navigator', {});
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, String(value)),
    removeItem: (name: string) => void items.delete(name),
  });
});

describe('the board kept on a participant’s phone', () => {
  it('keeps a participant’s own board, with when it was current', () => {
    keepBoard(CAFE, boardOf(), 1_000);
    expect(JSON.parse(localStorage.getItem(BOARD) ?? 'null')).toMatchObject({
      savedAt: 1_000,
      board: { cafe: { id: CAFE }, me: { participantId: 'p' } },
    });
  });

  it('never keeps a facilitator’s board, nor one with nobody’s votes in it', () => {
    keepBoard(CAFE, boardOf({ joinCode: 'KT49RB' }), 1_000);
    keepBoard(CAFE, boardOf({ me: false }), 1_000);
    expect(localStorage.getItem(BOARD)).toBeNull();
  });

  it('tells a pair still to compare from none left, and from nothing kept', () => {
    expect(loadKeptPair(CAFE)).toBeUndefined();
    keepPair(CAFE, { leftId: 'a', rightId: 'b' });
    expect(loadKeptPair(CAFE)).toEqual({ leftId: 'a', rightId: 'b' });
    keepPair(CAFE, null);
    expect(loadKeptPair(CAFE)).toBeNull();
  });

  it('forgets the board, the pair and the pairs answered once the café closes, and what waits once the phone is out of it', () => {
    const keepAll = () => {
      keepBoard(CAFE, boardOf(), 1_000);
      keepPair(CAFE, { leftId: 'a', rightId: 'b' });
      localStorage.setItem(answeredName(CAFE), '["a|b"]');
      localStorage.setItem(queueName(CAFE), '[]');
    };
    keepAll();
    keepBoard(CAFE, boardOf({ status: 'closed' }), 2_000);
    expect(localStorage.getItem(BOARD)).toBeNull();
    expect(loadKeptPair(CAFE)).toBeUndefined();
    expect(localStorage.getItem(answeredName(CAFE))).toBeNull();
    // A closed café answers what still waits itself, saying why it cannot count.
    expect(localStorage.getItem(queueName(CAFE))).toBe('[]');

    keepAll();
    forgetCafe(CAFE, { waiting: true });
    expect(localStorage.getItem(BOARD)).toBeNull();
    expect(localStorage.getItem(queueName(CAFE))).toBeNull();
  });
});
