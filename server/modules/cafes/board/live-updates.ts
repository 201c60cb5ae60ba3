import type { WebSocket } from 'ws';
import type { ModuleContext } from '../../../kernel/module.js';
import { CAFE_EVENTS_CHANNEL, type CafeEventKind } from '../cafe-events.js';
import { buildBoard } from './build-board.js';

// Coalesce bursts of changes (a roomful voting at once) into one board per café per interval. The
// first change after a quiet spell goes out at once; people arriving are batched more slowly, since
// nobody waits on a head count.
const BROADCAST_INTERVAL_MS = 100;
const JOIN_INTERVAL_MS = 1000;

type Room = {
  sockets: Set<WebSocket>;
  timer: NodeJS.Timeout | undefined;
  due: number;
  dirty: boolean;
  lastSent: number;
};

/**
 * Fans café changes out to the WebSockets connected to this app instance. Every instance hears
 * every change through PostgreSQL NOTIFY, builds the public board once, and sends the same message
 * to all its sockets for that café; participants fetch their own dots left over HTTP.
 */
export function createCafeLive(context: ModuleContext) {
  const rooms = new Map<string, Room>();
  let unsubscribe: (() => Promise<void>) | undefined;

  async function broadcast(cafeId: string, room: Room) {
    room.dirty = false;
    room.lastSent = Date.now();
    try {
      const board = await buildBoard(context, cafeId, { facilitator: false, participant: undefined });
      // Tables never change mid-café and clients already have them; leaving them out keeps a
      // full room's message small. Encoded once, sent as text to every socket.
      const message = Buffer.from(
        JSON.stringify({ type: 'board', board: { ...board, cafe: { ...board.cafe, tables: [] } } }),
      );
      for (const socket of room.sockets)
        if (socket.readyState === socket.OPEN) socket.send(message, { binary: false });
    } catch (error) {
      context.logError('Could not send a café board', error);
    }
  }

  function schedule(cafeId: string, kind: CafeEventKind) {
    const room = rooms.get(cafeId);
    if (!room) return;
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
        for (const socket of room.sockets) socket.close(1001, 'Server restarting');
      }
      rooms.clear();
      await unsubscribe?.();
    },
    /** Adds a socket to its café's room and sends it the board straight away. */
    join(cafeId: string, socket: WebSocket) {
      let room = rooms.get(cafeId);
      if (!room) {
        room = { sockets: new Set(), timer: undefined, due: 0, dirty: false, lastSent: 0 };
        rooms.set(cafeId, room);
      }
      room.sockets.add(socket);
      socket.on('close', () => {
        room.sockets.delete(socket);
        if (room.sockets.size === 0) {
          if (room.timer) clearTimeout(room.timer);
          rooms.delete(cafeId);
        }
      });
      void buildBoard(context, cafeId, { facilitator: false, participant: undefined }).then(
        (board) => socket.send(JSON.stringify({ type: 'board', board }), { binary: false }),
        (error: unknown) => context.logError('Could not send a café board', error),
      );
    },
    connections(): number {
      let count = 0;
      for (const room of rooms.values()) count += room.sockets.size;
      return count;
    },
  };
}
