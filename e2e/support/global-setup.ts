import { buildWeb } from './build.js';
import { prepareDemoTemplate } from './demo-template.js';

/** Vitest global setup for the journeys: build once, seed the demo once (see demo-template.ts). */
export async function setup(): Promise<() => Promise<void>> {
  buildWeb();
  return prepareDemoTemplate();
}
