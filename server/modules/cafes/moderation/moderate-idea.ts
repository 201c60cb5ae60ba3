import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { announce } from '../cafe-events.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/**
 * Hides (or shows again) an idea, or corrects its words; the author's own words are kept. Hiding,
 * showing and correcting are audited as the facilitator, as a table host's hiding is audited as their
 * table: what left the room's screens, who brought it back and who changed its words are part of the
 * café's record.
 */
export async function moderateIdea(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  ideaId: string,
  input: { hidden?: boolean | undefined; text?: string | undefined },
) {
  await requireFacilitator(context, actor, cafeId);
  const version = await context.db.transaction(async (tx) => {
    // The café's row first, as a vote takes it (then counts on its idea, migration 0045): taking the
    // idea's row first here could leave this and a vote each waiting for the other.
    const bumped = await repo.bumpVersion(tx, cafeId);
    const idea = await repo.findIdea(tx, cafeId, ideaId);
    if (!idea) throw notFound('idea');
    // Asking for what already is changes nothing, and keeps a table host's reason for hiding it.
    if (input.hidden !== undefined && input.hidden !== idea.hidden) {
      await setHidden(tx, idea.id, input.hidden, null);
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: input.hidden ? 'cafe.idea_hidden' : 'cafe.idea_shown',
        subjectType: 'cafe',
        subjectId: cafeId,
        // Showing it again forgets the reason it was hidden, so the log keeps it.
        details: { ideaId, ...(idea.hiddenReason ? { reason: idea.hiddenReason } : {}) },
      });
    }
    // Editing fixes typos only; the author's own words stay in originalText.
    await repo.updateIdea(tx, idea.id, { text: input.text });
    if (input.text !== undefined && input.text !== idea.text) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: 'cafe.idea_edited',
        subjectType: 'cafe',
        subjectId: cafeId,
        // How much changed, never the words: an idea may name someone, and the log outlives the café.
        details: { ideaId, beforeLength: idea.text.length, afterLength: input.text.length },
      });
    }
    return bumped;
  });
  await announce(context, cafeId, version);
  return buildBoard(context, cafeId, { facilitator: true, participant: undefined });
}

/**
 * Hides an idea (with why, when a table host hid it) or shows it again. One rule for the facilitator
 * and table hosts: a hidden idea leaves every board but the facilitator's, who can show it again, and
 * showing it again forgets the reason.
 */
export async function setHidden(db: DbOrTx, ideaId: string, hidden: boolean, reason: string | null) {
  await repo.updateIdea(db, ideaId, { hidden, hiddenReason: hidden ? reason : null });
}
