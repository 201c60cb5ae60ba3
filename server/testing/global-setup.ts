import { prepareTemplate } from './template-database.js';

/** Vitest global setup: one migrated template database per run (see template-database.ts). */
export async function setup(): Promise<() => Promise<void>> {
  return prepareTemplate();
}
