import type { FastifyInstance } from 'fastify';
import type { LanguageCode } from '../../contracts/languages.js';
import type { Actor } from './access.js';
import type { BackgroundWork } from './background.js';
import type { Config } from './config.js';
import type { FieldCipher } from './crypto.js';
import type { NewsOutbox } from './news.js';
import type { Database, DatabaseKind } from './db.js';
import type { EventBus } from './events.js';
import type { ScheduledJob } from './jobs.js';
import type { PersonalDataRegistry } from './personal-data.js';
import type { RateLimiter } from './rate-limits.js';

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in person, or null. Set by the session hook before any handler runs. */
    actor: Actor | null;
    /**
     * The languages offered to whoever asks: a signed-in member's partnership's, else those offered
     * to visitors. Set by the same hook.
     */
    offeredLanguages: readonly LanguageCode[] | null;
  }
}

/** What every module is given when the app is built. */
export type ModuleContext = {
  db: Database;
  databaseKind: DatabaseKind;
  config: Config;
  cipher: FieldCipher;
  events: EventBus;
  personalData: PersonalDataRegistry;
  /** Attempt limits counted in the shared database (see rate-limits.ts). */
  limits: RateLimiter;
  /** News that can wait, gathered into one message a day per address (see news.ts). */
  news: NewsOutbox;
  /** Work a request starts after answering (see background.ts). */
  background: BackgroundWork;
  /** Logs a failure in background work (never personal data: ids and messages only). */
  logError(message: string, error: unknown): void;
};

/** A module's public face, exported from its `index.ts`. */
export type CairnModule = {
  name: string;
  /** Registers the module's routes (under `/api`) and its personal-data handler. */
  register(app: FastifyInstance, context: ModuleContext): Promise<void> | void;
  /**
   * The module's periodic work (reminders, escalations, clean-ups), run by the kernel's one
   * scheduler once the server listens, each run claimed by one instance only.
   */
  jobs?(context: ModuleContext): ScheduledJob[];
  /** Adds the module's part of the fictional demo partnership. Runs in order after earlier modules. */
  seedDemo?(context: ModuleContext): Promise<void>;
};
