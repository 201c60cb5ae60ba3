import type { Actor } from '../../../kernel/access.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findSimilarPairs } from '../../../text/index.js';
import { isStanding } from '../board/index.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** Likely duplicates, for the facilitator to merge (by the text toolkit's similarity). */
export async function findSimilarIdeas(context: ModuleContext, actor: Actor, cafeId: string) {
  await requireFacilitator(context, actor, cafeId);
  const ideas = (await repo.findIdeasWithCounts(context.db, cafeId)).filter(isStanding);
  const pairs = findSimilarPairs(
    ideas.map((i) => i.text),
    0.5,
  );
  return pairs.flatMap((p) => {
    const a = ideas[p.a];
    const b = ideas[p.b];
    return a && b ? [{ a: a.id, b: b.id, similarity: p.score }] : [];
  });
}
