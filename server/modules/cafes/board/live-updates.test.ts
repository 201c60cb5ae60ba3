import { EventEmitter } from 'node:events';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { WebSocket } from 'ws';
import { applyBoardChange, type BoardChange } from '../../../../contracts/cafes.board-changes.js';
import type { Board } from '../../../../contracts/cafes.js';
import type { EventBus } from '../../../kernel/events.js';
import { createTestApp, type TestApp } from '../../../testing/test-app.js';
import type { CafeEventKind } from '../cafe-events.js';
import type { buildLiveBoard } from './build-board.js';
import { BROADCAST_INTERVAL_MS, createCafeLive, JOIN_INTERVAL_MS, VIEW_INTERVAL_MS } from './live-updates.js';

// How a café's live sockets are fed in a burst: the board to participants' phones and each table's
// view to its hosts, each built once per change at most, shared by every phone that arrives meanwhile,
// never two builds at a time, and always once more after the last change.

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** A phone as the live connection sees it: what it was sent, and how it was closed. */
class Phone extends EventEmitter {
  readonly OPEN = 1;
  readyState = 1;
  sent: Record<string, unknown>[] = [];
  send(data: string | Buffer) {
    this.sent.push(JSON.parse(String(data)) as Record<string, unknown>);
  }
  close(code: number) {
    this.readyState = 3;
    this.emit('close', code);
  }
  get socket() {
    return this as unknown as WebSocket;
  }
}

/** The café's changes as the live sockets hear them, told by the test, with the clock under its hand. */
function withFakeClock() {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  let announce: (event: { cafeId: string; kind?: CafeEventKind }) => void = () => {};
  const events: EventBus = {
    ...t.context.events,
    async subscribe(_channel, handler) {
      announce = handler as typeof announce;
      return async () => {};
    },
  };
  return {
    context: { ...t.context, events },
    announce: (kind: CafeEventKind) => announce({ cafeId: 'cafe', kind }),
  };
}

/**
 * A build that counts itself: it reads the café's tally when it starts and takes `ms` to finish, as
 * a real one reading a full room does.
 */
function countedBuilds<T>(ms: number, make: (tally: number) => T) {
  const state = { tally: 0, builds: 0, building: 0, mostAtOnce: 0 };
  const build = async () => {
    state.builds++;
    state.mostAtOnce = Math.max(state.mostAtOnce, ++state.building);
    const seen = state.tally;
    await new Promise((done) => setTimeout(done, ms));
    state.building--;
    return make(seen);
  };
  return { state, build };
}

/** A board whose only news is the tally it was built from (its participant count). */
function boardOf(tally: number) {
  const board = {
    participants: tally,
    cafe: { votingMethod: 'dots', status: 'live', tables: [] },
    ideas: [],
  } as unknown as Board;
  return { board, votedBy: () => new Set<string>() };
}

/** Thirty votes, one every 50 ms (1.5 s in all), each changing the tally a build reads. */
async function thirtyVotes(state: { tally: number }, announce: (kind: CafeEventKind) => void) {
  for (let vote = 1; vote <= 30; vote++) {
    state.tally = vote;
    announce('change');
    await vi.advanceTimersByTimeAsync(50);
  }
}

const tallyOf = (message: Record<string, unknown> | undefined) =>
  (message?.board as { participants: number } | undefined)?.participants;

describe('the participants’ board, in a burst', () => {
  it('is built once for a roomful of phones opening it at once, and once more for each joining during a build', async () => {
    const clock = withFakeClock();
    const { state, build } = countedBuilds(150, boardOf);
    const live = createCafeLive(clock.context, build as unknown as typeof buildLiveBoard);
    try {
      await live.start();
      const room = Array.from({ length: 30 }, () => new Phone());
      for (const phone of room) live.join('cafe', phone.socket, { facilitator: false, participantId: 'p' });
      await vi.advanceTimersByTimeAsync(200);
      expect(state.builds).toBe(1);
      expect(room.map((p) => p.sent.length)).toEqual(room.map(() => 1));

      // A vote starts a build; phones opening while it is under way are sent that same build.
      state.tally = 1;
      clock.announce('change');
      await vi.advanceTimersByTimeAsync(50);
      expect(state.building).toBe(1);
      const late = [new Phone(), new Phone()];
      for (const phone of late) live.join('cafe', phone.socket, { facilitator: true });
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 5);
      expect(state.builds).toBe(2);
      for (const phone of [...room, ...late]) expect(tallyOf(phone.sent.at(-1))).toBe(1);
      expect(late.map((p) => p.sent.length)).toEqual([1, 1]);
      // Each board leaves the tables out, whichever build it came from.
      expect((late[0]?.sent[0]?.board as Board).cafe.tables).toEqual([]);
    } finally {
      await live.stop();
    }
  });

  it('is built one at a time in a burst of votes, however slow a build, and once more after the last', async () => {
    const clock = withFakeClock();
    // Slower than the boards' own interval, as a full room's board can be.
    const { state, build } = countedBuilds(BROADCAST_INTERVAL_MS * 1.5, boardOf);
    const live = createCafeLive(clock.context, build as unknown as typeof buildLiveBoard);
    try {
      await live.start();
      const phones = [new Phone(), new Phone(), new Phone()];
      for (const phone of phones) live.join('cafe', phone.socket, { facilitator: true });
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 5);
      const before = state.builds;
      state.mostAtOnce = 0;

      await thirtyVotes(state, clock.announce);
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 10);

      const builds = state.builds - before;
      // Back to back, never overlapping: no more than one per build's time, plus the last.
      expect(state.mostAtOnce).toBe(1);
      expect(builds).toBe(Math.ceil((30 * 50) / (BROADCAST_INTERVAL_MS * 1.5)) + 1);
      for (const phone of phones) {
        // Every phone is sent each build once, and the last one holds the last vote.
        expect(phone.sent.length).toBe(1 + builds);
        expect(tallyOf(phone.sent.at(-1))).toBe(30);
      }
      const settled = state.builds;
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 10);
      expect(state.builds).toBe(settled);
    } finally {
      await live.stop();
    }
  });

  it('sends votes at the boards’ pace and arrivals at their slower one, a vote never waiting behind arrivals', async () => {
    const clock = withFakeClock();
    const { state, build } = countedBuilds(10, boardOf);
    const live = createCafeLive(clock.context, build as unknown as typeof buildLiveBoard);
    try {
      await live.start();
      const phone = new Phone();
      live.join('cafe', phone.socket, { facilitator: true });
      await vi.advanceTimersByTimeAsync(JOIN_INTERVAL_MS * 2);
      const before = state.builds;

      // Twenty people arrive over a second: two builds (the first at once, then one more).
      for (let arrival = 1; arrival <= 20; arrival++) {
        state.tally = arrival;
        clock.announce('join');
        await vi.advanceTimersByTimeAsync(JOIN_INTERVAL_MS / 20);
      }
      await vi.advanceTimersByTimeAsync(JOIN_INTERVAL_MS * 2);
      expect(state.builds - before).toBe(2);
      expect(tallyOf(phone.sent.at(-1))).toBe(20);

      // An arrival, then a vote: the vote goes within the boards' interval, not the arrivals'.
      clock.announce('join');
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS / 2);
      const afterArrival = state.builds;
      state.tally = 21;
      clock.announce('join');
      clock.announce('change');
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 2);
      expect(state.builds).toBe(afterArrival + 1);
      expect(tallyOf(phone.sent.at(-1))).toBe(21);
    } finally {
      await live.stop();
    }
  });
});

describe('a large board', () => {
  /** A hall's board: forty ideas, the tally on the first one's dots and in the version. */
  function hallBoard(tally: number) {
    const board = {
      participants: 1000 + tally,
      cafe: { votingMethod: 'dots', status: 'live', tables: [] },
      ideas: Array.from({ length: 40 }, (_, i) => ({
        id: `idea-${i}`,
        text: `Idea ${i}: a peer-led group that meets somewhere warm each week, with tea`,
        dots: i === 0 ? tally : 0,
      })),
      opinionGroups: null,
      version: tally,
    } as unknown as Board;
    return { board, votedBy: () => new Set<string>() };
  }

  it('goes whole to each phone once, then as what changed, which brings the phone’s board up to date', async () => {
    const clock = withFakeClock();
    const { state, build } = countedBuilds(10, hallBoard);
    const live = createCafeLive(clock.context, build as unknown as typeof buildLiveBoard);
    try {
      await live.start();
      const phone = new Phone();
      live.join('cafe', phone.socket, { facilitator: false, participantId: 'p' });
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 2);
      expect(phone.sent.map((m) => m.type)).toEqual(['board']);
      let held = phone.sent[0]?.board as Board;

      for (const tally of [1, 2]) {
        state.tally = tally;
        clock.announce('change');
        await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 2);
        const change = phone.sent.at(-1) as unknown as BoardChange;
        expect(change.type).toBe('change');
        // Only the idea voted on, the count and the version travel.
        expect(change.ideas?.map((i) => i.id)).toEqual(['idea-0']);
        held = applyBoardChange(held, change) ?? held;
      }
      expect(held).toEqual(hallBoard(2).board);
      expect(phone.sent).toHaveLength(3);

      // A phone arriving now is sent the whole board.
      const late = new Phone();
      live.join('cafe', late.socket, { facilitator: true });
      await vi.advanceTimersByTimeAsync(BROADCAST_INTERVAL_MS * 2);
      expect(late.sent.map((m) => m.type)).toEqual(['board']);
    } finally {
      await live.stop();
    }
  });
});

describe('a table host’s views, in a burst of changes', () => {
  it('keeps no socket that closed while its link was being checked', async () => {
    const live = createCafeLive(t.context);
    try {
      const gone = new Phone();
      gone.close(1001);
      live.follow('cafe', gone.socket, { key: 'table 1', view: async () => ({ tally: 0 }) });
      live.join('cafe', gone.socket, { facilitator: true });
      expect(live.connections()).toBe(0);
      const open = new Phone();
      live.follow('cafe', open.socket, { key: 'table 1', view: async () => ({ tally: 0 }) });
      expect(live.connections()).toBe(1);
      open.close(1000);
      expect(live.connections()).toBe(0);
    } finally {
      await live.stop();
    }
  });

  it('builds at most one at a time, no more often than the interval, and once more after the last change', async () => {
    const clock = withFakeClock();
    const live = createCafeLive(clock.context);
    try {
      await live.start();
      // A build takes longer than the boards' own interval, as five queries per table can in a full room.
      const { state, build } = countedBuilds(150, (tally) => ({ tally }));
      // One table's host on two phones with the same link: one build for both, as they open and after.
      const phones = [new Phone(), new Phone()];
      for (const phone of phones) live.follow('cafe', phone.socket, { key: 'table 1', view: build });
      await vi.advanceTimersByTimeAsync(200);
      expect(phones.map((p) => p.sent.length)).toEqual([1, 1]);
      expect(state.builds).toBe(1);
      // A third phone opening while a build is under way shares it.
      state.tally = 1;
      clock.announce('change');
      // Built no sooner than the interval after the first (at 400 ms), so 50 ms into that build.
      await vi.advanceTimersByTimeAsync(VIEW_INTERVAL_MS - 200 + 50);
      expect(state.building).toBe(1);
      const third = new Phone();
      phones.push(third);
      live.follow('cafe', third.socket, { key: 'table 1', view: build });
      await vi.advanceTimersByTimeAsync(VIEW_INTERVAL_MS * 2);
      expect(state.builds).toBe(2);
      expect(phones.map((p) => (p.sent.at(-1)?.view as { tally: number }).tally)).toEqual([1, 1, 1]);
      const before = state.builds;
      const sentBefore = phones.map((p) => p.sent.length);
      state.mostAtOnce = 0;

      // Someone arriving changes no host's view.
      clock.announce('join');
      await vi.advanceTimersByTimeAsync(VIEW_INTERVAL_MS * 2);
      expect(state.builds).toBe(before);

      await thirtyVotes(state, clock.announce);
      await vi.advanceTimersByTimeAsync(VIEW_INTERVAL_MS * 5);

      // The first change is built at once, then at most one build per interval: five builds for
      // thirty changes, each shared by every phone, never two at a time.
      const builds = state.builds - before;
      expect(builds).toBe(Math.ceil((30 * 50) / VIEW_INTERVAL_MS) + 1);
      expect(state.mostAtOnce).toBe(1);
      phones.forEach((phone, i) => {
        expect(phone.sent.length).toBe((sentBefore[i] ?? 0) + builds);
        // The last change is never lost: the last view is the final tally.
        expect((phone.sent.at(-1)?.view as { tally: number }).tally).toBe(30);
      });
      // Nothing more once it is quiet.
      const settled = state.builds;
      await vi.advanceTimersByTimeAsync(VIEW_INTERVAL_MS * 5);
      expect(state.builds).toBe(settled);
    } finally {
      await live.stop();
    }
  });
});
