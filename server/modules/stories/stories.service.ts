import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type {
  CreateStoryRequest,
  PiiFinding,
  RedactionDecision,
  SaveDraftRequest,
  ShowcaseStory,
  StoryResponse,
  StorySearchQuery,
} from '../../../contracts/stories.js';
import { CreateStoryRequestSchema } from '../../../contracts/stories.js';
import { hasRole, requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import type { DbOrTx } from '../../kernel/db.js';
import { AppError, notFound } from '../../kernel/errors.js';
import { queueMail } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { assessRisk, findPii, redact, splitSentences, suggestThemes } from '../../text/index.js';
import { findOrganisationById, findPersonSummary } from '../people/index.js';
import { foldConsent } from './consent/fold.js';
import {
  analystOrganisations,
  partnerReaderOrganisations,
  mayCreateStory,
  mayCurate,
  mayReadOriginal,
} from './stories.policy.js';
import * as repo from './stories.repository.js';
import { deleteConsentFormsOfStory, findConsentFormsOfStory } from './consent/consent.repository.js';
import {
  countUnclosedAlertsOfStory,
  decisionsToKeep,
  evidenceBySentence,
  raiseAlert,
  withWithheldCuts,
} from './safeguarding/index.js';
import { loadStory, type LoadedStory as Loaded } from './story-loader.js';
import { DEFAULT_SUPPORT_LINES, supportLinesOf } from './support-lines.js';

/** A story the actor curates (storyteller or collector), or 404. `alsoSafeguarding` admits the lead. */
export async function loadCuratedStory(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
  options: { alsoSafeguarding?: boolean } = {},
) {
  const actor = requireActor(actorOrNull);
  const loaded = await loadStory(context, actor, storyId);
  const allowed =
    mayCurate(loaded.access) || (options.alsoSafeguarding === true && loaded.access === 'safeguarding');
  if (!allowed) throw notFound('This story');
  return { actor, story: loaded.story, access: loaded.access };
}

function latestDeidentified(loaded: Loaded) {
  return [...loaded.versions].reverse().find((v) => v.kind === 'deidentified');
}

function toResponse(
  context: ModuleContext,
  loaded: Loaded,
  names: Map<string, string>,
  supportLines: typeof DEFAULT_SUPPORT_LINES,
  formEventIds: Set<string>,
): StoryResponse {
  const { story, access } = loaded;
  const curator = mayCurate(access);
  const deidentified = latestDeidentified(loaded);
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
function holdStageFor(loaded: Loaded): StoryResponse['holdStage'] {
  // Like the hold itself, only the storyteller learns of it: what put them at risk is theirs to tell.
  if (!loaded.story.safeguardingHold || loaded.access !== 'storyteller') return null;
  return loaded.unclosedAlertCount > 0 ? 'being_looked_at' : 'waiting_for_you';
}

async function respond(context: ModuleContext, loaded: Loaded): Promise<StoryResponse> {
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

// --- capture --------------------------------------------------------------------------------------

export async function createStory(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: CreateStoryRequest,
  idempotencyKey: string | undefined,
): Promise<{ story: StoryResponse; created: boolean }> {
  const actor = requireActor(actorOrNull);
  const input = CreateStoryRequestSchema.parse(rawInput);
  if (idempotencyKey) {
    const existing = await repo.findStoryByCreateKey(context.db, actor.personId, idempotencyKey);
    if (existing) return { story: await getStory(context, actor, existing.id), created: false };
  }
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayCreateStory(actor, organisation.id, input.channel))
    throw notFound('This organisation');
  const ownStory = input.channel === 'written';
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
            })),
      );
      return story.id;
    })
    .catch(async (error: unknown) => {
      // Two retries racing with one Idempotency-Key: the loser answers with the winner's story.
      const code =
        (error as { code?: unknown; cause?: { code?: unknown } }).cause?.code ??
        (error as { code?: unknown }).code;
      const existing =
        idempotencyKey && code === '23505'
          ? await repo.findStoryByCreateKey(context.db, actor.personId, idempotencyKey)
          : undefined;
      if (!existing) throw error;
      return existing.id;
    });
  return { story: await getStory(context, actor, storyId), created: true };
}

export async function saveDraft(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
  input: SaveDraftRequest,
): Promise<{ revision: number; savedAt: string }> {
  const actor = requireActor(actorOrNull);
  const loaded = await loadStory(context, actor, storyId);
  if (!mayCurate(loaded.access)) throw notFound('This story');
  if (loaded.story.status !== 'draft') {
    throw new AppError('conflict', 'This story has been submitted, so its draft can no longer change.');
  }
  const saved = await repo.saveDraftIfCurrent(context.db, storyId, {
    title: input.title,
    draftEncrypted: context.cipher.encrypt(input.text),
    revision: input.revision,
  });
  if (!saved) {
    throw new AppError(
      'conflict',
      'This story was saved from somewhere else (another tab or device) since you opened it. Copy your text, reload, and paste it back.',
    );
  }
  return { revision: saved.draftRevision, savedAt: saved.draftSavedAt.toISOString() };
}

function toFindings(text: string): PiiFinding[] {
  return findPii(text).map((f) => ({
    start: f.start,
    end: f.end,
    type: f.type,
    text: f.text,
    replacement: f.replacement,
    confidence: f.confidence,
  }));
}

/**
 * Submits a draft: the text becomes the encrypted original version, de-identification findings
 * come back for review, and a current-risk finding holds the story and alerts the safeguarding
 * leads. Repeating a submission with the same Idempotency-Key answers the same and changes nothing.
 */
export async function submitStory(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
  idempotencyKey: string | undefined,
): Promise<{ story: StoryResponse; findings: PiiFinding[] }> {
  const actor = requireActor(actorOrNull);
  const loaded = await loadStory(context, actor, storyId);
  if (!mayCurate(loaded.access)) throw notFound('This story');
  const { story } = loaded;
  if (story.status !== 'draft') {
    if (idempotencyKey && story.submitIdempotencyKey === idempotencyKey) {
      const original = loaded.versions.find((v) => v.kind === 'original');
      const text = original ? context.cipher.decrypt(original.body) : '';
      return { story: await respond(context, loaded), findings: toFindings(text) };
    }
    throw new AppError('conflict', 'This story has already been submitted.');
  }
  const text = story.draftEncrypted ? context.cipher.decrypt(story.draftEncrypted) : '';
  if (text.trim().length === 0) {
    throw new AppError('validation_failed', 'Write your story before sending it.', [
      { path: 'text', message: 'Write your story before sending it' },
    ]);
  }
  const risk = assessRisk(text);
  const organisation = await findOrganisationById(context.db, story.organisationId);
  const submitted = await context.db.transaction(async (tx) => {
    // Only one submission can move the story out of draft, however many arrive at once.
    const claimed = await repo.markSubmitted(tx, story.id, {
      submitIdempotencyKey: idempotencyKey ?? null,
      safeguardingHold: risk.risk === 'current',
    });
    if (!claimed) return false;
    await repo.insertVersion(tx, {
      storyId: story.id,
      kind: 'original',
      body: context.cipher.encrypt(text),
      derivedFrom: null,
      decisions: [],
      createdBy: actor.personId,
    });
    if (risk.risk === 'current') {
      await raiseAlert(context, tx, {
        storyId: story.id,
        organisationId: story.organisationId,
        evidence: evidenceBySentence(risk.evidence.filter((e) => e.level === 'current')),
        source: 'detector',
        raisedBy: null,
      });
    }
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation?.partnershipId ?? null,
      action: 'story.submitted',
      subjectType: 'story',
      subjectId: story.id,
    });
    return true;
  });
  if (!submitted) return submitStory(context, actor, storyId, idempotencyKey);
  return { story: await getStory(context, actor, story.id), findings: toFindings(text) };
}

// --- reading --------------------------------------------------------------------------------------

export async function getStory(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
): Promise<StoryResponse> {
  const actor = requireActor(actorOrNull);
  return respond(context, await loadStory(context, actor, storyId));
}

export async function findMyStories(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
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
export async function readOriginal(context: ModuleContext, actorOrNull: Actor | null, storyId: string) {
  const actor = requireActor(actorOrNull);
  const loaded = await loadStory(context, actor, storyId);
  if (!mayReadOriginal(loaded.access)) throw notFound('This story');
  const original = loaded.versions.find((v) => v.kind === 'original');
  if (!original) throw notFound('The original of this story');
  const text = context.cipher.decrypt(original.body);
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
    findings: toFindings(text),
    sentences: splitSentences(text).map(({ start, end }) => ({ start, end })),
    withheldSpans: loaded.story.withheldSpans,
  };
}

// --- de-identification review ---------------------------------------------------------------------

/** Titles are short and shown widely, so every identifying detail found in one is removed outright. */
export function deidentifyTitle(title: string): string {
  return redact(title, findPii(title)).trim();
}

/** Applies reviewed decisions to the original, producing a new immutable de-identified version. */
export function applyDecisions(text: string, decisions: readonly RedactionDecision[]): string {
  const cuts = decisions.filter((d) => d.action !== 'keep').sort((a, b) => a.start - b.start);
  let out = '';
  let at = 0;
  for (const cut of cuts) {
    if (cut.start < at || cut.end > text.length || cut.end <= cut.start) {
      throw new AppError(
        'validation_failed',
        'Two redactions overlap or one falls outside the story. Reload the review and try again.',
      );
    }
    out += text.slice(at, cut.start) + (cut.replacement ?? '[removed]');
    at = cut.end;
  }
  return out + text.slice(at);
}

export async function createDeidentifiedVersion(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
  decisions: RedactionDecision[],
): Promise<StoryResponse> {
  const actor = requireActor(actorOrNull);
  const loaded = await loadStory(context, actor, storyId);
  if (!mayCurate(loaded.access)) throw notFound('This story');
  if (loaded.story.status === 'draft' || loaded.story.status === 'withdrawn') {
    throw new AppError('conflict', 'Only a submitted story can be reviewed.');
  }
  const original = loaded.versions.find((v) => v.kind === 'original');
  if (!original) throw notFound('The original of this story');
  await context.db.transaction(async (tx) =>
    saveDeidentifiedVersion(context, tx, {
      story: loaded.story,
      original: { id: original.id, text: context.cipher.decrypt(original.body) },
      decisions,
      createdBy: actor.personId,
    }),
  );
  return getStory(context, actor, storyId);
}

/**
 * Writes a new de-identified version from reviewed decisions, always cutting what a safeguarding
 * lead withheld, and sends the story back to its storyteller to approve.
 */
export async function saveDeidentifiedVersion(
  context: ModuleContext,
  tx: DbOrTx,
  input: {
    story: repo.StoryRow;
    original: { id: string; text: string };
    decisions: readonly RedactionDecision[];
    createdBy: string;
  },
) {
  const body = applyDecisions(
    input.original.text,
    withWithheldCuts(input.decisions, input.story.withheldSpans),
  );
  await repo.insertVersion(tx, {
    storyId: input.story.id,
    kind: 'deidentified',
    body,
    derivedFrom: input.original.id,
    // Only positions and actions: the removed words themselves are not copied out of the original.
    decisions: decisionsToKeep(input.decisions, input.story.withheldSpans).map((d) => ({
      start: d.start,
      end: d.end,
      action: d.action,
      replacement: d.replacement,
    })),
    createdBy: input.createdBy,
  });
  await repo.updateStory(tx, input.story.id, {
    status: 'in_review',
    approvedText: null,
    approvedAt: null,
    shareableText: body,
    safeTitle: deidentifyTitle(input.story.title),
    themes: suggestThemes(body)
      .filter((theme) => theme.score >= 0.5)
      .map((theme) => theme.code),
  });
}

/** The storyteller (or, for someone without an account, their collector) approves the text to share. */
export async function approveStory(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
  options: { versionId?: string | undefined } = {},
): Promise<StoryResponse> {
  const actor = requireActor(actorOrNull);
  const loaded = await loadStory(context, actor, storyId);
  const hasAccountHolder = loaded.storytellerPersonIds.length > 0;
  const allowed = loaded.access === 'storyteller' || (loaded.access === 'collector' && !hasAccountHolder);
  if (!allowed) {
    if (mayCurate(loaded.access)) {
      throw new AppError('forbidden', 'Only the storyteller can approve the final text of their story.');
    }
    throw notFound('This story');
  }
  if (loaded.story.status === 'withdrawn') {
    throw new AppError(
      'conflict',
      'This story has been withdrawn. Record new consent before approving it again.',
    );
  }
  await context.db.transaction(async (tx) => {
    // Decided on the locked row, so a lead withholding a sentence at the same moment cannot let
    // the older text through, and the hold is judged on the alerts as they are now.
    const story = await repo.lockStory(tx, storyId);
    const version = [...(await repo.findVersions(tx, storyId))]
      .reverse()
      .find((v) => v.kind === 'deidentified');
    if (!story || !version) {
      throw new AppError(
        'conflict',
        'Review the redactions first: there is no de-identified text to approve yet.',
      );
    }
    if (options.versionId && options.versionId !== version.id) {
      throw new AppError(
        'conflict',
        'The text has changed since you opened it. Reload the page and read it again.',
      );
    }
    // A held story goes back out only when its storyteller confirms it after every alert is closed:
    // a lead closing an alert, or a collector approving for someone, never shares it.
    const liftsHold =
      story.safeguardingHold &&
      loaded.access === 'storyteller' &&
      (await countUnclosedAlertsOfStory(tx, storyId)) === 0;
    await repo.markVersionApproved(tx, version.id);
    await repo.updateStory(tx, storyId, {
      status: 'approved',
      approvedText: version.body,
      approvedAt: new Date(),
      ...(liftsHold ? { safeguardingHold: false } : {}),
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'story.approved',
      subjectType: 'story',
      subjectId: storyId,
      details: { versionId: version.id, access: loaded.access, liftedHold: liftsHold },
    });
  });
  return getStory(context, actor, storyId);
}

// --- search -------------------------------------------------------------------------------------

/** Full-text search over every story the reader may see, with filters. */
export async function searchStories(
  context: ModuleContext,
  actorOrNull: Actor | null,
  query: StorySearchQuery,
) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.searchStories(
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

// --- showcase (public, no sign-in) ----------------------------------------------------------------

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

async function toShowcase(context: ModuleContext, story: repo.StoryRow): Promise<ShowcaseStory> {
  return {
    id: story.id,
    title: story.safeTitle || 'A story of recovery',
    channel: story.channel,
    text: story.approvedText ?? '',
    byline: await bylineOf(context, story),
    publishedAt: (story.approvedAt ?? story.updatedAt).toISOString(),
  };
}

export async function findShowcaseStories(
  context: ModuleContext,
  query: {
    q?: string | undefined;
    channel?: ShowcaseStory['channel'] | undefined;
    theme?: string | undefined;
    limit: number;
  },
) {
  const rows = await repo.findPublicStories(context.db, query);
  return Promise.all(rows.map((row) => toShowcase(context, row)));
}

export async function getShowcaseStory(context: ModuleContext, storyId: string) {
  const row = await repo.findPublicStory(context.db, storyId);
  if (!row) throw notFound('This story');
  return toShowcase(context, row);
}

// --- collections ----------------------------------------------------------------------------------

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

// --- personal data --------------------------------------------------------------------------------

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
    const versions = await repo.findVersions(db, story.id);
    const original = versions.find((v) => v.kind === 'original');
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
    for (const media of await repo.deleteMediaOfStory(db, story.id)) {
      if (media.path) await rm(join(context.config.dataDir, media.path), { force: true });
    }
    count++;
  }
  return `${count} stories withdrawn and their texts and recordings deleted; safeguarding records kept, restricted`;
}

// --- consent expiry -------------------------------------------------------------------------------

export const CONSENT_REMINDER_DAYS = 30;

/**
 * Warns the collector (and the storyteller, if they have an account) once, a month before consent
 * expires. When it expires the story stops being shared by itself: expired consent folds to private.
 */
export async function remindExpiringConsents(context: ModuleContext, now = new Date()): Promise<number> {
  const until = new Date(now.getTime() + CONSENT_REMINDER_DAYS * 86_400_000);
  return context.db.transaction(async (tx) => {
    const claimed = await repo.claimConsentsExpiringBefore(tx, until);
    for (const story of claimed) {
      const tellers = await repo.findStorytellers(tx, story.id);
      const recipients = new Set([
        story.collectedBy ?? story.createdBy,
        ...tellers.flatMap((t) => (t.personId ? [t.personId] : [])),
      ]);
      const expires =
        story.consentExpiresAt?.toLocaleDateString('en-GB', {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }) ?? '';
      for (const personId of recipients) {
        const person = await findPersonSummary(tx, personId);
        if (!person) continue;
        await queueMail(tx, {
          to: person.email,
          subject: 'Consent for a story ends soon',
          text:
            `Hello ${person.displayName},\n\nConsent to share a story you are looking after ends on ${expires}. ` +
            `After that it will no longer be shared (showcase, partners or analysis) unless the storyteller renews it.\n\n` +
            `Talk it through with the storyteller, and record their choice here:\n${context.config.publicUrl}/stories/${story.id}/consent\n`,
        });
      }
    }
    return claimed.length;
  });
}
