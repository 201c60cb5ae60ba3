import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { createEventBus } from './events.js';

let database: DatabaseHandle;
let drop: () => Promise<void>;
beforeAll(async () => {
  ({ database, drop } = await openTestDatabase());
});
afterAll(async () => drop());

describe('events through NOTIFY', () => {
  it('delivers a published event to subscribers and stops after unsubscribe', async () => {
    const bus = createEventBus(database);
    const received: unknown[] = [];
    const unsubscribe = await bus.subscribe<{ n: number }>('cairn_test', (event) => received.push(event));
    await bus.publish('cairn_test', { n: 1 });
    await expect.poll(() => received, { timeout: 5000 }).toEqual([{ n: 1 }]);
    await unsubscribe();
    await bus.publish('cairn_test', { n: 2 });
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(received).toEqual([{ n: 1 }]);
  });

  it('refuses payloads too large for NOTIFY', async () => {
    const bus = createEventBus(database);
    await expect(bus.publish('cairn_test', { text: 'x'.repeat(9000) })).rejects.toThrow(/too large/);
  });
});
