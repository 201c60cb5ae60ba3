import type { z } from 'zod';
import type { CreateStoryRequestSchema, StoryResponse } from '../../../../contracts/stories.js';
import type { Actor } from '../../../kernel/access.js';
import { invalidField, isUniqueViolation, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { getStory } from '../read-stories.js';
import { mayCreateStory } from '../stories.policy.js';
import * as repo from '../stories.repository.js';

/** A new story as its request was read (defaults filled in). */
export type CreateStoryInput = z.infer<typeof CreateStoryRequestSchema>;

/**
 * Starts a story as a draft: a member writing their own, or a peer supporter recording storytellers
 * without accounts. Repeating a create with the same Idempotency-Key answers with the first story.
 */
export async function createStory(
  context: ModuleContext,
  actor: Actor,
  input: CreateStoryInput,
  idempotencyKey: string | undefined,
): Promise<{ story: StoryResponse; created: boolean }> {
  if (idempotencyKey) {
    const existing = await repo.findStoryByCreateKey(context.db, actor.personId, idempotencyKey);
    if (existing) return { story: await getStory(context, actor, existing.id), created: false };
  }
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayCreateStory(actor, organisation.id, input.channel)) throw notFound('organisation');
  const ownStory = input.channel === 'written';
  if (input.storytellerLanguage && !actor.languages.includes(input.storytellerLanguage)) {
    throw invalidField('storytellerLanguage', message('stories.problems.languageNotOffered'));
  }
  const storyId = await context.db
    .transaction(async (tx) => {
      const story = await repo.insertStory(tx, {
        organisationId: organisation.id,
        channel: input.channel,
        title: input.title,
        createdBy: actor.personId,
        collectedBy: ownStory ? null : actor.personId,
        draftEncrypted: context.cipher.encrypt(input.text),
        createIdempotencyKey: idempotencyKey ?? null,
      });
      await repo.insertStorytellers(
        tx,
        ownStory
          ? [{ storyId: story.id, personId: actor.personId, nameEncrypted: null, contactEncrypted: null }]
          : input.storytellerNames.map((name, index) => ({
              storyId: story.id,
              personId: null,
              nameEncrypted: context.cipher.encrypt(name),
              // One contact is asked for: it belongs to the first (usually the only) storyteller.
              contactEncrypted:
                index === 0 && input.storytellerContact
                  ? context.cipher.encrypt(input.storytellerContact)
                  : null,
              // The language they read, recorded with the contact: links to confirm are said in it.
              language: index === 0 ? input.storytellerLanguage : null,
            })),
      );
      return story.id;
    })
    .catch(async (error: unknown) => {
      // Two retries racing with one Idempotency-Key: the loser answers with the winner's story.
      const existing =
        idempotencyKey && isUniqueViolation(error)
          ? await repo.findStoryByCreateKey(context.db, actor.personId, idempotencyKey)
          : undefined;
      if (!existing) throw error;
      return existing.id;
    });
  return { story: await getStory(context, actor, storyId), created: true };
}
