import type { Synthesis } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './analysis.repository.js';
import { descendantsOf } from './codebooks.js';
import { applicationsOf, loadProject, storiesOfProject, visibleTo } from './loaders.js';
import { AUDIENCE_NAMES } from './presenters.js';

/** Which applications count for synthesis: the team's consensus where there is one, else everyone's. */
function countedApplications(rows: repo.ApplicationRow[]) {
  const people = rows.filter(
    (a) => a.source === 'person' || (a.source === 'suggestion' && a.decision === 'accepted'),
  );
  const consensus = rows.filter((a) => a.source === 'consensus');
  const storiesWithConsensus = new Set(consensus.map((a) => a.storyId));
  return [...consensus, ...people.filter((a) => !storiesWithConsensus.has(a.storyId))];
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
  const inProject = new Set(stories.map((s) => s.storyId));
  return {
    storiesInProject: stories.length,
    storiesCoded: new Set(counted.map((a) => a.storyId).filter((id) => inProject.has(id))).size,
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
  actor: Actor,
  projectId: string,
): Promise<Synthesis> {
  const { project, stories } = await loadProject(context, actor, projectId);
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
      const stories = await storiesOfProject(context, project);
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
