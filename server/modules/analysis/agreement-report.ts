import type { AgreementReport } from '../../../contracts/analysis.js';
import type { Actor } from '../../kernel/access.js';
import { AppError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';
import { computeAgreement } from './agreement.js';
import * as repo from './analysis.repository.js';
import { applicationsOf, loadProject } from './loaders.js';
import { nameOf } from './presenters.js';
import { SUGGESTIONS_CODER } from './suggestions.js';

/**
 * Agreement between coders (and optionally the suggestions) per code and overall. Only once the team
 * has opened comparison in a blind project: before that nobody may see another coder's work.
 */
export async function getAgreement(
  context: ModuleContext,
  actor: Actor,
  projectId: string,
  options: { unit: 'character' | 'sentence' | 'story'; includeSuggestions: boolean },
): Promise<AgreementReport> {
  const { project, stories } = await loadProject(context, actor, projectId);
  if (project.blind && !project.comparisonOpen)
    throw new AppError('conflict', message('analysis.problems.comparisonFirstReport'));
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
