import type { EffectiveConsent } from '../../../contracts/stories.js';
import type { Actor } from '../../kernel/access.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { foldConsent } from './consent/index.js';
import { findAlertsOfStory } from './safeguarding/index.js';
import { accessToStory, mayCurate, type StoryAccess } from './stories.policy.js';
import * as repo from './stories.repository.js';

/** A story with everything access to it depends on, as every use case that reads one needs it. */
export type LoadedStory = {
  story: repo.StoryRow;
  access: StoryAccess;
  consent: EffectiveConsent;
  consentRows: repo.ConsentEventRow[];
  versions: Awaited<ReturnType<typeof repo.findVersions>>;
  storytellerPersonIds: string[];
  /** Alerts about the story not yet closed: while any is, only a lead can let it go. */
  unclosedAlertCount: number;
};

/** Loads a story with everything access depends on, or answers 404 for anyone who may not see it. */
export async function loadStory(context: ModuleContext, actor: Actor, storyId: string): Promise<LoadedStory> {
  const story = await repo.findStory(context.db, storyId);
  if (!story) throw notFound('story');
  const [tellers, consentRows, versions, alerts] = await Promise.all([
    repo.findStorytellers(context.db, story.id),
    repo.findConsentEvents(context.db, story.id),
    repo.findVersions(context.db, story.id),
    findAlertsOfStory(context.db, story.id),
  ]);
  const consent = foldConsent(consentRows);
  const storytellerPersonIds = tellers.flatMap((t) => (t.personId ? [t.personId] : []));
  const access = accessToStory(actor, {
    organisationId: story.organisationId,
    createdBy: story.createdBy,
    collectedBy: story.collectedBy,
    storytellerPersonIds,
    status: story.status,
    safeguardingHold: story.safeguardingHold,
    alerts,
    hasDeidentifiedVersion: versions.some((v) => v.kind === 'deidentified'),
    consent,
  });
  if (!access) throw notFound('story');
  return {
    story,
    access,
    consent,
    consentRows,
    versions,
    storytellerPersonIds,
    unclosedAlertCount: alerts.filter((a) => a.status !== 'closed').length,
  };
}

/** A story the actor curates (storyteller or collector), or 404. `alsoSafeguarding` admits the lead. */
export async function loadCuratedStory(
  context: ModuleContext,
  actor: Actor,
  storyId: string,
  options: { alsoSafeguarding?: boolean } = {},
): Promise<LoadedStory> {
  const loaded = await loadStory(context, actor, storyId);
  const allowed =
    mayCurate(loaded.access) || (options.alsoSafeguarding === true && loaded.access === 'safeguarding');
  if (!allowed) throw notFound('story');
  return loaded;
}
