import type { StoryResponse, StorySearchQuery } from '../../../contracts/stories.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { readLanguage, splitSentences } from '../../text/index.js';
import { analystOrganisations, mayReadOriginal, partnerReaderOrganisations } from './stories.policy.js';
import * as repo from './stories.repository.js';
import * as search from './search.repository.js';
import { loadStory } from './story-loader.js';
import { piiFindingsOf, presentStory } from './story-presenter.js';
import { originalOf } from './story-versions.js';

export async function getStory(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
): Promise<StoryResponse> {
  return presentStory(context, await loadStory(context, actor, storyId));
}

export async function findMyStories(context: ModuleContext, actor: Actor) {
  const rows = await repo.findStoriesOfPerson(context.db, actor.personId);
  return rows.map((s) => ({
    id: s.id,
    title: s.title,
    channel: s.channel,
    status: s.status,
    updatedAt: s.updatedAt.toISOString(),
    access:
      s.createdBy === actor.personId && s.channel === 'written'
        ? ('storyteller' as const)
        : ('collector' as const),
  }));
}

/** The original text, for the storyteller, the collector and (after an alert) the safeguarding lead. Audited. */
export async function readOriginal(context: ModuleContext, actor: Actor, storyId: string) {
  const loaded = await loadStory(context, actor, storyId);
  if (!mayReadOriginal(loaded.access)) throw notFound('story');
  const original = originalOf(loaded.versions);
  if (!original) throw notFound('originalStory');
  const text = context.cipher.decrypt(original.body);
  const language = readLanguage(text);
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: actor.partnershipId,
    action: 'story.original.read',
    subjectType: 'story',
    subjectId: storyId,
    details: { access: loaded.access, versionId: original.id },
  });
  return {
    versionId: original.id,
    text,
    // a story wholly in another language has no English findings worth showing: "dal" is Welsh for
    // "keep", not a name
    findings: language.checkable || language.partly ? piiFindingsOf(text) : [],
    checked: language.checkable,
    sentences: splitSentences(text).map(({ start, end }) => ({ start, end })),
    withheldSpans: loaded.story.withheldSpans,
  };
}

/** Full-text search over every story the reader may see, with filters. */
export async function searchStories(context: ModuleContext, actor: Actor, query: StorySearchQuery) {
  const rows = await search.searchStories(
    context.db,
    {
      personId: actor.personId,
      analystOrganisationIds: analystOrganisations(actor),
      partnerOrganisationIds: partnerReaderOrganisations(actor),
    },
    query,
  );
  return rows.map((row) => ({ ...row, createdAt: row.createdAt.toISOString() }));
}
