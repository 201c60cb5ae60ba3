import { beforeEach, describe, expect, it, vi } from 'vitest';
import { forgetEveryCafe } from '../../lib/offline-pages.js';
import { boardOf, CAFE, PARTICIPANT } from './board.fixture.js';
import {
  forgetCafe,
  KEPT_FOR_MS,
  keepBoard,
  keepPair,
  keptAt,
  loadKeptBoard,
  loadKeptPair,
} from './kept-board.js';
import { answeredName, keepParticipant, loadSetAside, participantName, queueName } from './offline-queue.js';

const BOARD = `cairn:cafe-board:${CAFE}`;
const PAIR = `cairn:cafe-next-pair:${CAFE}`;
const NEXT_PERSON = 'c0ffee00-0000-4000-8000-0000000000b2';

beforeEach(() => {
  // A phone with no offline page kept: forgetting one has nothing to unregister.
  vi.stubGlobal('navigator', {});
  const items = new Map<string, string>();
  vi.stubGlobal('localStorage', {
    get length() {
      return items.size;
    },
    key: (index: number) => [...items.keys()][index] ?? null,
    getItem: (name: string) => items.get(name) ?? null,
    setItem: (name: string, value: string) => void items.set(name, String(value)),
    removeItem: (name: string) => void items.delete(name),
  });
});

describe('the board kept on a participant’s phone', () => {
  it('keeps a participant’s own board, with when it was current', () => {
    keepBoard(CAFE, boardOf(), 1_000);
    expect(JSON.parse(localStorage.getItem(BOARD) ?? 'null')).toMatchObject({
      participantId: PARTICIPANT,
      savedAt: 1_000,
      board: { cafe: { id: CAFE }, me: { participantId: PARTICIPANT } },
    });
    expect(localStorage.getItem(participantName(CAFE))).toBe(PARTICIPANT);
  });

  it('never keeps a facilitator’s board, nor one with nobody’s votes in it', () => {
    keepBoard(CAFE, boardOf({ joinCode: 'KT49RB' }), 1_000);
    keepBoard(CAFE, boardOf({ me: false }), 1_000);
    expect(localStorage.getItem(BOARD)).toBeNull();
  });

  it('says when it was current in UK time on a 24-hour clock, with the digits of the reader’s language', () => {
    // 17:05 UTC is 18:05 in London in July and 17:05 in January, whatever the phone's own time zone.
    const july = Date.UTC(2026, 6, 1, 17, 5);
    const january = Date.UTC(2026, 0, 15, 17, 5);
    keepBoard(CAFE, boardOf(), july);
    const kept = loadKeptBoard(CAFE, july);
    expect(kept && keptAt(kept, 'cy')).toBe('18:05');
    expect(kept && keptAt(kept, 'ur')).toBe('18:05');
    expect(kept && keptAt({ ...kept, savedAt: january }, 'en-GB')).toBe('17:05');
    // A language whose digits are not Latin writes them its own way (Urdu as written in India).
    expect(kept && keptAt(kept, 'ur-IN')).toBe('۱۸:۰۵');
  });

  it('tells a pair still to compare from none left, and from nothing kept', () => {
    expect(loadKeptPair(CAFE)).toBeUndefined();
    keepBoard(CAFE, boardOf(), Date.now());
    keepPair(CAFE, { leftId: 'a', rightId: 'b' });
    expect(loadKeptPair(CAFE)).toEqual({ leftId: 'a', rightId: 'b' });
    keepPair(CAFE, null);
    expect(loadKeptPair(CAFE)).toBeNull();
  });

  it('shows the participant here their own board for a day, with when it was current', () => {
    keepBoard(CAFE, boardOf(), 1_000);
    expect(loadKeptBoard(CAFE, 1_000 + KEPT_FOR_MS)).toMatchObject({
      participantId: PARTICIPANT,
      savedAt: 1_000,
      board: { cafe: { id: CAFE }, me: { participantId: PARTICIPANT } },
    });
  });

  it('forgets a board, and the pair beside it, once a day has passed since it was current', () => {
    keepBoard(CAFE, boardOf(), 1_000);
    keepPair(CAFE, { leftId: 'a', rightId: 'b' });
    expect(loadKeptBoard(CAFE, 1_001 + KEPT_FOR_MS)).toBeUndefined();
    expect(localStorage.getItem(BOARD)).toBeNull();
    expect(localStorage.getItem(PAIR)).toBeNull();
  });

  it('never shows the next person to join on this phone the board kept for the one before', () => {
    keepBoard(CAFE, boardOf(), 1_000);
    keepPair(CAFE, { leftId: 'a', rightId: 'b' });
    keepParticipant(CAFE, NEXT_PERSON);
    expect(loadKeptPair(CAFE, 2_000)).toBeUndefined();
    expect(loadKeptBoard(CAFE, 2_000)).toBeUndefined();
    expect(localStorage.getItem(BOARD)).toBeNull();
    expect(localStorage.getItem(PAIR)).toBeNull();
  });

  it('drops what the one before left waiting when the next person joins on this phone, and keeps it for them', () => {
    const waiting = JSON.stringify([{ kind: 'vote', key: 'k1', body: { ideaId: 'a', dots: 1 } }]);
    keepBoard(CAFE, boardOf(), 1_000);
    localStorage.setItem(queueName(CAFE), waiting);
    localStorage.setItem(answeredName(CAFE), '["a|b"]');
    keepParticipant(CAFE, PARTICIPANT);
    keepBoard(CAFE, boardOf(), 2_000);
    expect(localStorage.getItem(queueName(CAFE))).toBe(waiting);

    keepParticipant(CAFE, NEXT_PERSON);
    expect(localStorage.getItem(queueName(CAFE))).toBeNull();
    expect(localStorage.getItem(answeredName(CAFE))).toBeNull();
    expect(localStorage.getItem(participantName(CAFE))).toBe(NEXT_PERSON);
  });

  it('still knows whose waiting votes they are after a day, so the next person to join drops them', () => {
    const waiting = JSON.stringify([{ kind: 'vote', key: 'k1', body: { ideaId: 'a', dots: 1 } }]);
    keepBoard(CAFE, boardOf(), 1_000);
    localStorage.setItem(queueName(CAFE), waiting);
    expect(loadKeptBoard(CAFE, 1_001 + KEPT_FOR_MS)).toBeUndefined();
    expect(localStorage.getItem(queueName(CAFE))).toBe(waiting);

    keepParticipant(CAFE, NEXT_PERSON);
    expect(localStorage.getItem(queueName(CAFE))).toBeNull();
  });

  it('never shows a board kept without saying whose it is', () => {
    localStorage.setItem(BOARD, JSON.stringify({ board: boardOf(), savedAt: 1_000 }));
    localStorage.setItem(participantName(CAFE), PARTICIPANT);
    expect(loadKeptBoard(CAFE, 2_000)).toBeUndefined();
    expect(localStorage.getItem(BOARD)).toBeNull();
  });

  it('forgets every café kept on the phone when someone signs out on it, and nothing else', () => {
    const other = 'c0ffee00-0000-4000-8000-000000000002';
    keepBoard(CAFE, boardOf(), 1_000);
    keepPair(CAFE, { leftId: 'a', rightId: 'b' });
    localStorage.setItem(answeredName(CAFE), '["a|b"]');
    localStorage.setItem(queueName(other), '[]');
    localStorage.setItem('cairn:language', 'cy');
    forgetEveryCafe();
    expect(Array.from({ length: localStorage.length }, (_, index) => localStorage.key(index))).toEqual([
      'cairn:language',
    ]);
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
    // Nothing waits: nothing of the closed café stays, not even who was in it here.
    expect(Object.keys(localStorage).filter((key) => key.endsWith(CAFE))).toEqual([]);

    // Something waits: a closed café answers it itself, saying why it cannot count, so it stays with
    // whose it is until then.
    keepAll();
    const waiting = JSON.stringify([{ kind: 'vote', key: 'k1', body: { ideaId: 'a' } }]);
    localStorage.setItem(queueName(CAFE), waiting);
    keepBoard(CAFE, boardOf({ status: 'closed' }), 3_000);
    expect(localStorage.getItem(BOARD)).toBeNull();
    expect(localStorage.getItem(queueName(CAFE))).toBe(waiting);
    expect(localStorage.getItem(participantName(CAFE))).toBe(PARTICIPANT);

    keepAll();
    forgetCafe(CAFE, { waiting: true });
    expect(localStorage.getItem(BOARD)).toBeNull();
    expect(localStorage.getItem(queueName(CAFE))).toBeNull();
  });

  it('sets the words of ideas still waiting aside when the phone is found to be out of the café', () => {
    keepBoard(CAFE, boardOf(), 1_000);
    const idea = { kind: 'idea', key: 'k1', by: PARTICIPANT, body: { text: 'A walk on Saturdays' } };
    localStorage.setItem(queueName(CAFE), JSON.stringify([idea]));
    forgetCafe(CAFE, { waiting: true });
    expect(localStorage.getItem(queueName(CAFE))).toBeNull();
    expect(loadSetAside(CAFE).map((i) => i.text)).toEqual(['A walk on Saturdays']);
  });
});
