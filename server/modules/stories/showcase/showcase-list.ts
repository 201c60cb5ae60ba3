import type { ShowcaseStory } from '../../../../contracts/stories.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toShowcaseList } from './showcase-presenter.js';
import * as repo from './showcase.repository.js';

/**
 * Different searches and filters kept at once, and the characters of story text they may hold
 * together (a search can ask for 50 long stories); past either, the longest kept is let go first.
 * Anyone may send any search, so this bounds the memory they can make the server spend.
 */
const MAX_KEPT = 256;
const MAX_KEPT_CHARS = 4_000_000;

type Listed = { stories: ShowcaseStory[]; /** when the first listed story's consent ends */ until: number };
type Kept = { version: number; listed: Promise<Listed>; chars: number };

export type ShowcaseList = {
  /** Stories the public may read now (no sign-in), newest first, searchable and filtered. */
  find(query: repo.PublicStoriesQuery): Promise<ShowcaseStory[]>;
};

/**
 * The public showcase list, kept in memory by each app instance between changes: it is the page
 * anyone may ask for, as often as they like, and building it reads four tables.
 *
 * Each answer is kept under the showcase version it was built after, a number the database moves
 * in the same transaction as any change that could alter the list (migrations 0044, 0046), whichever
 * instance or job made it. Every request reads that number first (one row) and uses a kept answer
 * only when it was built under the same number, so a story withdrawn, hidden, changed or deleted is
 * gone from the very next answer on every instance. An answer built after the number was read
 * holds every change up to it (or later ones too), never fewer. The one change no write makes,
 * consent running out, is met by keeping an answer only until the first of its stories' consents
 * ends.
 */
export function createShowcaseList(context: ModuleContext): ShowcaseList {
  const kept = new Map<string, Kept>();

  async function build(query: repo.PublicStoriesQuery): Promise<Listed> {
    const rows = await repo.findPublicStories(context.db, query);
    const ends = rows.flatMap((row) => (row.consentExpiresAt ? [row.consentExpiresAt.getTime()] : []));
    return { stories: await toShowcaseList(context, rows), until: Math.min(Infinity, ...ends) };
  }

  let keptChars = 0;
  function forget(key: string) {
    keptChars -= kept.get(key)?.chars ?? 0;
    kept.delete(key);
  }
  function keep(key: string, entry: Kept, listed: Listed) {
    if (kept.get(key) !== entry) return;
    entry.chars = listed.stories.reduce((sum, story) => sum + story.text.length + story.title.length, 0);
    keptChars += entry.chars;
    for (const oldest of kept.keys()) {
      if (kept.size <= MAX_KEPT && keptChars <= MAX_KEPT_CHARS) break;
      forget(oldest);
    }
  }

  return {
    async find(query) {
      const version = await repo.findShowcaseVersion(context.db);
      if (version === undefined) return (await build(query)).stories;
      const key = JSON.stringify([query.q ?? '', query.channel ?? '', query.theme ?? '', query.limit]);
      const found = kept.get(key);
      if (found?.version === version) {
        const listed = await found.listed;
        if (Date.now() < listed.until) return listed.stories;
      }
      // Requests that arrive while it is built wait for the same answer rather than build their own.
      const listed = build(query);
      const entry: Kept = { version, listed, chars: 0 };
      forget(key);
      kept.set(key, entry);
      listed.then(
        (built) => keep(key, entry, built),
        () => {
          if (kept.get(key) === entry) forget(key);
        },
      );
      return (await listed).stories;
    },
  };
}
