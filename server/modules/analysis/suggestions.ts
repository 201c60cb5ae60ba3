import type { Actor } from '../../kernel/access.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { suggestThemes } from '../../text/index.js';
import { buildUnits } from './agreement.js';
import * as repo from './analysis.repository.js';
import { getCodingView } from './coding.js';
import { loadProject, visibleTo } from './loaders.js';
import { getProject } from './projects.js';

/** The text toolkit's suggestions are a coder of their own, with this name. */
export const SUGGESTIONS_CODER = 'suggestions';
const SUGGESTION_THRESHOLD = 0.5;
const SUGGESTIONS_PER_CODE = 3;

/**
 * Runs the text toolkit over every story and adds its CHIME suggestions as a separate coder: the
 * sentence holding each evidence phrase, with the phrases kept to explain it. Running again adds nothing new.
 */
export async function suggest(context: ModuleContext, actor: Actor, projectId: string) {
  const { project, stories } = await loadProject(context, actor, projectId);
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
  actor: Actor,
  projectId: string,
  applicationId: string,
  decision: 'accepted' | 'rejected',
) {
  const { project } = await loadProject(context, actor, projectId);
  const application = await repo.findApplication(context.db, projectId, applicationId);
  if (!application || application.source !== 'suggestion' || !visibleTo(actor, project)(application))
    throw notFound('suggestion');
  await repo.decideSuggestion(context.db, applicationId, decision, actor.personId);
  return getCodingView(context, actor, projectId, application.storyId);
}
