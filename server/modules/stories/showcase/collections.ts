import { hasRole, requireActor, type Actor } from '../../../kernel/access.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toShowcase } from './showcase-presenter.js';
import * as repo from './showcase.repository.js';

/** Coordinators (and partnership admins) curate collections for their partnership. */
function requireCurator(actorOrNull: Actor | null): Actor & { partnershipId: string } {
  const actor = requireActor(actorOrNull);
  const partnershipId = actor.partnershipId;
  if (!partnershipId || !hasRole(actor, ['coordinator'])) throw notFound('This page');
  return { ...actor, partnershipId };
}

export async function createCollection(
  context: ModuleContext,
  actorOrNull: Actor | null,
  input: { title: string; description: string },
) {
  const actor = requireCurator(actorOrNull);
  const row = await repo.insertCollection(context.db, {
    partnershipId: actor.partnershipId,
    title: input.title,
    description: input.description,
    createdBy: actor.personId,
  });
  return { id: row.id, title: row.title, description: row.description, storyCount: 0 };
}

async function getCuratedCollection(
  context: ModuleContext,
  actor: Actor & { partnershipId: string },
  collectionId: string,
) {
  const collection = await repo.findCollection(context.db, collectionId);
  if (!collection || collection.partnershipId !== actor.partnershipId) throw notFound('This collection');
  return collection;
}

/** Adds a story to a collection; only stories the public may read now can be added. */
export async function addStoryToCollection(
  context: ModuleContext,
  actorOrNull: Actor | null,
  collectionId: string,
  storyId: string,
) {
  const actor = requireCurator(actorOrNull);
  const collection = await getCuratedCollection(context, actor, collectionId);
  const story = await repo.findPublicStory(context.db, storyId);
  if (!story) {
    throw new AppError('conflict', 'Only stories on the public showcase can go into a collection.');
  }
  await repo.addToCollection(context.db, collection.id, story.id);
  return getCollection(context, collection.id);
}

export async function removeStoryFromCollection(
  context: ModuleContext,
  actorOrNull: Actor | null,
  collectionId: string,
  storyId: string,
) {
  const actor = requireCurator(actorOrNull);
  const collection = await getCuratedCollection(context, actor, collectionId);
  await repo.removeFromCollection(context.db, collection.id, storyId);
  return getCollection(context, collection.id);
}

export async function findCollections(context: ModuleContext) {
  return repo.findCollectionsWithPublicCounts(context.db);
}

/** A collection as the public sees it: only stories with public consent in force. */
export async function getCollection(context: ModuleContext, collectionId: string) {
  const collection = await repo.findCollection(context.db, collectionId);
  if (!collection) throw notFound('This collection');
  const rows = await repo.findPublicStoriesOfCollection(context.db, collection.id);
  const stories = await Promise.all(rows.map((row) => toShowcase(context, row.story)));
  return {
    collection: {
      id: collection.id,
      title: collection.title,
      description: collection.description,
      storyCount: stories.length,
    },
    stories,
  };
}
