import { LANGUAGE_CODES, SOURCE_LANGUAGE, type LanguageCode } from '../../../contracts/languages.js';
import type { DbOrTx } from '../../kernel/db.js';
import * as repo from './people.repository.js';

/**
 * The languages offered to someone not signed in (the switch on the home page, the café join page,
 * the public programme, "You said, we did", the showcase, signing in, and what the server answers
 * them in): the languages the partnership chose. A signed-out visitor cannot be told apart by
 * partnership, so where one server holds several, each language any of them offers is offered, and
 * a member then sees only their own partnership's. English always; every language before any
 * partnership exists.
 *
 * Asked on every request from a visitor, so kept in memory: forgotten at once when a partnership's
 * choice changes here, and after a minute for a change another server made to the same database.
 */
const KEPT_MS = 60_000;
const kept = new WeakMap<object, { languages: Promise<readonly LanguageCode[]>; until: number }>();

export function visitorLanguages(db: DbOrTx): Promise<readonly LanguageCode[]> {
  const found = kept.get(db);
  if (found && found.until > Date.now()) return found.languages;
  const languages = loadVisitorLanguages(db);
  kept.set(db, { languages, until: Date.now() + KEPT_MS });
  // A failed read is not kept: the next visitor asks again.
  languages.catch(() => kept.delete(db));
  return languages;
}

/** After a partnership's languages change, or a partnership is added. */
export function forgetVisitorLanguages(db: DbOrTx): void {
  kept.delete(db);
}

async function loadVisitorLanguages(db: DbOrTx): Promise<readonly LanguageCode[]> {
  const chosen = await repo.findLanguagesOfPartnerships(db);
  if (chosen.length === 0) return LANGUAGE_CODES;
  const offered = new Set<LanguageCode>([SOURCE_LANGUAGE, ...chosen.flat()]);
  return LANGUAGE_CODES.filter((code) => offered.has(code));
}
