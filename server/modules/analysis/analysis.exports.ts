import type { Actor } from '../../kernel/access.js';
import { fileSlug, toCsv } from '../../kernel/downloads.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './analysis.repository.js';
import { applicationsOf, loadProject, visibleTo } from './loaders.js';
import { coderLabel, nameOf, storyTitle } from './presenters.js';
import { auditProject } from './project-audit.js';
import { buildCodebookXml, buildQdpx, type QdaCode, type QdaNote } from './refi-qda.js';
import { SUGGESTIONS_CODER } from './suggestions.js';

const CONSENSUS_CODER = 'consensus';

function toQdaCodes(codes: repo.CodeRow[]): QdaCode[] {
  return codes
    .filter((c) => !c.mergedInto)
    .map((c) => ({
      id: c.id,
      name: c.name,
      description: [
        c.definition,
        c.inclusion && `Include: ${c.inclusion}`,
        c.exclusion && `Exclude: ${c.exclusion}`,
        c.examples && `Examples: ${c.examples}`,
      ]
        .filter(Boolean)
        .join('\n'),
      colour: c.colour,
      parentId: c.parentId,
      isCodable: c.retiredAt === null,
    }));
}

/** The codebook as REFI-QDA `.qdc`. */
export async function exportCodebook(context: ModuleContext, actor: Actor, projectId: string) {
  const { project } = await loadProject(context, actor, projectId);
  const codes = await repo.findCodes(context.db, project.codebookId);
  return {
    data: buildCodebookXml(toQdaCodes(codes)),
    filename: `${fileSlug(project.title, 'analysis')}-codebook.qdc`,
  };
}

/**
 * The project as REFI-QDA `.qdpx`: de-identified texts, codes, what the reader may see of everyone's
 * coding (each coder a user), and memos. Rejected suggestions stay behind.
 */
export async function exportProject(context: ModuleContext, actor: Actor, projectId: string) {
  const { project, stories } = await loadProject(context, actor, projectId);
  const [rows, codes, memoRows] = await Promise.all([
    applicationsOf(context, projectId, stories),
    repo.findCodes(context.db, project.codebookId),
    repo.findMemos(context.db, projectId),
  ]);
  const applications = rows
    .filter(visibleTo(actor, project))
    .filter((a) => a.source !== 'suggestion' || a.decision !== 'rejected');
  const coderOf = (a: repo.ApplicationRow) =>
    a.source === 'suggestion'
      ? SUGGESTIONS_CODER
      : a.source === 'consensus'
        ? CONSENSUS_CODER
        : (a.coderId ?? '');
  const people = new Set([
    ...applications.filter((a) => a.source === 'person').map((a) => a.coderId ?? ''),
    ...memoRows.map((m) => m.authorId),
    actor.personId,
  ]);
  const names = new Map<string, string>();
  const users = [
    ...(await Promise.all([...people].map(async (id) => ({ id, name: await nameOf(context, id, names) })))),
    { id: SUGGESTIONS_CODER, name: 'Cairn suggestions' },
    { id: CONSENSUS_CODER, name: 'Agreed by the team' },
  ];
  const storyIds = new Set(stories.map((s) => s.storyId));
  const applicationIds = new Set(applications.map((a) => a.id));
  const codeIds = new Set(codes.filter((c) => !c.mergedInto).map((c) => c.id));
  const notes = memoRows.flatMap((m): QdaNote[] => {
    const base = { id: m.id, text: m.body, createdBy: m.authorId, createdAt: m.createdAt };
    if (m.targetKind === 'story')
      return storyIds.has(m.targetId)
        ? [{ ...base, target: { kind: 'source' as const, id: m.targetId } }]
        : [];
    if (m.targetKind === 'application')
      return applicationIds.has(m.targetId)
        ? [{ ...base, target: { kind: 'selection' as const, id: m.targetId } }]
        : [];
    if (m.targetKind === 'code')
      return codeIds.has(m.targetId) ? [{ ...base, target: { kind: 'code' as const, id: m.targetId } }] : [];
    return [{ ...base, target: { kind: 'project' as const } }];
  });
  const data = buildQdpx({
    name: project.title,
    origin: 'Cairn',
    createdAt: project.createdAt,
    createdBy: project.createdBy,
    description: project.question,
    users,
    codes: toQdaCodes(codes),
    sources: stories.map((s) => ({ id: s.storyId, name: storyTitle(s.title), text: s.text })),
    selections: applications.map((a) => ({
      id: a.id,
      sourceId: a.storyId,
      codeId: a.codeId,
      start: a.start,
      end: a.end,
      coderId: coderOf(a),
      createdAt: a.createdAt,
    })),
    notes,
  });
  await auditProject(context.db, actor, projectId, 'analysis.project_exported', { stories: stories.length });
  return { data: Buffer.from(data), filename: `${fileSlug(project.title, 'analysis')}.qdpx` };
}

/** Coded excerpts as CSV for a spreadsheet: one row per application the reader may see. */
export async function exportExcerptsCsv(context: ModuleContext, actor: Actor, projectId: string) {
  const { project, stories } = await loadProject(context, actor, projectId);
  const [rows, codes] = await Promise.all([
    applicationsOf(context, projectId, stories),
    repo.findCodes(context.db, project.codebookId),
  ]);
  const codeNames = new Map(codes.map((c) => [c.id, c.name]));
  const byStory = new Map(stories.map((s) => [s.storyId, s]));
  const names = new Map<string, string>();
  const lines: (string | number)[][] = [
    ['Story', 'Code', 'Coder', 'Source', 'Decision', 'Start', 'End', 'Excerpt'],
  ];
  for (const a of rows.filter(visibleTo(actor, project))) {
    const story = byStory.get(a.storyId);
    if (!story) continue;
    const coder = await coderLabel(context, a, names);
    lines.push([
      storyTitle(story.title),
      codeNames.get(a.codeId) ?? '',
      coder,
      a.source,
      a.decision ?? '',
      a.start,
      a.end,
      story.text.slice(a.start, a.end),
    ]);
  }
  await auditProject(context.db, actor, projectId, 'analysis.excerpts_exported', { rows: lines.length - 1 });
  return { data: toCsv(lines), filename: `${fileSlug(project.title, 'analysis')}-excerpts.csv` };
}
