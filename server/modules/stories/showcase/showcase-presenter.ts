import type { ShowcaseStory } from '../../../../contracts/stories.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findDisplayNames } from '../../people/index.js';
import { foldConsent } from '../consent/index.js';
import * as repo from '../stories.repository.js';

/** The parts of a story the public reads. */
export type ShowcaseRow = Pick<
  repo.StoryRow,
  'id' | 'safeTitle' | 'channel' | 'approvedText' | 'approvedAt' | 'updatedAt'
>;

function firstWord(name: string): string {
  return name.split(/\s+/)[0] ?? 'Anonymous';
}

/**
 * The name each storyteller chose to be shown by: a pseudonym, their first name, or none. Looked
 * up for the whole page at once (a query for the ledgers, one for the storytellers, one for the
 * names), so a list costs the same few queries however many stories it holds.
 */
async function bylinesOf(context: ModuleContext, stories: readonly ShowcaseRow[]): Promise<string[]> {
  const storyIds = stories.map((story) => story.id);
  const ledgers = new Map<string, repo.ConsentEventRow[]>();
  for (const event of await repo.findConsentEventsOfStories(context.db, storyIds)) {
    ledgers.set(event.storyId, [...(ledgers.get(event.storyId) ?? []), event]);
  }
  const consents = storyIds.map((id) => foldConsent(ledgers.get(id) ?? []));

  const byFirstName = storyIds.filter((_, i) => consents[i]?.identification === 'first_name');
  const firstTellers = new Map<string, Awaited<ReturnType<typeof repo.findStorytellers>>[number]>();
  for (const teller of await repo.findStorytellersOfStories(context.db, byFirstName)) {
    if (!firstTellers.has(teller.storyId)) firstTellers.set(teller.storyId, teller);
  }
  const personIds = [...firstTellers.values()].flatMap((teller) =>
    teller.personId ? [teller.personId] : [],
  );
  const names =
    personIds.length > 0 ? await findDisplayNames(context.db, personIds) : new Map<string, string>();

  return storyIds.map((id, i) => {
    const consent = consents[i];
    if (consent?.identification === 'pseudonym' && consent.pseudonym) return consent.pseudonym;
    if (consent?.identification === 'first_name') {
      const teller = firstTellers.get(id);
      const name = teller?.personId ? names.get(teller.personId) : undefined;
      if (name !== undefined) return firstWord(name);
      if (teller?.nameEncrypted) return firstWord(context.cipher.decrypt(teller.nameEncrypted));
    }
    return 'Anonymous';
  });
}

/** Stories as the public reads them: only their approved text and safe title. */
export async function toShowcaseList(
  context: ModuleContext,
  stories: readonly ShowcaseRow[],
): Promise<ShowcaseStory[]> {
  const bylines = await bylinesOf(context, stories);
  return stories.map((story, i) => ({
    id: story.id,
    title: story.safeTitle || 'A story of recovery',
    channel: story.channel,
    text: story.approvedText ?? '',
    byline: bylines[i] ?? 'Anonymous',
    publishedAt: (story.approvedAt ?? story.updatedAt).toISOString(),
  }));
}

/** A story as the public reads it. */
export async function toShowcase(context: ModuleContext, story: ShowcaseRow): Promise<ShowcaseStory> {
  const [shown] = await toShowcaseList(context, [story]);
  if (!shown) throw new Error('a story presented to nothing');
  return shown;
}
