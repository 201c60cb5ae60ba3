import type { WebSocket } from 'ws';
import type { ModuleContext } from '../../kernel/module.js';
import { buildBoard, CAFE_EVENTS_CHANNEL } from './cafes.service.js';

// Coalesce bursts of changes (a roomful voting at once) into one board per café per interval.
const BROADCAST_INTERVAL_MS = 100;

type Room = { sockets: Set<WebSocket>; timer: NodeJS.Timeout | undefined; dirty: boolean };

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
    try {
      const board = await buildBoard(context, cafeId, { facilitator: false, participant: undefined });
      const message = JSON.stringify({ type: 'board', board });
      for (const socket of room.sockets) if (socket.readyState === socket.OPEN) socket.send(message);
    } catch (error) {
      context.logError('Could not send a café board', error);
    }
  }

  function schedule(cafeId: string) {
    const room = rooms.get(cafeId);
    if (!room) return;
    room.dirty = true;
    if (room.timer) return;
    room.timer = setTimeout(() => {
      room.timer = undefined;
      if (room.dirty) void broadcast(cafeId, room);
    }, BROADCAST_INTERVAL_MS);
  }

  return {
    async start() {
      unsubscribe = await context.events.subscribe<{ cafeId: string }>(CAFE_EVENTS_CHANNEL, (event) =>
        schedule(event.cafeId),
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
        room = { sockets: new Set(), timer: undefined, dirty: false };
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
        (board) => socket.send(JSON.stringify({ type: 'board', board })),
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
