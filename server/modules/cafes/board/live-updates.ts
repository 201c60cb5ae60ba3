import type { WebSocket } from 'ws';
import type { ModuleContext } from '../../../kernel/module.js';
import { CAFE_EVENTS_CHANNEL, type CafeEventKind } from '../cafe-events.js';
import type { Board } from '../../../../contracts/cafes.js';
import type { Watcher } from '../cafe-loader.js';
import { buildLiveBoard, withholdUnvoted } from './build-board.js';

// Coalesce bursts of changes (a roomful voting at once) into one board per café per interval. The
// first change after a quiet spell goes out at once; people arriving are batched more slowly, since
// nobody waits on a head count.
const BROADCAST_INTERVAL_MS = 100;
const JOIN_INTERVAL_MS = 1000;
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

/** Closed by the server because the reader may not (or may no longer) watch this café. */
export const NOT_WATCHING = 4401;

type Room = {
  sockets: Map<WebSocket, Watcher>;
  followers: Map<WebSocket, Follower>;
  timer: NodeJS.Timeout | undefined;
  due: number;
  dirty: boolean;
  lastSent: number;
  /** The followers' views, built on their own, slower rhythm (see VIEW_INTERVAL_MS). */
  views: ViewBuilds;
};

type ViewBuilds = {
  timer: NodeJS.Timeout | undefined;
  /** A build is being made and sent: changes meanwhile wait for the next one. */
  building: boolean;
  /** A change arrived since the last build began. */
  dirty: boolean;
  lastStarted: number;
};

/**
 * Fans café changes out to the WebSockets connected to this app instance. Every instance hears
 * every change through PostgreSQL NOTIFY, builds the public board once, and sends the same message
 * to all its sockets for that café; participants fetch their own dots left over HTTP. In an
 * agreement café a participant's socket is sent only the tallies of statements they have voted on.
 * Followers (table hosts) are sent their own view instead, checked afresh after changes: a burst of
 * changes is one build, then one more for whatever came during it.
 */
export function createCafeLive(context: ModuleContext) {
  const rooms = new Map<string, Room>();
  let unsubscribe: (() => Promise<void>) | undefined;

  async function sendBoards(cafeId: string, room: Room) {
    if (room.sockets.size === 0) return;
    try {
      const { board, votedBy } = await buildLiveBoard(context, cafeId);
      // Tables never change mid-café and clients already have them; leaving them out keeps a
      // full room's message small. Encoded once, sent as text to every socket that may see it all.
      const encode = (b: Board) =>
        Buffer.from(JSON.stringify({ type: 'board', board: { ...b, cafe: { ...b.cafe, tables: [] } } }));
      const everything = encode(board);
      for (const [socket, watcher] of room.sockets) {
        if (socket.readyState !== socket.OPEN) continue;
        const own = watcher.facilitator ? board : withholdUnvoted(board, votedBy(watcher.participantId));
        socket.send(own === board ? everything : encode(own), { binary: false });
      }
    } catch (error) {
      context.logError('Could not send a café board', error);
    }
  }

  /** Sends one follower their view, or closes their socket when they may no longer see it. */
  function sendView(socket: WebSocket, view: object | undefined) {
    if (socket.readyState !== socket.OPEN) return;
    if (view) socket.send(JSON.stringify({ type: 'view', view }), { binary: false });
    else socket.close(NOT_WATCHING, 'This link no longer works');
  }

  async function sendViews(room: Room) {
    const builds = new Map<string, Promise<object | undefined>>();
    await Promise.all(
      [...room.followers].map(async ([socket, follower]) => {
        try {
          let build = builds.get(follower.key);
          if (!build) {
            build = follower.view();
            builds.set(follower.key, build);
          }
          sendView(socket, await build);
        } catch (error) {
          context.logError('Could not send a café view', error);
        }
      }),
    );
  }

  async function broadcast(cafeId: string, room: Room) {
    room.dirty = false;
    room.lastSent = Date.now();
    await sendBoards(cafeId, room);
  }

  /** Builds the followers' views once more if a change is waiting, no sooner than the interval allows. */
  function buildViewsWhenDue(cafeId: string, room: Room) {
    const { views } = room;
    if (!views.dirty || views.timer || views.building) return;
    if (room.followers.size === 0 || rooms.get(cafeId) !== room) return;
    views.timer = setTimeout(
      () => {
        views.timer = undefined;
        views.dirty = false;
        views.building = true;
        views.lastStarted = Date.now();
        void sendViews(room).finally(() => {
          views.building = false;
          buildViewsWhenDue(cafeId, room);
        });
      },
      Math.max(0, views.lastStarted + VIEW_INTERVAL_MS - Date.now()),
    );
  }

  /** The café's room, made when its first socket arrives and dropped when its last one leaves. */
  function roomFor(cafeId: string, socket: WebSocket): Room {
    let room = rooms.get(cafeId);
    if (!room) {
      room = {
        sockets: new Map(),
        followers: new Map(),
        timer: undefined,
        due: 0,
        dirty: false,
        lastSent: 0,
        views: { timer: undefined, building: false, dirty: false, lastStarted: 0 },
      };
      rooms.set(cafeId, room);
    }
    const joined = room;
    socket.on('close', () => {
      joined.sockets.delete(socket);
      joined.followers.delete(socket);
      if (joined.sockets.size === 0 && joined.followers.size === 0) {
        if (joined.timer) clearTimeout(joined.timer);
        if (joined.views.timer) clearTimeout(joined.views.timer);
        if (rooms.get(cafeId) === joined) rooms.delete(cafeId);
      }
    });
    return joined;
  }

  function schedule(cafeId: string, kind: CafeEventKind) {
    const room = rooms.get(cafeId);
    if (!room) return;
    // Someone arriving changes no table host's view (it shows ideas and counts, never people).
    if (kind !== 'join' && room.followers.size > 0) {
      room.views.dirty = true;
      buildViewsWhenDue(cafeId, room);
    }
    if (room.sockets.size === 0) return;
    room.dirty = true;
    const interval = kind === 'join' ? JOIN_INTERVAL_MS : BROADCAST_INTERVAL_MS;
    const due = Math.max(Date.now(), room.lastSent + interval);
    // A vote must not wait behind a slow batch of arrivals: an earlier due time replaces a later one.
    if (room.timer && room.due <= due) return;
    if (room.timer) clearTimeout(room.timer);
    room.due = due;
    room.timer = setTimeout(() => {
      room.timer = undefined;
      if (room.dirty) void broadcast(cafeId, room);
    }, due - Date.now());
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
        if (room.timer) clearTimeout(room.timer);
        if (room.views.timer) clearTimeout(room.views.timer);
        for (const socket of [...room.sockets.keys(), ...room.followers.keys()]) {
          socket.close(1001, 'Server restarting');
        }
      }
      rooms.clear();
      await unsubscribe?.();
    },
    /** Adds a socket to its café's room and sends it the board straight away. */
    join(cafeId: string, socket: WebSocket, watcher: Watcher) {
      // a socket that closed while its reader was being checked has already said goodbye: kept, it
      // would never leave the room
      if (socket.readyState !== socket.OPEN) return;
      roomFor(cafeId, socket).sockets.set(socket, watcher);
      void buildLiveBoard(context, cafeId).then(
        ({ board, votedBy }) => {
          const own = watcher.facilitator ? board : withholdUnvoted(board, votedBy(watcher.participantId));
          socket.send(JSON.stringify({ type: 'board', board: own }), { binary: false });
        },
        (error: unknown) => context.logError('Could not send a café board', error),
      );
    },
    /** Adds a follower's socket to its café's room and sends them their view straight away. */
    follow(cafeId: string, socket: WebSocket, follower: Follower) {
      if (socket.readyState !== socket.OPEN) return;
      roomFor(cafeId, socket).followers.set(socket, follower);
      void follower.view().then(
        (view) => sendView(socket, view),
        (error: unknown) => context.logError('Could not send a café view', error),
      );
    },
    connections(): number {
      let count = 0;
      for (const room of rooms.values()) count += room.sockets.size + room.followers.size;
      return count;
    },
  };
}

export type CafeLive = ReturnType<typeof createCafeLive>;
