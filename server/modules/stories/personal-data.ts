import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { DbOrTx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import { deleteConsentFormsOfStory, foldConsent } from './consent/index.js';
import { deleteMediaOfStory } from './media/index.js';
import * as repo from './stories.repository.js';
import { originalOf } from './story-versions.js';

/**
 * The stories a person told, in full. Stories they only collected belong to someone else, so they
 * are listed by id and title, without their text.
 */
export async function exportStoriesData(context: ModuleContext, db: DbOrTx, personId: string) {
  const rows = await repo.findStoriesOfPerson(db, personId);
  const told = [];
  const collected = [];
  for (const story of rows) {
    const tellers = await repo.findStorytellers(db, story.id);
    if (!tellers.some((t) => t.personId === personId)) {
      collected.push({ id: story.id, title: story.safeTitle, channel: story.channel, status: story.status });
      continue;
    }
    const original = originalOf(await repo.findVersions(db, story.id));
    told.push({
      id: story.id,
      title: story.title,
      channel: story.channel,
      status: story.status,
      createdAt: story.createdAt.toISOString(),
      draft: story.draftEncrypted ? context.cipher.decrypt(story.draftEncrypted) : null,
      original: original ? context.cipher.decrypt(original.body) : null,
      consent: foldConsent(await repo.findConsentEvents(db, story.id)),
    });
  }
  return { stories: told, storiesCollectedForOthers: collected };
}

/**
 * Erasure of a storyteller's stories: every story they told is withdrawn (so it leaves the showcase,
 * analysis and exports) and its texts are replaced. Safeguarding alerts are kept, restricted, as the
 * law on protecting people requires.
 */
export async function eraseStoriesData(
  context: ModuleContext,
  db: DbOrTx,
  personId: string,
): Promise<string> {
  const rows = await repo.findStoriesOfPerson(db, personId);
  let count = 0;
  for (const story of rows) {
    const tellers = await repo.findStorytellers(db, story.id);
    if (!tellers.some((t) => t.personId === personId)) continue;
    await repo.insertConsentEvent(db, {
      storyId: story.id,
      action: 'withdraw',
      tier: null,
      method: 'digital',
      recordedBy: personId,
      wordingVersion: 'erasure',
    });
    await repo.updateStory(db, story.id, {
      status: 'withdrawn',
      consentTier: 'private',
      title: '[erased]',
      draftEncrypted: null,
      approvedText: null,
      approvedAt: null,
      shareableText: null,
      themes: [],
    });
    await repo.deleteVersionsOfStory(db, story.id);
    for (const path of await deleteConsentFormsOfStory(db, story.id)) {
      await rm(join(context.config.dataDir, path), { force: true });
    }
    for (const media of await deleteMediaOfStory(db, story.id)) {
      if (media.path) await rm(join(context.config.dataDir, media.path), { force: true });
    }
    count++;
  }
  return `${count} stories withdrawn and their texts and recordings deleted; safeguarding records kept, restricted`;
}
