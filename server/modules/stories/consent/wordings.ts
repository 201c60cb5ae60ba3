import type { ConsentWording } from '../../../../contracts/stories.js';
import { hasRole, type Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { AppError, isUniqueViolation, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as repo from './consent.repository.js';

/** What Cairn reads out or shows until an organisation writes its own wording. */
export const BUILT_IN_WORDING: ConsentWording = {
  id: null,
  version: 'cairn-1',
  createdAt: null,
  text:
    'Thank you for sharing your story. You decide who can see it. Before anyone else reads it, we take out ' +
    'your name and anything else that could identify you, and you check what is left. You can choose: only ' +
    'you and the person who recorded it; our peer researchers, to learn from it; partner organisations you ' +
    'name, for a purpose you agree; or anyone, on our public website. You can change your mind or take your ' +
    'story back at any time, and we stop sharing it straight away. If your story suggests you may not be ' +
    'safe right now, someone from our team will check in with you.',
};

function toWording(row: repo.WordingRow): ConsentWording {
  return { id: row.id, version: `v${row.version}`, text: row.text, createdAt: row.createdAt.toISOString() };
}

/** The wording in use now, and the earlier versions that older consent records point to. */
export async function wordingsOf(db: DbOrTx, organisationId: string) {
  const rows = await repo.findWordings(db, organisationId);
  const [current, ...earlier] = rows.map(toWording);
  return { current: current ?? BUILT_IN_WORDING, earlier: current ? [...earlier, BUILT_IN_WORDING] : [] };
}

/**
 * The wording a consent record names, checked to belong to the story's organisation; the built-in
 * wording when none is named.
 */
export async function wordingForConsent(
  db: DbOrTx,
  organisationId: string,
  wordingId: string | undefined | null,
): Promise<ConsentWording> {
  if (!wordingId) return BUILT_IN_WORDING;
  const row = await repo.findWording(db, wordingId);
  if (!row || row.organisationId !== organisationId) {
    throw new AppError('validation_failed', message('stories.problems.wordingNotHere'), [
      { path: 'wordingId', message: message('stories.problems.wordingNotHereField') },
    ]);
  }
  return toWording(row);
}

/** Any member of the organisation may read the wording it uses. */
export async function getConsentWording(context: ModuleContext, actor: Actor, organisationId: string) {
  const member = actor.memberships.some((m) => m.organisationId === organisationId);
  if (!member && !hasRole(actor, ['coordinator'], organisationId)) throw notFound('organisation');
  return wordingsOf(context.db, organisationId);
}

/** A coordinator writes a new version; consent already given keeps the words it was given under. */
export async function updateConsentWording(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  text: string,
) {
  if (!hasRole(actor, ['coordinator'], organisationId)) throw notFound('organisation');
  await context.db
    .transaction(async (tx) => {
      const latest = (await repo.findWordings(tx, organisationId))[0];
      const row = await repo.insertWording(tx, {
        organisationId,
        version: (latest?.version ?? 0) + 1,
        text,
        createdBy: actor.personId,
      });
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: 'organisation.consent_wording_changed',
        subjectType: 'organisation',
        subjectId: organisationId,
        details: { wordingId: row.id, version: row.version },
      });
    })
    .catch((error: unknown) => {
      // Two coordinators saving at the same moment: one version number each is not possible.
      if (isUniqueViolation(error)) {
        throw new AppError('conflict', message('stories.problems.wordingSavedElsewhere'));
      }
      throw error;
    });
  return wordingsOf(context.db, organisationId);
}
