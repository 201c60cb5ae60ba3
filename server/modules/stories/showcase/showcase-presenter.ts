import type { ShowcaseStory } from '../../../../contracts/stories.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPersonSummary } from '../../people/index.js';
import { foldConsent } from '../consent/index.js';
import * as repo from '../stories.repository.js';

/** The name the storyteller chose to be shown by: a pseudonym, their first name, or none. */
async function bylineOf(context: ModuleContext, story: repo.StoryRow): Promise<string> {
  const events = await repo.findConsentEvents(context.db, story.id);
  const consent = foldConsent(events);
  if (consent.identification === 'pseudonym' && consent.pseudonym) return consent.pseudonym;
  if (consent.identification === 'first_name') {
    const [teller] = await repo.findStorytellers(context.db, story.id);
    if (teller?.personId) {
      const person = await findPersonSummary(context.db, teller.personId);
      if (person) return person.displayName.split(/\s+/)[0] ?? 'Anonymous';
    }
    if (teller?.nameEncrypted)
      return context.cipher.decrypt(teller.nameEncrypted).split(/\s+/)[0] ?? 'Anonymous';
  }
  return 'Anonymous';
}

/** A story as the public reads it: only its approved text and safe title. */
export async function toShowcase(context: ModuleContext, story: repo.StoryRow): Promise<ShowcaseStory> {
  return {
    id: story.id,
    title: story.safeTitle || 'A story of recovery',
    channel: story.channel,
    text: story.approvedText ?? '',
    byline: await bylineOf(context, story),
    publishedAt: (story.approvedAt ?? story.updatedAt).toISOString(),
  };
}
