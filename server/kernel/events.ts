import { sql } from 'drizzle-orm';
import type { DatabaseHandle } from './db.js';

export type EventListener<T> = (event: T) => void;

/**
 * Domain events fanned out through PostgreSQL NOTIFY, so every app instance hears them (live cafés
 * across instances). PGlite delivers NOTIFY in-process, so the same code serves both.
 */
export type EventBus = {
  publish(channel: string, event: unknown): Promise<void>;
  subscribe<T>(channel: string, listener: EventListener<T>): Promise<() => Promise<void>>;
};

// NOTIFY payloads are limited to 8000 bytes; events carry ids and small facts, not documents.
const MAX_PAYLOAD_BYTES = 7900;

export function createEventBus(database: DatabaseHandle): EventBus {
  return {
    async publish(channel, event) {
      const payload = JSON.stringify(event);
      if (Buffer.byteLength(payload) > MAX_PAYLOAD_BYTES) {
        throw new Error(`Event on ${channel} is too large for NOTIFY; send ids, not documents`);
      }
      await database.db.execute(sql`select pg_notify(${channel}, ${payload})`);
    },
    async subscribe<T>(channel: string, listener: EventListener<T>) {
      return database.listen(channel, (payload) => listener(JSON.parse(payload) as T));
    },
  };
}
