import { hasRole, type Actor } from '../../../kernel/access.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { toShowcaseList } from './showcase-presenter.js';
import * as repo from './showcase.repository.js';

/** Coordinators (and partnership admins) curate collections for their partnership. */
function asCurator(actor: Actor): Actor & { partnershipId: string } {
  const partnershipId = actor.partnershipId;
  if (!partnershipId || !hasRole(actor, ['coordinator'])) throw notFound('page');
  return { ...actor, partnershipId };
}

export async function createCollection(
  context: ModuleContext,
  actor: Actor,
  input: { title: string; description: string },
) {
  const curator = asCurator(actor);
  const row = await repo.insertCollection(context.db, {
    partnershipId: curator.partnershipId,
    title: input.title,
    description: input.description,
    createdBy: curator.personId,
  });
  return { id: row.id, title: row.title, description: row.description, storyCount: 0 };
}

async function getCuratedCollection(
  context: ModuleContext,
  actor: Actor & { partnershipId: string },
  collectionId: string,
) {
  const collection = await repo.findCollection(context.db, collectionId);
  if (!collection || collection.partnershipId !== actor.partnershipId) throw notFound('collection');
  return collection;
}

/** Adds a story to a collection; only stories the public may read now can be added. */
export async function addStoryToCollection(
  context: ModuleContext,
  actor: Actor,
  collectionId: string,
  storyId: string,
) {
  const collection = await getCuratedCollection(context, asCurator(actor), collectionId);
  const story = await repo.findPublicStory(context.db, storyId);
  if (!story) {
    throw new AppError('conflict', message('stories.problems.showcaseOnly'));
  }
  await repo.addToCollection(context.db, collection.id, story.id);
  return getCollection(context, collection.id);
}

export async function removeStoryFromCollection(
  context: ModuleContext,
  actor: Actor,
  collectionId: string,
  storyId: string,
) {
  const collection = await getCuratedCollection(context, asCurator(actor), collectionId);
  await repo.removeFromCollection(context.db, collection.id, storyId);
  return getCollection(context, collection.id);
}

export async function findCollections(context: ModuleContext) {
  return repo.findCollectionsWithPublicCounts(context.db);
}

/** A collection as the public sees it: only stories with public consent in force. */
export async function getCollection(context: ModuleContext, collectionId: string) {
  const collection = await repo.findCollection(context.db, collectionId);
  if (!collection) throw notFound('collection');
  const rows = await repo.findPublicStoriesOfCollection(context.db, collection.id);
  const stories = await toShowcaseList(
    context,
    rows.map((row) => row.story),
  );
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
