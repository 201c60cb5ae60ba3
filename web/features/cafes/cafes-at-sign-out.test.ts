import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { memoryStorage } from '../../lib/testing/memory-storage.js';
import { cafesAtSignOut } from './cafes-at-sign-out.js';
import { keepParticipant, saveQueue, setIdeasAside, type QueuedAction } from './offline-queue.js';

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const ASHA = 'participant-asha';

describe('what signing out would delete of a café', () => {
  it('names each café with votes waiting or ideas set aside, and how many', () => {
    keepParticipant('cafe-1', ASHA);
    const waiting: QueuedAction[] = [
      { kind: 'vote', key: 'k1', by: ASHA, body: { ideaId: 'a', dots: 1 } },
      { kind: 'help', key: 'k2', by: ASHA, body: { ideaId: 'a', helping: true } },
    ];
    saveQueue('cafe-1', waiting);
    localStorage.setItem(
      'cairn:cafe-board:cafe-1',
      JSON.stringify({ board: { cafe: { title: 'Mondays at the library' } }, participantId: ASHA }),
    );
    setIdeasAside('cafe-2', [{ text: 'A quiet room', by: ASHA }]);
    // A café whose votes were all sent has nothing to ask about.
    keepParticipant('cafe-3', ASHA);
    saveQueue('cafe-3', []);

    expect(cafesAtSignOut()).toEqual([
      { cafeId: 'cafe-1', title: 'Mondays at the library', count: 2 },
      { cafeId: 'cafe-2', title: '', count: 1 },
    ]);
  });

  it('has nothing to ask about when nothing of a café waits', () => {
    keepParticipant('cafe-1', ASHA);
    localStorage.setItem('cairn:cafe-queue:cafe-1', 'not json');
    expect(cafesAtSignOut()).toEqual([]);
  });
});
