import type { Tx } from '../../../kernel/db.js';
import { AppError, notFound, type Missing } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { isStanding } from '../board/index.js';
import * as repo from '../cafes.repository.js';

export type VotingMethod = repo.CafeRow['votingMethod'];

/** Refuses a vote, with a conflict to explain, unless voting is open and uses one of these methods. */
export function checkVotingOpen(cafe: repo.CafeRow, methods: VotingMethod[]): void {
  if (!cafe.votingOpen) throw new AppError('conflict', message('cafes.voting.notOpen'));
  if (!methods.includes(cafe.votingMethod))
    throw new AppError('conflict', message('cafes.voting.otherMethod'));
}

/** The café, when voting is open and uses this method; otherwise a conflict to explain. */
export async function requireVoting(context: ModuleContext, cafeId: string, method: VotingMethod) {
  const cafe = await repo.findCafe(context.db, cafeId);
  if (!cafe) throw notFound('cafe');
  checkVotingOpen(cafe, [method]);
  return cafe;
}

/** Inside a vote's transaction: the idea, while it still stands (not hidden or merged); otherwise not found. */
export async function requireStandingIdea(tx: Tx, cafeId: string, ideaId: string, what: Missing = 'idea') {
  const idea = await repo.findIdea(tx, cafeId, ideaId);
  if (!idea || !isStanding(idea)) throw notFound(what);
  return idea;
}

/** Ids of the ideas still standing, oldest first: what people vote on. */
export async function standingIdeaIds(context: ModuleContext, cafeId: string) {
  return (await repo.findIdeasWithCounts(context.db, cafeId)).filter(isStanding).map((i) => i.id);
}
