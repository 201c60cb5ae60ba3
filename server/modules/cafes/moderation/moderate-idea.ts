import type { Actor } from '../../../kernel/access.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { buildBoard } from '../board/index.js';
import { announceChange } from '../cafe-events.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** Hides (or shows again) an idea, or corrects its words; the author's own words are kept. */
export async function moderateIdea(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  ideaId: string,
  input: { hidden?: boolean | undefined; text?: string | undefined },
) {
  await requireFacilitator(context, actor, cafeId);
  const idea = await repo.findIdea(context.db, cafeId, ideaId);
  if (!idea) throw notFound('This idea');
  // Editing fixes typos only; the author's own words stay in originalText.
  if (input.hidden !== undefined) await setHidden(context.db, idea.id, input.hidden, null);
  await repo.updateIdea(context.db, idea.id, { text: input.text });
  await announceChange(context, cafeId);
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
