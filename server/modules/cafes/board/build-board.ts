import type { Board } from '../../../../contracts/cafes.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findParticipant, loadCafe, requireParticipant, tryFacilitator } from '../cafe-loader.js';
import type { CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { buildMethodResults, rankByDots } from './method-results.js';
import { isStanding } from './standing.js';

/**
 * The live board. Everyone sees raw counts; hidden and merged ideas are shown only to the
 * facilitator; a participant also gets their own votes and dots left.
 */
export async function getBoard(context: ModuleContext, reader: CafeReader, cafeId: string): Promise<Board> {
  const facilitator = await tryFacilitator(context, reader, cafeId);
  const participant = facilitator
    ? await findParticipant(context, reader, cafeId)
    : await requireParticipant(context, reader, cafeId);
  return buildBoard(context, cafeId, { facilitator: facilitator !== undefined, participant });
}

export type BoardView = { facilitator: boolean; participant: repo.ParticipantRow | undefined };

/**
 * Builds the board for one view: the facilitator's (with hidden and merged ideas and the join code),
 * a participant's (with their own votes, and agreement tallies only on statements they have voted
 * on), or the public one (neither; every tally, as the projector shows them).
 */
export async function buildBoard(context: ModuleContext, cafeId: string, view: BoardView): Promise<Board> {
  const { board, votedBy } = await assembleBoard(context, cafeId, view);
  return view.participant && !view.facilitator ? withholdUnvoted(board, votedBy(view.participant.id)) : board;
}

/**
 * The public board for the live sockets, with who has voted on which statement, so each
 * participant's socket can be sent only the tallies of statements they have voted on.
 */
export async function buildLiveBoard(context: ModuleContext, cafeId: string) {
  return assembleBoard(context, cafeId, { facilitator: false, participant: undefined });
}

/**
 * A participant sees a statement's tallies (and its rank) only once they have voted on it, so the
 * room's view cannot sway theirs. Once the café is closed there is nothing left to sway: all show.
 */
export function withholdUnvoted(board: Board, voted: ReadonlySet<string>): Board {
  if (board.cafe.votingMethod !== 'agreement' || board.cafe.status === 'closed') return board;
  return {
    ...board,
    ideas: board.ideas.map((i) => (voted.has(i.id) ? i : { ...i, agreement: null, rank: null })),
  };
}

async function assembleBoard(context: ModuleContext, cafeId: string, view: BoardView) {
  const { row, cafe } = await loadCafe(context.db, cafeId);
  const ideas = await repo.findIdeasWithCounts(context.db, cafeId);
  // Counted as each seat is taken, never by counting a full hall again.
  const participants = row.participantCount;
  const standingIds = ideas.filter(isStanding).map((i) => i.id);
  const method = buildMethodResults(
    row.votingMethod,
    standingIds,
    row.votingMethod === 'pairwise' ? await repo.findPairwiseChoices(context.db, cafeId) : [],
    row.votingMethod === 'agreement' ? await repo.findStatementVotes(context.db, cafeId) : [],
  );
  const ranks = method.ranks ?? rankByDots(ideas);
  const visible = view.facilitator ? ideas : ideas.filter(isStanding);
  let me: Board['me'] = null;
  if (view.participant) {
    const participant = view.participant;
    const [votes, help] = await Promise.all([
      repo.findVotesOfParticipant(context.db, participant.id),
      repo.findHelpOfParticipant(context.db, participant.id),
    ]);
    const used = votes.reduce((sum, v) => sum + v.dots, 0);
    me = {
      participantId: participant.id,
      tableId: participant.tableId,
      tableNumber: cafe.tables.find((t) => t.id === participant.tableId)?.number ?? 0,
      dotsLeft: Math.max(0, row.dotsPerPerson - used),
      votes: Object.fromEntries(votes.filter((v) => v.dots > 0).map((v) => [v.ideaId, v.dots])),
      helping: help.map((h) => h.ideaId),
      helpingWithContact: help.filter((h) => h.contactEncrypted !== null).map((h) => h.ideaId),
      statementVotes: Object.fromEntries(
        method.statementVotes
          .filter((v) => v.participantId === participant.id)
          .map((v) => [v.statementId, v.vote]),
      ),
    };
  }
  const voted = new Map<string, Set<string>>();
  for (const v of method.statementVotes) {
    const mine = voted.get(v.participantId) ?? new Set<string>();
    mine.add(v.statementId);
    voted.set(v.participantId, mine);
  }
  const votedBy = (participantId: string): ReadonlySet<string> => voted.get(participantId) ?? new Set();
  const board: Board = {
    cafe: { ...cafe, joinCode: view.facilitator ? cafe.joinCode : null },
    ideas: visible.map((i) => ({
      ...i,
      rank: ranks.get(i.id) ?? null,
      pairwise: method.pairwise.get(i.id) ?? null,
      agreement: method.agreement.get(i.id) ?? null,
    })),
    participants,
    opinionGroups: method.opinionGroups,
    me,
    version: row.version,
  };
  return { board, votedBy };
}
