import type { PiiFinding, StoryResponse } from '../../../contracts/stories.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findPii } from '../../text/index.js';
import { findPersonSummary } from '../people/index.js';
import { findConsentFormsOfStory } from './consent/index.js';
import { mayCurate } from './stories.policy.js';
import type { LoadedStory } from './story-loader.js';
import { latestDeidentified } from './story-versions.js';
import { DEFAULT_SUPPORT_LINES, supportLinesOf } from './support-lines.js';

function toResponse(
  context: ModuleContext,
  loaded: LoadedStory,
  names: Map<string, string>,
  supportLines: typeof DEFAULT_SUPPORT_LINES,
  formEventIds: Set<string>,
): StoryResponse {
  const { story, access } = loaded;
  const curator = mayCurate(access);
  const deidentified = latestDeidentified(loaded.versions);
  return {
    id: story.id,
    organisationId: story.organisationId,
    channel: story.channel,
    // Everyone but the storyteller and collector sees only the de-identified title.
    title: curator ? story.title : story.safeTitle,
    status: story.status,
    createdAt: story.createdAt.toISOString(),
    updatedAt: story.updatedAt.toISOString(),
    access,
    draft:
      curator && story.status === 'draft'
        ? {
            text: story.draftEncrypted ? context.cipher.decrypt(story.draftEncrypted) : '',
            revision: story.draftRevision,
            savedAt: story.draftSavedAt.toISOString(),
          }
        : null,
    deidentifiedText: deidentified?.body ?? null,
    deidentifiedVersionId: deidentified?.id ?? null,
    consent: curator ? loaded.consent : null,
    consentEvents: curator
      ? loaded.consentRows.map((e) => ({
          id: e.id,
          at: e.at.toISOString(),
          action: e.action,
          tier: e.tier,
          method: e.method,
          recordedByName: names.get(e.recordedBy) ?? 'Someone',
          wordingVersion: e.wordingVersion,
          confirmation: e.confirmation,
          hasForm: formEventIds.has(e.id),
        }))
      : null,
    versions: curator
      ? loaded.versions.map((v) => ({
          id: v.id,
          kind: v.kind,
          createdAt: v.createdAt.toISOString(),
          approvedByStorytellerAt: v.approvedByStorytellerAt?.toISOString() ?? null,
        }))
      : null,
    supportLines: access === 'storyteller' && story.safeguardingHold ? supportLines : null,
    // Only the storyteller and the safeguarding lead learn that a story raised a concern.
    safeguardingHold: access === 'storyteller' || access === 'safeguarding' ? story.safeguardingHold : null,
    holdStage: holdStageFor(loaded),
  };
}

/**
 * Where a held story stands, for its storyteller: a lead is looking at it, or every
 * alert is closed and it waits for the storyteller to confirm it again.
 */
function holdStageFor(loaded: LoadedStory): StoryResponse['holdStage'] {
  // Like the hold itself, only the storyteller learns of it: what put them at risk is theirs to tell.
  if (!loaded.story.safeguardingHold || loaded.access !== 'storyteller') return null;
  return loaded.unclosedAlertCount > 0 ? 'being_looked_at' : 'waiting_for_you';
}

/** A loaded story as its reader may see it: what they see depends on how they relate to it. */
export async function presentStory(context: ModuleContext, loaded: LoadedStory): Promise<StoryResponse> {
  const names = new Map<string, string>();
  for (const id of new Set(loaded.consentRows.map((e) => e.recordedBy))) {
    const person = await findPersonSummary(context.db, id);
    if (person) names.set(id, person.displayName);
  }
  const supportLines =
    loaded.access === 'storyteller' && loaded.story.safeguardingHold
      ? await supportLinesOf(context, loaded.story.organisationId)
      : DEFAULT_SUPPORT_LINES;
  const forms = mayCurate(loaded.access) ? await findConsentFormsOfStory(context.db, loaded.story.id) : [];
  return toResponse(context, loaded, names, supportLines, new Set(forms.map((f) => f.consentEventId)));
}

/** The identifying details found in a text, for the person reviewing it. */
export function piiFindingsOf(text: string): PiiFinding[] {
  return findPii(text).map((f) => ({
    start: f.start,
    end: f.end,
    type: f.type,
    text: f.text,
    replacement: f.replacement,
    confidence: f.confidence,
  }));
}
