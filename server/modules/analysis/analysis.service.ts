import type {
  AgreementReport,
  Application,
  Audience,
  Codebook,
  CodingView,
  MemoTarget,
  Project,
  Synthesis,
} from '../../../contracts/analysis.js';
import {
  AddStoriesRequestSchema,
  CreateApplicationRequestSchema,
  CreateCodeRequestSchema,
  CreateCodebookRequestSchema,
  CreateKeyMessageRequestSchema,
  CreateMemoRequestSchema,
  CreateProjectRequestSchema,
  CreateThemeRequestSchema,
  UpdateCodeRequestSchema,
  UpdateProjectRequestSchema,
} from '../../../contracts/analysis.js';
import type { z } from 'zod';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { suggestThemes } from '../../text/index.js';
import { findOrganisationById, findPersonSummary } from '../people/index.js';
import { analystOrganisations, findAnalysableStories } from '../stories/index.js';
import { buildUnits, computeAgreement } from './agreement.js';
import { mayQuoteFor } from './analysis.policy.js';
import * as repo from './analysis.repository.js';
import { CHIME_CODEBOOK } from './chime-codebook.js';

type Input<T extends z.ZodType> = z.input<T>;

/** The text toolkit's suggestions are a coder of their own, with this name. */
export const SUGGESTIONS_CODER = 'suggestions';
const SUGGESTION_THRESHOLD = 0.5;
const SUGGESTIONS_PER_CODE = 3;

function requireAnalyst(actorOrNull: Actor | null, organisationId: string): Actor {
  const actor = requireActor(actorOrNull);
  if (!analystOrganisations(actor).includes(organisationId)) throw notFound('This analysis');
  return actor;
}

export async function nameOf(context: ModuleContext, personId: string | null, cache: Map<string, string>) {
  if (!personId) return '';
  const known = cache.get(personId);
  if (known !== undefined) return known;
  const name = (await findPersonSummary(context.db, personId))?.displayName ?? 'A former team member';
  cache.set(personId, name);
  return name;
}

/** Memos as the team reads them, with their authors' names. */
function toMemos(context: ModuleContext, rows: repo.MemoRow[], names: Map<string, string>) {
  return Promise.all(
    rows.map(async (m) => ({
      id: m.id,
      targetKind: m.targetKind,
      targetId: m.targetId,
      body: m.body,
      authorName: await nameOf(context, m.authorId, names),
      createdAt: m.createdAt.toISOString(),
    })),
  );
}

/** Who made an application, as people read it. */
export async function coderLabel(context: ModuleContext, a: repo.ApplicationRow, names: Map<string, string>) {
  if (a.source === 'suggestion') return 'Suggestions';
  if (a.source === 'consensus') return 'Agreed by the team';
  return nameOf(context, a.coderId, names);
}

// --- codebooks ------------------------------------------------------------------------------------

function toCodebook(row: repo.CodebookRow, codes: repo.CodeRow[]): Codebook {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    description: row.description,
    codes: codes.map((c) => ({
      id: c.id,
      parentId: c.parentId,
      name: c.name,
      definition: c.definition,
      inclusion: c.inclusion,
      exclusion: c.exclusion,
      examples: c.examples,
      colour: c.colour,
      retired: c.retiredAt !== null,
      mergedInto: c.mergedInto,
    })),
  };
}

export async function createCodebook(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: Input<typeof CreateCodebookRequestSchema>,
): Promise<Codebook> {
  const input = CreateCodebookRequestSchema.parse(rawInput);
  const actor = requireAnalyst(actorOrNull, input.organisationId);
  const id = await context.db.transaction(async (tx) => {
    const book = await repo.insertCodebook(tx, {
      organisationId: input.organisationId,
      name: input.name,
      description: input.description,
      createdBy: actor.personId,
    });
    if (input.startFrom === 'chime') {
      let position = 0;
      for (const seed of CHIME_CODEBOOK) {
        const parent = await repo.insertCode(tx, {
          codebookId: book.id,
          name: seed.name,
          definition: seed.definition,
          colour: seed.colour,
          suggestionKey: seed.suggestionKey ?? null,
          position: position++,
        });
        for (const child of seed.children) {
          await repo.insertCode(tx, {
            codebookId: book.id,
            parentId: parent.id,
            name: child,
            colour: seed.colour,
            position: position++,
          });
        }
      }
    }
    return book.id;
  });
  return getCodebook(context, actor, id);
}

async function loadCodebook(context: ModuleContext, actorOrNull: Actor | null, codebookId: string) {
  const book = await repo.findCodebook(context.db, codebookId);
  if (!book) throw notFound('This codebook');
  const actor = requireAnalyst(actorOrNull, book.organisationId);
  return { actor, book };
}

export async function getCodebook(context: ModuleContext, actorOrNull: Actor | null, codebookId: string) {
  const { book } = await loadCodebook(context, actorOrNull, codebookId);
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

export async function listCodebooks(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findCodebooksOfOrganisations(context.db, analystOrganisations(actor));
  return {
    codebooks: rows.map((b) => ({
      id: b.id,
      organisationId: b.organisationId,
      name: b.name,
      description: b.description,
    })),
  };
}

export async function addCode(
  context: ModuleContext,
  actorOrNull: Actor | null,
  codebookId: string,
  rawInput: Input<typeof CreateCodeRequestSchema>,
) {
  const input = CreateCodeRequestSchema.parse(rawInput);
  const { book } = await loadCodebook(context, actorOrNull, codebookId);
  const existing = await repo.findCodes(context.db, book.id);
  if (input.parentId && !existing.some((c) => c.id === input.parentId))
    throw new AppError('validation_failed', 'Choose a parent code from this codebook.', [
      { path: 'parentId', message: 'Choose a code from this codebook' },
    ]);
  await repo.insertCode(context.db, { ...input, codebookId: book.id, position: existing.length });
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

/** Edits, moves (never under itself or its own descendants) and retires a code; applications stay. */
export async function updateCode(
  context: ModuleContext,
  actorOrNull: Actor | null,
  codebookId: string,
  codeId: string,
  rawInput: Input<typeof UpdateCodeRequestSchema>,
) {
  const input = UpdateCodeRequestSchema.parse(rawInput);
  const { book } = await loadCodebook(context, actorOrNull, codebookId);
  const codes = await repo.findCodes(context.db, book.id);
  const code = codes.find((c) => c.id === codeId);
  if (!code) throw notFound('This code');
  if (input.parentId) {
    const parentOf = new Map(codes.map((c) => [c.id, c.parentId]));
    let cursor: string | null | undefined = input.parentId;
    if (!parentOf.has(input.parentId)) throw notFound('That parent code');
    while (cursor) {
      if (cursor === codeId)
        throw new AppError(
          'validation_failed',
          'A code cannot go inside itself or one of its own sub-codes.',
          [{ path: 'parentId', message: 'Choose a code outside this one' }],
        );
      cursor = parentOf.get(cursor);
    }
  }
  const { retired, ...fields } = input;
  await repo.updateCode(context.db, codeId, {
    ...fields,
    ...(retired === undefined ? {} : { retiredAt: retired ? new Date() : null }),
  });
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

/** Merges one code into another: every application moves across, and the old code is kept, retired. */
export async function mergeCode(
  context: ModuleContext,
  actorOrNull: Actor | null,
  codebookId: string,
  codeId: string,
  intoId: string,
) {
  const { actor, book } = await loadCodebook(context, actorOrNull, codebookId);
  const [from, into] = await Promise.all([
    repo.findCode(context.db, book.id, codeId),
    repo.findCode(context.db, book.id, intoId),
  ]);
  if (!from || !into || from.id === into.id) throw notFound('This pair of codes');
  await context.db.transaction(async (tx) => {
    const moved = await repo.moveApplications(tx, from.id, into.id);
    await repo.updateCode(tx, from.id, { mergedInto: into.id, retiredAt: new Date() });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'analysis.code_merged',
      subjectType: 'analysis_code',
      subjectId: from.id,
      details: { into: into.id, moved },
    });
  });
  return toCodebook(book, await repo.findCodes(context.db, book.id));
}

// --- projects -------------------------------------------------------------------------------------

export async function createProject(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: Input<typeof CreateProjectRequestSchema>,
) {
  const input = CreateProjectRequestSchema.parse(rawInput);
  const actor = requireAnalyst(actorOrNull, input.organisationId);
  let codebookId = input.codebookId;
  if (codebookId) {
    const book = await repo.findCodebook(context.db, codebookId);
    if (!book || book.organisationId !== input.organisationId) throw notFound('This codebook');
  } else {
    const organisation = await findOrganisationById(context.db, input.organisationId);
    codebookId = (
      await createCodebook(context, actor, {
        organisationId: input.organisationId,
        name:
          input.startFrom === 'chime'
            ? `CHIME recovery framework${organisation ? ` (${organisation.name})` : ''}`
            : `Our own codes: ${input.title}`,
        startFrom: input.startFrom,
      })
    ).id;
  }
  const project = await repo.insertProject(context.db, {
    organisationId: input.organisationId,
    codebookId,
    title: input.title,
    question: input.question,
    blind: input.blind,
    createdBy: actor.personId,
  });
  return getProject(context, actor, project.id);
}

export async function listProjects(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findProjectsOfOrganisations(context.db, analystOrganisations(actor));
  return {
    projects: rows.map(({ project, stories }) => ({
      id: project.id,
      organisationId: project.organisationId,
      title: project.title,
      question: project.question,
      blind: project.blind,
      comparisonOpen: project.comparisonOpen,
      createdAt: project.createdAt.toISOString(),
      stories,
    })),
  };
}

/**
 * The project and the stories in it that may still be analysed, each with the pinned de-identified
 * text. A story withdrawn, expired or held since it was added simply is not there.
 */
export async function loadProject(context: ModuleContext, actorOrNull: Actor | null, projectId: string) {
  const project = await repo.findProject(context.db, projectId);
  if (!project) throw notFound('This analysis project');
  const actor = requireAnalyst(actorOrNull, project.organisationId);
  const pinned = await repo.findProjectStories(context.db, projectId);
  const stories = await findAnalysableStories(context.db, {
    organisationIds: [project.organisationId],
    versionIds: pinned.map((p) => p.versionId),
  });
  return { actor, project, stories };
}

/** Every application on the stories still in the project (withdrawn stories' coding stays out). */
export function applicationsOf(context: ModuleContext, projectId: string, stories: { storyId: string }[]) {
  return repo.findApplications(
    context.db,
    projectId,
    stories.map((s) => s.storyId),
  );
}

/** Blind mode: until comparison opens, a coder sees only their own applications. */
export function visibleTo(actor: Actor, project: repo.ProjectRow) {
  const open = !project.blind || project.comparisonOpen;
  return (a: repo.ApplicationRow) => open || (a.source === 'person' && a.coderId === actor.personId);
}

export async function getProject(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
): Promise<Project> {
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  const all = await applicationsOf(context, projectId, stories);
  const visible = all.filter(visibleTo(actor, project));
  const names = new Map<string, string>();
  const coderIds = [
    ...new Set(visible.filter((a) => a.source === 'person' && a.coderId).map((a) => a.coderId ?? '')),
  ];
  return {
    id: project.id,
    organisationId: project.organisationId,
    codebookId: project.codebookId,
    title: project.title,
    question: project.question,
    blind: project.blind,
    comparisonOpen: project.comparisonOpen,
    stories: stories.map((s) => ({
      storyId: s.storyId,
      title: s.title || 'Untitled story',
      channel: s.channel,
      applications: visible.filter((a) => a.storyId === s.storyId).length,
    })),
    coders: await Promise.all(
      coderIds.map(async (personId) => ({
        personId,
        name: await nameOf(context, personId, names),
        applications: visible.filter((a) => a.coderId === personId && a.source === 'person').length,
      })),
    ),
    createdAt: project.createdAt.toISOString(),
  };
}

export async function updateProject(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  rawInput: Input<typeof UpdateProjectRequestSchema>,
) {
  const input = UpdateProjectRequestSchema.parse(rawInput);
  const { actor, project } = await loadProject(context, actorOrNull, projectId);
  if (project.comparisonOpen && input.comparisonOpen === false)
    throw new AppError('conflict', 'Comparison is already open: coders have seen each other’s work.');
  await repo.updateProject(context.db, projectId, input);
  return getProject(context, actor, projectId);
}

export async function listAnalysableStories(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
) {
  const { project, stories } = await loadProject(context, actorOrNull, projectId);
  const candidates = await findAnalysableStories(context.db, { organisationIds: [project.organisationId] });
  const inProject = new Set(stories.map((s) => s.storyId));
  return {
    stories: candidates.map((s) => ({
      storyId: s.storyId,
      title: s.title || 'Untitled story',
      channel: s.channel,
      inProject: inProject.has(s.storyId),
    })),
  };
}

/** Adds stories, pinning each to its latest de-identified version. Only analysable stories can be added. */
export async function addStories(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  rawInput: Input<typeof AddStoriesRequestSchema>,
) {
  const input = AddStoriesRequestSchema.parse(rawInput);
  const { actor, project } = await loadProject(context, actorOrNull, projectId);
  if (!input.all && !input.storyIds) throw new AppError('validation_failed', 'Choose the stories to add.');
  const candidates = await findAnalysableStories(context.db, {
    organisationIds: [project.organisationId],
    storyIds: input.all ? undefined : input.storyIds,
  });
  if (!input.all && candidates.length !== new Set(input.storyIds).size)
    throw notFound('One of those stories');
  await repo.addProjectStories(
    context.db,
    candidates.map((s) => ({ projectId, storyId: s.storyId, versionId: s.versionId })),
  );
  return getProject(context, actor, projectId);
}

// --- coding ---------------------------------------------------------------------------------------

async function toApplications(
  context: ModuleContext,
  rows: repo.ApplicationRow[],
  texts: Map<string, string>,
): Promise<Application[]> {
  const names = new Map<string, string>();
  return Promise.all(
    rows.map(async (a) => ({
      id: a.id,
      storyId: a.storyId,
      codeId: a.codeId,
      source: a.source,
      coderId: a.coderId,
      coderName: await coderLabel(context, a, names),
      start: a.start,
      end: a.end,
      text: (texts.get(a.storyId) ?? '').slice(a.start, a.end),
      evidence: a.evidence,
      decision: a.decision,
      createdAt: a.createdAt.toISOString(),
    })),
  );
}

/** One story to code: its de-identified text, the applications the reader may see, and memos. */
/** One story as its coder sees it: the text, the codings they may see, and memos on either. */
async function codingView(
  context: ModuleContext,
  actor: Actor,
  project: repo.ProjectRow,
  story: { storyId: string; title: string; text: string },
  rows: repo.ApplicationRow[],
): Promise<CodingView> {
  const visible = rows.filter(visibleTo(actor, project));
  const memoRows = await repo.findMemosOn(context.db, project.id, [
    story.storyId,
    ...visible.map((a) => a.id),
  ]);
  return {
    storyId: story.storyId,
    title: story.title || 'Untitled story',
    text: story.text,
    applications: await toApplications(context, visible, new Map([[story.storyId, story.text]])),
    memos: await toMemos(context, memoRows, new Map<string, string>()),
  };
}

export async function getCodingView(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  storyId: string,
): Promise<CodingView> {
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  const story = stories.find((s) => s.storyId === storyId);
  if (!story) throw notFound('This story');
  const rows = await repo.findApplications(context.db, projectId, [storyId]);
  return codingView(context, actor, project, story, rows);
}

export async function applyCode(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  rawInput: Input<typeof CreateApplicationRequestSchema>,
) {
  const input = CreateApplicationRequestSchema.parse(rawInput);
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  const story = stories.find((s) => s.storyId === input.storyId);
  if (!story) throw notFound('This story');
  const code = await repo.findCode(context.db, project.codebookId, input.codeId);
  if (!code || code.retiredAt) throw notFound('This code');
  if (input.end > story.text.length)
    throw new AppError('validation_failed', 'That selection goes past the end of the story.', [
      { path: 'end', message: 'Select text within the story' },
    ]);
  if (input.source === 'consensus' && project.blind && !project.comparisonOpen)
    throw new AppError('conflict', 'Open comparison first: consensus comes after everyone has coded.');
  // Applying the same code to the same words twice (a double press, or agreeing a difference again) adds nothing.
  const existing = await repo.findApplications(context.db, projectId, [story.storyId]);
  const duplicate = existing.some(
    (a) =>
      a.source === input.source &&
      a.codeId === code.id &&
      a.start === input.start &&
      a.end === input.end &&
      (input.source === 'consensus' || a.coderId === actor.personId),
  );
  if (duplicate) return codingView(context, actor, project, story, existing);
  const added = await repo.insertApplication(context.db, {
    projectId,
    storyId: story.storyId,
    versionId: story.versionId,
    codeId: code.id,
    source: input.source,
    coderId: actor.personId,
    start: input.start,
    end: input.end,
  });
  const rows = [...existing, added].sort(
    (a, b) => a.start - b.start || a.createdAt.getTime() - b.createdAt.getTime(),
  );
  return codingView(context, actor, project, story, rows);
}

/** A coder removes their own application; consensus can be removed by anyone in the team. */
export async function removeApplication(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  applicationId: string,
) {
  const { actor, project } = await loadProject(context, actorOrNull, projectId);
  const application = await repo.findApplication(context.db, projectId, applicationId);
  if (!application || !visibleTo(actor, project)(application)) throw notFound('This coding');
  const mine = application.source === 'person' && application.coderId === actor.personId;
  if (!mine && application.source !== 'consensus')
    throw new AppError('forbidden', 'Only the person who applied a code can remove it.');
  await repo.deleteApplication(context.db, applicationId);
  return getCodingView(context, actor, projectId, application.storyId);
}

/**
 * Runs the text toolkit over every story and adds its CHIME suggestions as a separate coder: the
 * sentence holding each evidence phrase, with the phrases kept to explain it. Running again adds nothing new.
 */
export async function suggest(context: ModuleContext, actorOrNull: Actor | null, projectId: string) {
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  const codes = (await repo.findCodes(context.db, project.codebookId)).filter(
    (c) => c.suggestionKey && !c.retiredAt,
  );
  const rows: Parameters<typeof repo.insertSuggestions>[1] = [];
  for (const story of stories) {
    const lower = story.text.toLowerCase().replace(/[’‘]/g, "'");
    const sentences = buildUnits(story.text, 'sentence');
    for (const suggestion of suggestThemes(story.text)) {
      if (suggestion.score < SUGGESTION_THRESHOLD) continue;
      const code = codes.find((c) => c.suggestionKey === suggestion.code);
      if (!code) continue;
      const bySentence = new Map<number, string[]>();
      for (const phrase of suggestion.evidence) {
        const at = lower.indexOf(phrase);
        const index = sentences.findIndex((s) => s.start <= at && at < s.end);
        if (at < 0 || index < 0) continue;
        bySentence.set(index, [...(bySentence.get(index) ?? []), phrase]);
      }
      for (const [index, evidence] of [...bySentence].slice(0, SUGGESTIONS_PER_CODE)) {
        const sentence = sentences[index];
        if (!sentence) continue;
        rows.push({
          projectId,
          storyId: story.storyId,
          versionId: story.versionId,
          codeId: code.id,
          source: 'suggestion',
          coderId: null,
          start: sentence.start,
          end: sentence.end,
          evidence,
          decision: 'pending',
        });
      }
    }
  }
  const added = await repo.insertSuggestions(context.db, rows);
  return { added, project: await getProject(context, actor, projectId) };
}

export async function decideSuggestion(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  applicationId: string,
  decision: 'accepted' | 'rejected',
) {
  const { actor, project } = await loadProject(context, actorOrNull, projectId);
  const application = await repo.findApplication(context.db, projectId, applicationId);
  if (!application || application.source !== 'suggestion' || !visibleTo(actor, project)(application))
    throw notFound('This suggestion');
  await repo.decideSuggestion(context.db, applicationId, decision, actor.personId);
  return getCodingView(context, actor, projectId, application.storyId);
}

/**
 * Memos on one target. A memo on a coding the reader may not see yet (blind mode) stays hidden with it;
 * memos on a story follow the story out of the project when it is withdrawn.
 */
export async function listMemos(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  target: { targetKind: MemoTarget; targetId: string },
) {
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  if (target.targetKind === 'story' && !stories.some((s) => s.storyId === target.targetId))
    throw notFound('This story');
  if (target.targetKind === 'application') {
    const application = await repo.findApplication(context.db, projectId, target.targetId);
    if (
      !application ||
      !visibleTo(actor, project)(application) ||
      !stories.some((s) => s.storyId === application.storyId)
    )
      throw notFound('This coding');
  }
  const names = new Map<string, string>();
  const rows = (await repo.findMemos(context.db, projectId)).filter(
    (m) => m.targetKind === target.targetKind && m.targetId === target.targetId,
  );
  return {
    memos: await toMemos(context, rows, names),
  };
}

export async function addMemo(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  rawInput: Input<typeof CreateMemoRequestSchema>,
) {
  const input = CreateMemoRequestSchema.parse(rawInput);
  const { actor } = await loadProject(context, actorOrNull, projectId);
  await repo.insertMemo(context.db, { ...input, projectId, authorId: actor.personId });
  return { ok: true as const };
}

// --- agreement ------------------------------------------------------------------------------------

/**
 * Agreement between coders (and optionally the suggestions) per code and overall. Only once the team
 * has opened comparison in a blind project: before that nobody may see another coder's work.
 */
export async function getAgreement(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  options: { unit: 'character' | 'sentence' | 'story'; includeSuggestions: boolean },
): Promise<AgreementReport> {
  const { project, stories } = await loadProject(context, actorOrNull, projectId);
  if (project.blind && !project.comparisonOpen)
    throw new AppError('conflict', 'Open comparison first. Until then each coder sees only their own work.');
  const rows = (await applicationsOf(context, projectId, stories)).filter(
    (a) =>
      a.source === 'person' ||
      (options.includeSuggestions && a.source === 'suggestion' && a.decision !== 'rejected'),
  );
  const coderOf = (a: repo.ApplicationRow) =>
    a.source === 'suggestion' ? SUGGESTIONS_CODER : (a.coderId ?? '');
  const coderIds = [...new Set(rows.map(coderOf))];
  const codes = (await repo.findCodes(context.db, project.codebookId)).filter((c) => !c.mergedInto);
  const texts = new Map(stories.map((s) => [s.storyId, s.text]));
  // A person took part in a story if they coded anything in it; suggestions take part in every story.
  const assignments = [
    ...new Set(rows.filter((a) => a.source === 'person').map((a) => `${a.storyId}|${a.coderId ?? ''}`)),
  ].map((key) => {
    const [documentId = '', coderId = ''] = key.split('|');
    return { documentId, coderId };
  });
  if (options.includeSuggestions)
    for (const s of stories) assignments.push({ documentId: s.storyId, coderId: SUGGESTIONS_CODER });
  const result = computeAgreement({
    unit: options.unit,
    documents: stories.map((s) => ({ id: s.storyId, text: s.text })),
    coderIds,
    codeIds: codes.map((c) => c.id),
    applications: rows.map((a) => ({
      documentId: a.storyId,
      coderId: coderOf(a),
      codeId: a.codeId,
      start: a.start,
      end: a.end,
    })),
    assignments,
  });
  const names = new Map<string, string>();
  return {
    unit: result.unit,
    coders: await Promise.all(
      coderIds.map(async (id) => ({
        id,
        name: id === SUGGESTIONS_CODER ? 'Suggestions' : await nameOf(context, id, names),
      })),
    ),
    overall: result.overall,
    codes: result.codes.map((c) => ({
      ...c,
      disagreements: c.disagreements.map((d) => ({
        storyId: d.documentId,
        start: d.start,
        end: d.end,
        text: (texts.get(d.documentId) ?? '').slice(d.start, d.end),
        appliedBy: d.appliedBy,
        notAppliedBy: d.notAppliedBy,
      })),
    })),
  };
}

// --- themes and key messages ----------------------------------------------------------------------

/** Which applications count for synthesis: the team's consensus where there is one, else everyone's. */
function countedApplications(rows: repo.ApplicationRow[]) {
  const people = rows.filter(
    (a) => a.source === 'person' || (a.source === 'suggestion' && a.decision === 'accepted'),
  );
  const consensus = rows.filter((a) => a.source === 'consensus');
  const storiesWithConsensus = new Set(consensus.map((a) => a.storyId));
  return [...consensus, ...people.filter((a) => !storiesWithConsensus.has(a.storyId))];
}

function descendantsOf(codes: repo.CodeRow[], roots: string[]): Set<string> {
  const found = new Set(roots);
  for (let grew = true; grew;) {
    grew = false;
    for (const c of codes) {
      if (c.parentId && found.has(c.parentId) && !found.has(c.id)) {
        found.add(c.id);
        grew = true;
      }
    }
  }
  return found;
}

/**
 * Themes with their story counts, and key messages with their quotes. Counts come from `counting`
 * (what the reader may see in blind mode); quotes are looked up in `all`.
 */
function synthesise(
  stories: { storyId: string; text: string }[],
  { counting, all }: { counting: repo.ApplicationRow[]; all: repo.ApplicationRow[] },
  codes: repo.CodeRow[],
  themeRows: repo.ThemeRow[],
  messageRows: repo.KeyMessageRow[],
): Synthesis {
  const counted = countedApplications(counting);
  const storiesFor = (codeIds: string[]) => {
    const all = descendantsOf(codes, codeIds);
    return new Set(counted.filter((a) => all.has(a.codeId)).map((a) => a.storyId));
  };
  const texts = new Map(stories.map((s) => [s.storyId, s.text]));
  const byId = new Map(all.map((a) => [a.id, a]));
  const themeById = new Map(themeRows.map((t) => [t.id, t]));
  return {
    storiesInProject: stories.length,
    themes: themeRows.map((t) => ({
      id: t.id,
      name: t.name,
      description: t.description,
      codeIds: t.codeIds,
      stories: storiesFor(t.codeIds).size,
    })),
    messages: messageRows.map((m) => {
      const theme = m.themeId ? themeById.get(m.themeId) : undefined;
      const quotes = m.quoteApplicationIds.flatMap((id) => {
        const a = byId.get(id);
        const text = a ? texts.get(a.storyId) : undefined;
        return a && text !== undefined
          ? [{ applicationId: id, storyId: a.storyId, text: text.slice(a.start, a.end) }]
          : [];
      });
      const behind = theme ? storiesFor(theme.codeIds) : new Set(quotes.map((q) => q.storyId));
      return {
        id: m.id,
        audience: m.audience,
        text: m.text,
        themeId: m.themeId,
        stories: behind.size,
        quotes,
        createdAt: m.createdAt.toISOString(),
      };
    }),
  };
}

export async function getSynthesis(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
): Promise<Synthesis> {
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  const [rows, codes, themeRows, messageRows] = await Promise.all([
    applicationsOf(context, projectId, stories),
    repo.findCodes(context.db, project.codebookId),
    repo.findThemes(context.db, projectId),
    repo.findKeyMessages(context.db, projectId),
  ]);
  const counting = rows.filter(visibleTo(actor, project));
  return synthesise(stories, { counting, all: rows }, codes, themeRows, messageRows);
}

/**
 * Key messages of an organisation's projects, without quotes, for "You said, we did". The number
 * of stories behind each counts every coder's work on stories that may still be analysed; no
 * story text leaves this module.
 */
export async function findKeyMessagesOfOrganisation(context: ModuleContext, organisationId: string) {
  const projectRows = await repo.findProjectsOfOrganisations(context.db, [organisationId]);
  const found = await Promise.all(
    projectRows.map(async ({ project }) => {
      const messageRows = await repo.findKeyMessages(context.db, project.id);
      if (messageRows.length === 0) return [];
      const pinned = await repo.findProjectStories(context.db, project.id);
      const stories = await findAnalysableStories(context.db, {
        organisationIds: [organisationId],
        versionIds: pinned.map((p) => p.versionId),
      });
      const [rows, codes, themeRows] = await Promise.all([
        applicationsOf(context, project.id, stories),
        repo.findCodes(context.db, project.codebookId),
        repo.findThemes(context.db, project.id),
      ]);
      return synthesise(stories, { counting: rows, all: rows }, codes, themeRows, messageRows).messages.map(
        (m) => ({
          id: m.id,
          projectId: project.id,
          projectTitle: project.title,
          audience: m.audience,
          audienceName: AUDIENCE_NAMES[m.audience],
          text: m.text,
          stories: m.stories,
          createdAt: m.createdAt,
        }),
      );
    }),
  );
  return found.flat().sort((a, b) => b.createdAt.localeCompare(a.createdAt));
}

export async function addTheme(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  rawInput: Input<typeof CreateThemeRequestSchema>,
) {
  const input = CreateThemeRequestSchema.parse(rawInput);
  const { actor, project } = await loadProject(context, actorOrNull, projectId);
  const codes = new Set((await repo.findCodes(context.db, project.codebookId)).map((c) => c.id));
  if (!input.codeIds.every((id) => codes.has(id))) throw notFound('One of those codes');
  await repo.insertTheme(context.db, { ...input, projectId });
  return getSynthesis(context, actor, projectId);
}

/**
 * A key message for one audience, backed by quotes. A quote is allowed only where the storyteller's
 * consent reaches that audience (see `mayQuoteFor`), and only from stories still in the project.
 */
export async function addKeyMessage(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  rawInput: Input<typeof CreateKeyMessageRequestSchema>,
) {
  const input = CreateKeyMessageRequestSchema.parse(rawInput);
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  if (input.themeId && !(await repo.findThemes(context.db, projectId)).some((t) => t.id === input.themeId))
    throw notFound('This theme');
  const rows = await applicationsOf(context, projectId, stories);
  const visible = new Map(rows.filter(visibleTo(actor, project)).map((a) => [a.id, a]));
  const tiers = new Map(stories.map((s) => [s.storyId, s.consentTier]));
  for (const id of input.quoteApplicationIds) {
    const application = visible.get(id);
    if (!application) throw notFound('One of those quotes');
    const tier = tiers.get(application.storyId);
    if (!tier || !mayQuoteFor(tier, input.audience))
      throw new AppError(
        'forbidden',
        `The storyteller’s consent does not allow quoting to ${AUDIENCE_NAMES[input.audience]}. Choose another quote, or leave it out.`,
      );
  }
  await repo.insertKeyMessage(context.db, { ...input, projectId, createdBy: actor.personId });
  return getSynthesis(context, actor, projectId);
}

export const AUDIENCE_NAMES: Record<Audience, string> = {
  decision_makers: 'strategic decision makers',
  practitioners: 'mental health practitioners',
  public: 'the general public',
};

// --- search ---------------------------------------------------------------------------------------

/** Coded excerpts the reader may see, by code (with its sub-codes) and by words. */
export async function searchExcerpts(
  context: ModuleContext,
  actorOrNull: Actor | null,
  projectId: string,
  query: { codeId?: string | undefined; q: string },
) {
  const { actor, project, stories } = await loadProject(context, actorOrNull, projectId);
  const [rows, codes] = await Promise.all([
    applicationsOf(context, projectId, stories),
    repo.findCodes(context.db, project.codebookId),
  ]);
  const wanted = query.codeId ? descendantsOf(codes, [query.codeId]) : undefined;
  const needle = query.q.toLowerCase();
  const byStory = new Map(stories.map((s) => [s.storyId, s]));
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const visible = rows
    .filter(visibleTo(actor, project))
    .filter((a) => a.source !== 'suggestion' || a.decision === 'accepted')
    .filter((a) => !wanted || wanted.has(a.codeId));
  const excerpts = await toApplications(context, visible, new Map(stories.map((s) => [s.storyId, s.text])));
  return {
    excerpts: excerpts
      .filter((e) => !needle || e.text.toLowerCase().includes(needle))
      .slice(0, 500)
      .map((e) => ({
        applicationId: e.id,
        storyId: e.storyId,
        storyTitle: byStory.get(e.storyId)?.title || 'Untitled story',
        codeId: e.codeId,
        codeName: codeNames.get(e.codeId) ?? '',
        coderName: e.coderName,
        text: e.text,
      })),
  };
}
