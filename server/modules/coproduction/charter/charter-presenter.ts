import { LADDER, type CharterCommitment } from '../../../../contracts/coproduction.js';
import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { organisationNames } from '../names.js';
import * as repo from './charter.repository.js';

const stepOf = (rung: (typeof LADDER)[number]) => LADDER.indexOf(rung) + 1;

/** A self-assessment, with its step up the ladder for charts. */
export function toAssessment(row: repo.AssessmentRow) {
  return {
    id: row.id,
    rung: row.rung,
    step: stepOf(row.rung),
    evidence: row.evidence,
    assessedOn: row.assessedOn,
  };
}

/** Commitments with their latest self-assessment, editable by their organisation's coordinators. */
export async function toCharter(
  db: DbOrTx,
  actor: Actor,
  rows: repo.CharterCommitmentRow[],
): Promise<CharterCommitment[]> {
  const [organisations, assessments] = await Promise.all([
    organisationNames(db, actor.partnershipId),
    repo.findAssessments(
      db,
      rows.map((c) => c.id),
    ),
  ]);
  return rows.map((c) => {
    const own = assessments.filter((a) => a.commitmentId === c.id);
    const latest = own[own.length - 1];
    return {
      id: c.id,
      organisationId: c.organisationId,
      organisationName: organisations.get(c.organisationId) ?? '',
      level: c.level,
      text: c.text,
      latest: latest ? toAssessment(latest) : null,
      mayEdit: mayCoordinate(actor, c.organisationId),
    };
  });
}

/** One commitment as the API shows it. */
export async function charterView(db: DbOrTx, actor: Actor, row: repo.CharterCommitmentRow) {
  const [view] = await toCharter(db, actor, [row]);
  if (!view) throw notFound('commitment');
  return view;
}
