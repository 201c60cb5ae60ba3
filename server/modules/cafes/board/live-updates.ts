import type { WebSocket } from 'ws';
import type { ModuleContext } from '../../../kernel/module.js';
import { CAFE_EVENTS_CHANNEL, type CafeEventKind } from '../cafe-events.js';
import { boardChange } from '../../../../contracts/cafes.board-changes.js';
import type { Board } from '../../../../contracts/cafes.js';
import type { Watcher } from '../cafe-loader.js';
import { buildLiveBoard, withholdUnvoted } from './build-board.js';

// Coalesce bursts of changes (a roomful voting at once) into one board per café per interval. The
// first change after a quiet spell goes out at once; people arriving are batched more slowly, since
// nobody waits on a head count.
export const BROADCAST_INTERVAL_MS = 100;
export const JOIN_INTERVAL_MS = 1000;
// A table host's view costs about five queries per table to build, and a host only needs the latest
// one: when a whole room votes at once (dozens of votes a second) their views are built at most once
// per this interval per café, never two builds at a time, and always once more after the last change.
// A change after a quiet spell still goes out at once; 400 ms more in a burst is not noticed on a
// page a host glances at, and keeps a full room to about two and a half builds a second.
export const VIEW_INTERVAL_MS = 400;

/**
 * Someone who follows their own view of the café rather than its board (a table host, their one
 * table): built afresh for them after changes, or undefined once they may no longer see it.
 */
export type Follower = {
  /** Followers with the same key (one table's host on two phones) share each build. */
  key: string;
  view: () => Promise<object | undefined>;
};

/**
 * A public board at least this large goes whole only to a socket that has none yet (or whose last one
 * the room no longer keeps); every other socket is sent what changed since the board it was sent
 * last (contracts/cafes.board-changes.ts), when that is smaller. A small café's board goes whole.
 */
export const CHANGE_MIN_BOARD_BYTES = 4096;
/** Builds of a room's public board kept to tell a socket what changed since its last one. */
const KEPT_BUILDS = 8;

/** Closed by the server because the reader may not (or may no longer) watch this café. */
export const NOT_WATCHING = 4401;

/**
 * The public board as built for a café's sockets, encoded once for every socket that may see it all,
 * with this room's number for the build and what changed since each earlier build kept (encoded once
 * per earlier build asked for; null when nothing did).
 */
type LiveBoard = Awaited<ReturnType<typeof buildLiveBoard>> & {
  everything: Buffer;
  build: number;
  changes: Map<number, Buffer | null>;
};

/**
 * How one kind of thing is built and sent to a room's sockets: the café's board to its participants
 * and facilitators, or each table's view to its hosts.
 */
type Sending<T> = {
  /** What a socket is sent (one key per distinct build), or undefined once it has left. */
  keyOf: (socket: WebSocket) => string | undefined;
  /** Every socket in the room that is sent this kind of thing. */
  sockets: () => Iterable<WebSocket>;
  build: (key: string) => Promise<T>;
  send: (socket: WebSocket, built: T) => void;
  /** Changes are built no more often than this, and a socket's first one waits no longer. */
  interval: number;
  failure: string;
};

/**
 * One room's builds of one kind: never two at a time, no sooner than the interval after the last
 * began, and always once more after the last change. A socket arriving while a build of what it is
 * sent is under way is sent that build; otherwise it waits for the next one, which every socket
 * arriving meanwhile shares. So a burst of changes, or a roomful of phones opening at once, is a
 * few builds, not one per change or per phone.
 */
function createBuilds<T>(context: ModuleContext, sending: Sending<T>) {
  let timer: NodeJS.Timeout | undefined;
  let due = 0;
  let lastStarted = 0;
  /** A change arrived since the last build began: the next build goes to every socket. */
  let changed = false;
  /** The soonest any waiting change or arrival asked to be built. */
  let wanted = Infinity;
  /** Sockets waiting for their first build. */
  const newcomers = new Set<WebSocket>();
  /** The build under way, by key. */
  let current: Map<string, Promise<T>> | undefined;
  let stopped = false;

  async function deliver(socket: WebSocket, built: Promise<T>) {
    try {
      const value = await built;
      if (sending.keyOf(socket) !== undefined) sending.send(socket, value);
    } catch (error) {
      context.logError(sending.failure, error);
    }
  }

  async function run() {
    const targets = changed ? [...sending.sockets()] : [...newcomers];
    changed = false;
    wanted = Infinity;
    newcomers.clear();
    lastStarted = Date.now();
    const round = new Map<string, Promise<T>>();
    current = round;
    try {
      await Promise.all(
        targets.map((socket) => {
          const key = sending.keyOf(socket);
          if (key === undefined) return undefined;
          let built = round.get(key);
          if (!built) {
            built = sending.build(key);
            round.set(key, built);
          }
          return deliver(socket, built);
        }),
      );
    } finally {
      current = undefined;
      schedule(wanted);
    }
  }

  /** Builds when due; an earlier due time replaces a later one. */
  function schedule(interval: number) {
    wanted = Math.min(wanted, interval);
    if (stopped || current || (!changed && newcomers.size === 0)) return;
    const at = Math.max(Date.now(), lastStarted + wanted);
    if (timer && due <= at) return;
    if (timer) clearTimeout(timer);
    due = at;
    timer = setTimeout(() => {
      timer = undefined;
      void run();
    }, at - Date.now());
  }

  return {
    /** Something changed: build again for everyone, no sooner than `interval` after the last build. */
    change(interval = sending.interval) {
      changed = true;
      schedule(interval);
    },
    /** A socket arrived: it shares the build under way, or the next one. */
    arrive(socket: WebSocket) {
      const key = sending.keyOf(socket);
      const built = key === undefined ? undefined : current?.get(key);
      if (built) {
        void deliver(socket, built);
        return;
      }
      newcomers.add(socket);
      schedule(sending.interval);
    },
    leave(socket: WebSocket) {
      newcomers.delete(socket);
    },
    stop() {
      stopped = true;
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}

type Builds = ReturnType<typeof createBuilds>;

type Room = {
  sockets: Map<WebSocket, Watcher>;
  /** The build of the public board each socket was last sent whole or brought up to (not withheld). */
  sent: Map<WebSocket, number>;
  /** The last few builds' public boards, by build number. */
  kept: Map<number, Board>;
  builds: number;
  followers: Map<WebSocket, Follower>;
  boards: Builds;
  /** The followers' views, built on their own, slower rhythm (see VIEW_INTERVAL_MS). */
  views: Builds;
};

/**
 * Fans café changes out to the WebSockets connected to this app instance. Every instance hears
 * every change through PostgreSQL NOTIFY, builds the public board once, and sends the same message
 * to all its sockets for that café; participants fetch their own dots left over HTTP. In an
 * agreement café a participant's socket is sent only the tallies of statements they have voted on.
 * Followers (table hosts) are sent their own view instead, checked afresh after changes. Each is
 * built once per change at most, never two at a time (see createBuilds); `build` is the board's
 * builder, replaced only by tests that count builds.
 */
export function createCafeLive(context: ModuleContext, build = buildLiveBoard) {
  const rooms = new Map<string, Room>();
  let unsubscribe: (() => Promise<void>) | undefined;

  /** Builds are never two at a time in one room (see createBuilds), so they are numbered in order. */
  async function buildBoard(room: Room, cafeId: string): Promise<LiveBoard> {
    const built = await build(context, cafeId);
    // Tables never change mid-café and clients already have them; leaving them out keeps a
    // full room's message small.
    const board = withoutTables(built.board);
    const number = ++room.builds;
    room.kept.set(number, board);
    room.kept.delete(number - KEPT_BUILDS);
    return { ...built, board, everything: encode(board), build: number, changes: new Map() };
  }

  function withoutTables(board: Board): Board {
    return { ...board, cafe: { ...board.cafe, tables: [] } };
  }

  function encode(board: Board): Buffer {
    return Buffer.from(JSON.stringify({ type: 'board', board }));
  }

  /**
   * What to send a socket that may see the whole public board: what changed since its last build
   * (null when nothing did), or undefined for the whole board (small, new, or too far behind).
   */
  function changeFor(room: Room, socket: WebSocket, live: LiveBoard): Buffer | null | undefined {
    if (live.everything.length < CHANGE_MIN_BOARD_BYTES) return undefined;
    const from = room.sent.get(socket);
    if (from === undefined) return undefined;
    if (from === live.build) return null;
    if (!live.changes.has(from)) {
      const before = room.kept.get(from);
      if (!before) return undefined;
      const change = boardChange(before, live.board);
      live.changes.set(from, change ? Buffer.from(JSON.stringify(change)) : null);
    }
    const change = live.changes.get(from);
    return change && change.length >= live.everything.length ? undefined : change;
  }

  function sendBoard(room: Room, socket: WebSocket, live: LiveBoard) {
    const { board, votedBy, everything } = live;
    const watcher = room.sockets.get(socket);
    if (!watcher || socket.readyState !== socket.OPEN) return;
    const own = watcher.facilitator ? board : withholdUnvoted(board, votedBy(watcher.participantId));
    if (own !== board) {
      // Tallies withheld from this participant: their board is their own, sent whole each time.
      room.sent.delete(socket);
      socket.send(encode(own), { binary: false });
      return;
    }
    const change = changeFor(room, socket, live);
    room.sent.set(socket, live.build);
    if (change !== null) socket.send(change ?? everything, { binary: false });
  }

  /** Sends one follower their view, or closes their socket when they may no longer see it. */
  function sendView(socket: WebSocket, view: object | undefined) {
    if (socket.readyState !== socket.OPEN) return;
    if (view) socket.send(JSON.stringify({ type: 'view', view }), { binary: false });
    else socket.close(NOT_WATCHING, 'This link no longer works');
  }

  function newRoom(cafeId: string): Room {
    const room: Room = {
      sockets: new Map(),
      sent: new Map(),
      kept: new Map(),
      builds: 0,
      followers: new Map(),
      boards: createBuilds<LiveBoard>(context, {
        keyOf: (socket) => (room.sockets.has(socket) ? cafeId : undefined),
        sockets: () => room.sockets.keys(),
        build: () => buildBoard(room, cafeId),
        send: (socket, built) => sendBoard(room, socket, built),
        interval: BROADCAST_INTERVAL_MS,
        failure: 'Could not send a café board',
      }),
      views: createBuilds<object | undefined>(context, {
        keyOf: (socket) => room.followers.get(socket)?.key,
        sockets: () => room.followers.keys(),
        build: (key) => {
          const follower = [...room.followers.values()].find((f) => f.key === key);
          return follower ? follower.view() : Promise.resolve(undefined);
        },
        send: sendView,
        interval: VIEW_INTERVAL_MS,
        failure: 'Could not send a café view',
      }),
    };
    return room;
  }

  /** The café's room, made when its first socket arrives and dropped when its last one leaves. */
  function roomFor(cafeId: string, socket: WebSocket): Room {
    let room = rooms.get(cafeId);
    if (!room) {
      room = newRoom(cafeId);
      rooms.set(cafeId, room);
    }
    const joined = room;
    socket.on('close', () => {
      joined.sockets.delete(socket);
      joined.sent.delete(socket);
      joined.followers.delete(socket);
      joined.boards.leave(socket);
      joined.views.leave(socket);
      if (joined.sockets.size === 0 && joined.followers.size === 0) {
        joined.boards.stop();
        joined.views.stop();
        if (rooms.get(cafeId) === joined) rooms.delete(cafeId);
      }
    });
    return joined;
  }

  function schedule(cafeId: string, kind: CafeEventKind) {
    const room = rooms.get(cafeId);
    if (!room) return;
    // Someone arriving changes no table host's view (it shows ideas and counts, never people).
    if (kind !== 'join' && room.followers.size > 0) room.views.change();
    // A vote must not wait behind a slow batch of arrivals: the sooner of the two is kept.
    if (room.sockets.size > 0) room.boards.change(kind === 'join' ? JOIN_INTERVAL_MS : BROADCAST_INTERVAL_MS);
  }

  return {
    async start() {
      unsubscribe = await context.events.subscribe<{ cafeId: string; kind?: CafeEventKind }>(
        CAFE_EVENTS_CHANNEL,
        (event) => schedule(event.cafeId, event.kind ?? 'change'),
      );
    },
    async stop() {
      for (const room of rooms.values()) {
        room.boards.stop();
        room.views.stop();
        for (const socket of [...room.sockets.keys(), ...room.followers.keys()]) {
          socket.close(1001, 'Server restarting');
        }
      }
      rooms.clear();
      await unsubscribe?.();
    },
    /** Adds a socket to its café's room; it is sent the board under way, or the next one (soon). */
    join(cafeId: string, socket: WebSocket, watcher: Watcher) {
      // a socket that closed while its reader was being checked has already said goodbye: kept, it
      // would never leave the room
      if (socket.readyState !== socket.OPEN) return;
      const room = roomFor(cafeId, socket);
      room.sockets.set(socket, watcher);
      room.boards.arrive(socket);
    },
    /** Adds a follower's socket to its café's room; they are sent the view under way, or the next one. */
    follow(cafeId: string, socket: WebSocket, follower: Follower) {
      if (socket.readyState !== socket.OPEN) return;
      const room = roomFor(cafeId, socket);
      room.followers.set(socket, follower);
      room.views.arrive(socket);
    },
    connections(): number {
      let count = 0;
      for (const room of rooms.values()) count += room.sockets.size + room.followers.size;
      return count;
    },
  };
}

export type CafeLive = ReturnType<typeof createCafeLive>;
