import type { z } from 'zod';
import { LADDER, type SelfAssessmentRequestSchema } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { loadCharterCommitment, requireCharterCoordinator } from './charter-loader.js';
import { charterView, toAssessment } from './charter-presenter.js';
import * as repo from './charter.repository.js';
import { londonToday } from '../../../../contracts/calendar.js';
import { invalidField } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';

/** Records where a commitment stands on the ladder now, with the evidence; the history keeps every one. */
export async function addSelfAssessment(
  context: ModuleContext,
  actor: Actor,
  commitmentId: string,
  input: z.output<typeof SelfAssessmentRequestSchema>,
) {
  await requireCharterCoordinator(context.db, actor, commitmentId);
  if (input.assessedOn > londonToday()) {
    throw invalidField('assessedOn', message('coproduction.problems.assessmentDate'));
  }
  await repo.insertAssessment(context.db, { commitmentId, ...input, assessedBy: actor.personId });
  return getCharterHistory(context, actor, commitmentId);
}

/** A commitment with every self-assessment, oldest first, and the ladder to chart them on. */
export async function getCharterHistory(context: ModuleContext, actor: Actor, commitmentId: string) {
  const row = await loadCharterCommitment(context.db, actor, commitmentId);
  const assessments = await repo.findAssessments(context.db, [commitmentId]);
  return {
    commitment: await charterView(context.db, actor, row),
    assessments: assessments.map(toAssessment),
    ladder: [...LADDER],
  };
}
