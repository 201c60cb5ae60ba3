import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './cafes.repository.js';

/** Channel on which every change to any café is announced (payload: café id and version). */
export const CAFE_EVENTS_CHANNEL = 'cafe_events';

/** What changed: people arriving are batched more slowly than other changes. */
export type CafeEventKind = 'change' | 'join';

/** Tells every app instance that the café is now at `version`, so live boards are sent again. */
export async function announce(
  context: ModuleContext,
  cafeId: string,
  version: number,
  kind: CafeEventKind = 'change',
) {
  await context.events.publish(CAFE_EVENTS_CHANNEL, { cafeId, version, kind });
}

/** Counts a change stored outside a transaction (bumps the café's version) and announces it. */
export async function announceChange(context: ModuleContext, cafeId: string, kind: CafeEventKind = 'change') {
  const version = await repo.bumpVersion(context.db, cafeId);
  await announce(context, cafeId, version, kind);
}
