import type { DbOrTx } from './db.js';

/**
 * How one module meets a person's data rights (UK GDPR articles 15, 17 and 18). Each module
 * registers one through its `index.ts`; the people module runs them all for "download my data"
 * and for erasure, so new modules plug in without the people module knowing them.
 */
export type PersonalDataHandler = {
  /** Module name; the key of its section in the export. */
  module: string;
  /** Everything this module holds about the person, as plain JSON. */
  exportFor(db: DbOrTx, personId: string): Promise<unknown>;
  /**
   * Erases the person's data, or restricts it where the law requires keeping it (safeguarding
   * records, say). Returns a short plain-English summary for the erasure record.
   */
  erase(db: DbOrTx, personId: string): Promise<string>;
};

export type PersonalDataRegistry = {
  register(handler: PersonalDataHandler): void;
  handlers(): readonly PersonalDataHandler[];
};

export function createPersonalDataRegistry(): PersonalDataRegistry {
  const registered: PersonalDataHandler[] = [];
  return {
    register(handler) {
      if (registered.some((h) => h.module === handler.module)) {
        throw new Error(`A personal data handler for ${handler.module} is already registered`);
      }
      registered.push(handler);
    },
    handlers: () => registered,
  };
}
