import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  ACTION_PATHS,
  actionRequest,
  keepParticipant,
  loadAnswered,
  loadSetAside,
  loadQueue,
  nextPairOnPhone,
  pairName,
  queueForHere,
  recheckHeld,
  saveAnswered,
  saveQueue,
  sendWaiting,
  setIdeasAside,
  setAsideFor,
  answerSetAside,
  touchesQueue,
  type QueuedAction,
} from './offline-queue.js';
import { memoryStorage } from '../../lib/testing/memory-storage.js';

beforeEach(() => {
  vi.stubGlobal('localStorage', memoryStorage());
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const CAFE = 'cafe-1';
const ASHA = 'participant-asha';
const BEN = 'participant-ben';

describe('the offline queue', () => {
  it('keeps a choice between two ideas beside votes and ideas, in order, with its key', () => {
    keepParticipant(CAFE, ASHA);
    const queue: QueuedAction[] = [
      { kind: 'vote', key: 'key-vote-1', by: ASHA, body: { ideaId: 'a', dots: 1 } },
      { kind: 'pair', key: 'key-pair-1', by: ASHA, body: { leftId: 'a', rightId: 'b', choice: 'left' } },
      {
        kind: 'pair',
        key: 'key-pair-2',
        by: ASHA,
        body: { leftId: 'c', rightId: 'a', choice: 'cant_decide' },
      },
      { kind: 'idea', key: 'key-idea-1', by: ASHA, body: { text: 'A Sunday drop-in' } },
    ];
    saveQueue(CAFE, queue);
    // A reload finds the same actions, keys and order, so each is sent once, as it was made.
    expect(loadQueue(CAFE)).toEqual(queue);
    expect(ACTION_PATHS.pair).toBe('pairwise');
    saveQueue(CAFE, []);
    expect(localStorage.getItem(`cairn:cafe-queue:${CAFE}`)).toBeNull();
  });

  it('drops what it cannot send rather than failing the page', () => {
    localStorage.setItem(
      `cairn:cafe-queue:${CAFE}`,
      JSON.stringify([
        { kind: 'pair', key: 'key-pair-1', body: { leftId: 'a', rightId: 'b', choice: 'right' } },
        { kind: 'shout', key: 'key-x', body: {} },
        { kind: 'pair', body: { leftId: 'a', rightId: 'b', choice: 'right' } },
      ]),
    );
    expect(loadQueue(CAFE).map((a) => a.key)).toEqual(['key-pair-1']);
    localStorage.setItem(`cairn:cafe-queue:${CAFE}`, 'not json');
    expect(loadQueue(CAFE)).toEqual([]);
  });
});

describe('whose waiting actions a page sends', () => {
  const vote = (key: string, by: string | null): QueuedAction => ({
    kind: 'vote',
    key,
    by,
    body: { ideaId: 'a', dots: 1 },
  });

  it('holds on to what the person here made while nobody else joins', () => {
    keepParticipant(CAFE, ASHA);
    const held = [vote('asha-1', ASHA), vote('asha-2', ASHA)];
    saveQueue(CAFE, held);
    expect(queueForHere(CAFE, held)).toEqual(held);
    // A phone that keeps nothing (storage turned off) knows nobody: what the page made is still sent.
    localStorage.clear();
    const unknown = [vote('anon-1', null)];
    expect(queueForHere(CAFE, unknown)).toEqual(unknown);
  });

  it('never sends the person before’s votes once someone else joins in another tab', () => {
    // Asha's board page loaded her two waiting votes into memory.
    keepParticipant(CAFE, ASHA);
    const held = [vote('asha-1', ASHA), vote('asha-2', ASHA)];
    saveQueue(CAFE, held);
    // Ben joins the same café on the phone in another tab, and votes there while still offline.
    keepParticipant(CAFE, BEN);
    expect(loadQueue(CAFE)).toEqual([]);
    saveQueue(CAFE, [vote('ben-1', BEN)]);
    // Asha's page checks before sending: it holds Ben's vote, never hers, which would go as his.
    expect(queueForHere(CAFE, held).map((a) => a.key)).toEqual(['ben-1']);
    // Nor one that slipped into the phone's queue from her page after he joined.
    saveQueue(CAFE, [...held, vote('ben-1', BEN)]);
    expect(queueForHere(CAFE, held).map((a) => a.key)).toEqual(['ben-1']);
  });

  it('drops everything held once the person signs out or the café is forgotten on the phone', () => {
    keepParticipant(CAFE, ASHA);
    const held = [vote('asha-1', ASHA)];
    localStorage.clear();
    expect(queueForHere(CAFE, held)).toEqual([]);
  });

  it('takes actions kept before the phone noted who made them as the person here now', () => {
    keepParticipant(CAFE, ASHA);
    localStorage.setItem(
      `cairn:cafe-queue:${CAFE}`,
      JSON.stringify([
        { kind: 'vote', key: 'old-1', body: { ideaId: 'a', dots: 1 } },
        { kind: 'vote', key: 'bad-by', by: 7, body: { ideaId: 'a', dots: 1 } },
        { kind: 'vote', key: 'ben-0', by: BEN, body: { ideaId: 'a', dots: 1 } },
      ]),
    );
    // Only Asha's: one of Ben's left there (by a page that saved after he joined) is never hers to send.
    const loaded = loadQueue(CAFE);
    expect(loaded).toEqual([vote('old-1', ASHA)]);
    // Loaded into a page, they are Asha's: Ben joining later drops them from that page too.
    keepParticipant(CAFE, BEN);
    expect(queueForHere(CAFE, loaded)).toEqual([]);
  });

  /** A page holding `held` in memory, as the board page does, and what it posts. */
  function pageHolding(held: QueuedAction[], fail: (action: QueuedAction) => unknown = () => undefined) {
    let current = held;
    const posted: string[] = [];
    const page = {
      read: () => current,
      hold: (next: QueuedAction[]) => void (current = next),
      keep: (next: QueuedAction[]) => {
        current = next;
        saveQueue(CAFE, next);
      },
    };
    const sender = {
      post: async (action: QueuedAction) => {
        const failure = fail(action);
        if (failure) throw failure;
        await Promise.resolve();
        posted.push(action.key);
      },
      couldNotReach: (error: unknown) => error === 'offline',
      describe: (error: unknown) => String(error),
    };
    return { page, sender, posted, held: () => current };
  }

  it('sends only the person here’s own waiting actions, in order, when the connection returns', async () => {
    keepParticipant(CAFE, ASHA);
    const asha = pageHolding([vote('asha-1', ASHA), vote('asha-2', ASHA)]);
    saveQueue(CAFE, asha.held());
    // Ben joins in another tab and votes there offline; Asha's page never heard.
    keepParticipant(CAFE, BEN);
    saveQueue(CAFE, [vote('ben-1', BEN)]);

    expect(await sendWaiting(CAFE, asha.page, asha.sender)).toEqual({ sent: 1, refused: [] });
    expect(asha.posted).toEqual(['ben-1']);
    expect(asha.held()).toEqual([]);
    expect(loadQueue(CAFE)).toEqual([]);
  });

  it('stops when the connection fails again, keeping the rest, and lets a refused one go with why', async () => {
    keepParticipant(CAFE, ASHA);
    const held = [vote('asha-1', ASHA), vote('asha-2', ASHA), vote('asha-3', ASHA)];
    const offline = pageHolding(held, (a) => (a.key === 'asha-2' ? 'offline' : undefined));
    expect(await sendWaiting(CAFE, offline.page, offline.sender)).toBeNull();
    expect(offline.posted).toEqual(['asha-1']);
    expect(offline.held().map((a) => a.key)).toEqual(['asha-2', 'asha-3']);

    const closed = pageHolding(held, (a) => (a.key === 'asha-1' ? 'Voting has closed.' : undefined));
    expect(await sendWaiting(CAFE, closed.page, closed.sender)).toEqual({
      sent: 2,
      refused: ['Voting has closed.'],
    });
    expect(closed.posted).toEqual(['asha-2', 'asha-3']);
  });

  it('names the seat each action was made from, so the server can refuse one this phone no longer holds', () => {
    expect(actionRequest(CAFE, vote('asha-1', ASHA))).toEqual({
      path: `/api/cafes/${CAFE}/votes`,
      options: {
        method: 'POST',
        body: { ideaId: 'a', dots: 1 },
        idempotencyKey: 'asha-1',
        headers: { 'cairn-made-by': ASHA },
      },
    });
    expect(actionRequest(CAFE, vote('old-1', null)).options).not.toHaveProperty('headers');
  });

  it('keeps nothing the server refuses because the phone no longer holds the seat', async () => {
    keepParticipant(CAFE, ASHA);
    const gone = 'You are no longer in this café on this phone, so what was saved on it was not sent.';
    const asha = pageHolding([vote('asha-1', ASHA), vote('asha-2', ASHA)], () => gone);
    saveQueue(CAFE, asha.held());
    expect(await sendWaiting(CAFE, asha.page, asha.sender)).toEqual({ sent: 0, refused: [gone, gone] });
    expect(asha.posted).toEqual([]);
    expect(asha.held()).toEqual([]);
    expect(localStorage.getItem(`cairn:cafe-queue:${CAFE}`)).toBeNull();
  });

  it('sets the words of an idea the server refuses aside, to offer back, and lets go of votes', async () => {
    keepParticipant(CAFE, ASHA);
    const gone = 'You are no longer in this café on this phone, so what was saved on it was not sent.';
    const idea: QueuedAction = {
      kind: 'idea',
      key: 'asha-idea',
      by: ASHA,
      body: { text: 'A Sunday drop-in' },
    };
    const asha = pageHolding([vote('asha-1', ASHA), idea], () => gone);
    saveQueue(CAFE, asha.held());
    expect(await sendWaiting(CAFE, asha.page, asha.sender)).toEqual({ sent: 0, refused: [gone, gone] });
    expect(loadQueue(CAFE)).toEqual([]);
    // Shown to the seat it was typed from, and to nobody else without asking.
    expect(loadSetAside(CAFE)).toMatchObject([{ text: 'A Sunday drop-in', shownTo: ASHA }]);
  });

  it('sets aside the ideas waiting when someone joins again on this phone, rather than dropping them', () => {
    keepParticipant(CAFE, ASHA);
    saveQueue(CAFE, [
      vote('asha-1', ASHA),
      { kind: 'idea', key: 'asha-idea', by: ASHA, body: { text: 'Meetings after work' } },
    ]);
    // Asha lost her place (her browser cleared the café's cookie) and joins again: a new seat.
    keepParticipant(CAFE, 'participant-asha-again');
    expect(loadQueue(CAFE)).toEqual([]);
    expect(loadSetAside(CAFE).map((i) => i.text)).toEqual(['Meetings after work']);
    // The phone cannot tell Asha from someone else: the new seat is told how many, never the words.
    expect(setAsideFor(loadSetAside(CAFE), 'participant-asha-again')).toEqual({ theirs: [], unclaimed: 1 });
    expect(setAsideFor(loadSetAside(CAFE), ASHA).theirs.map((i) => i.text)).toEqual(['Meetings after work']);
  });

  it('shows the words to someone else joining only once they say the ideas were theirs', () => {
    setIdeasAside(CAFE, [
      { text: 'Meetings after work', by: ASHA },
      { text: 'A quiet room', by: null },
    ]);
    const ben = 'participant-ben';
    setIdeasAside(CAFE, [{ text: 'Ben’s own idea', by: ben }]);
    expect(setAsideFor(loadSetAside(CAFE), ben)).toMatchObject({
      theirs: [{ text: 'Ben’s own idea' }],
      unclaimed: 2,
    });
    // Ben says they were not his: they are deleted unread, and his own stays.
    expect(answerSetAside(CAFE, ben, false).map((i) => i.text)).toEqual(['Ben’s own idea']);
    expect(loadSetAside(CAFE).map((i) => i.text)).toEqual(['Ben’s own idea']);

    // Asha, joining again as a new seat, says they were hers: she may read them, nobody else may.
    setIdeasAside(CAFE, [{ text: 'Meetings after work', by: ASHA }]);
    const again = 'participant-asha-again';
    answerSetAside(CAFE, again, true);
    expect(setAsideFor(loadSetAside(CAFE), again)).toMatchObject({ unclaimed: 0 });
    expect(setAsideFor(loadSetAside(CAFE), again).theirs.map((i) => i.text)).toEqual([
      'Ben’s own idea',
      'Meetings after work',
    ]);
    expect(setAsideFor(loadSetAside(CAFE), null)).toMatchObject({ theirs: [], unclaimed: 2 });
  });

  it('offers an idea set aside once, for a day', () => {
    const now = Date.UTC(2026, 11, 7, 9);
    setIdeasAside(CAFE, [{ text: 'Tea after meetings', by: ASHA }], now);
    setIdeasAside(
      CAFE,
      [
        { text: 'Tea after meetings', by: ASHA },
        { text: 'A quiet room', by: ASHA },
      ],
      now + 1000,
    );
    expect(loadSetAside(CAFE, now + 2000).map((i) => i.text)).toEqual(['Tea after meetings', 'A quiet room']);
    expect(loadSetAside(CAFE, now + 25 * 60 * 60 * 1000)).toEqual([]);
  });

  it('checks again before each send, so a join mid-way stops the rest going as the new person’s', async () => {
    keepParticipant(CAFE, ASHA);
    const asha = pageHolding([vote('asha-1', ASHA), vote('asha-2', ASHA)]);
    // Ben joins in another tab while Asha's first vote is on its way.
    const post = asha.sender.post;
    asha.sender.post = async (action) => {
      await post(action);
      keepParticipant(CAFE, BEN);
    };
    expect(await sendWaiting(CAFE, asha.page, asha.sender)).toEqual({ sent: 1, refused: [] });
    expect(asha.posted).toEqual(['asha-1']);
    expect(asha.held()).toEqual([]);
    // Nor is what was left of hers saved back on the phone for Ben's page to find.
    expect(localStorage.getItem(`cairn:cafe-queue:${CAFE}`)).toBeNull();
  });

  it('lets go of the person before’s votes even when the new person has just as many waiting', async () => {
    // Asha's page (a tab left in the background) holds her one waiting vote in memory.
    keepParticipant(CAFE, ASHA);
    const asha = pageHolding([vote('asha-1', ASHA)]);
    saveQueue(CAFE, asha.held());
    // Ben joins in another tab and votes there offline: one waiting, as many as Asha's page holds.
    keepParticipant(CAFE, BEN);
    saveQueue(CAFE, [vote('ben-1', BEN)]);

    // Before Ben votes again on Asha's old page, it holds his waiting vote instead of hers...
    expect(recheckHeld(CAFE, asha.page).map((a) => a.key)).toEqual(['ben-1']);
    expect(asha.held().map((a) => a.key)).toEqual(['ben-1']);
    // ...so his new vote is queued behind his first, and the phone keeps both.
    asha.page.keep([...asha.held(), vote('ben-2', BEN)]);
    expect(loadQueue(CAFE).map((a) => a.key)).toEqual(['ben-1', 'ben-2']);

    // Sending with the connection still down: the page shows Ben's vote waiting, never Asha's.
    const stale = pageHolding([vote('asha-1', ASHA)], () => 'offline');
    saveQueue(CAFE, [vote('ben-1', BEN)]);
    expect(await sendWaiting(CAFE, stale.page, stale.sender)).toBeNull();
    expect(stale.posted).toEqual([]);
    expect(stale.held().map((a) => a.key)).toEqual(['ben-1']);
    expect(loadQueue(CAFE).map((a) => a.key)).toEqual(['ben-1']);
  });

  it('listens for another tab changing the queue or who is here, in this café only', () => {
    expect(touchesQueue(CAFE, `cairn:cafe-queue:${CAFE}`)).toBe(true);
    expect(touchesQueue(CAFE, `cairn:cafe-participant:${CAFE}`)).toBe(true);
    // Cleared all at once (a sign-out in another tab).
    expect(touchesQueue(CAFE, null)).toBe(true);
    expect(touchesQueue(CAFE, 'cairn:cafe-queue:cafe-2')).toBe(false);
    expect(touchesQueue(CAFE, `cairn:cafe-board:${CAFE}`)).toBe(false);
  });
});

describe('the next pair while offline', () => {
  const ideas = ['a', 'b', 'c'];

  it('never offers a pair this phone has answered, on either side', () => {
    const answered = new Set([pairName('a', 'b'), pairName('c', 'a')]);
    for (const draw of [0, 0.3, 0.6, 0.99]) {
      const pair = nextPairOnPhone(ideas, answered, () => draw);
      expect([pair?.leftId, pair?.rightId].sort()).toEqual(['b', 'c']);
    }
    expect(pairName('b', 'a')).toBe(pairName('a', 'b'));
  });

  it('draws sides at random, and has nothing left once every pair is answered', () => {
    const draws = [0, 0.2, 0, 0.8];
    const pick = () => nextPairOnPhone(['a', 'b'], new Set(), () => draws.shift() ?? 0);
    expect(pick()).toEqual({ leftId: 'a', rightId: 'b' });
    expect(pick()).toEqual({ leftId: 'b', rightId: 'a' });
    const all = new Set([pairName('a', 'b'), pairName('a', 'c'), pairName('b', 'c')]);
    expect(nextPairOnPhone(ideas, all)).toBeNull();
    expect(nextPairOnPhone(['a'], new Set())).toBeNull();
  });
});

describe('the pairs answered on this phone', () => {
  it('are kept through a reload, sent or still waiting, so the next pair offline skips them', () => {
    // One choice was sent before the connection dropped, one waits in the queue.
    saveAnswered(CAFE, new Set([pairName('a', 'b')]));
    saveQueue(CAFE, [
      { kind: 'pair', key: 'key-pair-1', body: { leftId: 'c', rightId: 'a', choice: 'left' } },
    ]);

    // The page is reloaded with the connection still down: both are known, and only b–c is offered.
    const answered = loadAnswered(CAFE);
    expect([...answered].sort()).toEqual([pairName('a', 'b'), pairName('a', 'c')].sort());
    for (const draw of [0, 0.5, 0.99]) {
      const pair = nextPairOnPhone(['a', 'b', 'c'], answered, () => draw);
      expect([pair?.leftId, pair?.rightId].sort()).toEqual(['b', 'c']);
    }
    // Another café's pairs are its own.
    expect(loadAnswered('cafe-2').size).toBe(0);
  });

  it('starts again from the queue when what was kept cannot be read, and leaves nothing when empty', () => {
    localStorage.setItem(`cairn:cafe-pairs:${CAFE}`, 'not json');
    saveQueue(CAFE, [
      { kind: 'pair', key: 'key-pair-1', body: { leftId: 'b', rightId: 'a', choice: 'right' } },
    ]);
    expect([...loadAnswered(CAFE)]).toEqual([pairName('a', 'b')]);
    localStorage.setItem(`cairn:cafe-pairs:${CAFE}`, JSON.stringify(['a|c', 7, null]));
    expect([...loadAnswered(CAFE)].sort()).toEqual(['a|b', 'a|c']);
    saveQueue(CAFE, []);
    saveAnswered(CAFE, new Set());
    expect(localStorage.length).toBe(0);
  });
});
