import type { Board, Idea } from '../../../contracts/cafes.js';
import { cafeBoardStrings } from '../../lib/strings/cafe-board.js';

const b = cafeBoardStrings.board;

/**
 * An idea's result in words with its raw counts, for whichever way the café is voting. The
 * common-ground figure needs its explanation beside it, so only the facilitator's page (which
 * carries that sentence) asks for it; a phone shows the plain-words label instead.
 */
export function ideaResultText(board: Board, idea: Idea, withCommonGround = false): string {
  const method = board.cafe.votingMethod;
  // Sticker dots or hands counted in from paper are named apart; dots and approval add them up.
  const paper = idea.paperVotes > 0 ? b.paper(idea.paperVotes, idea.paperKind) : '';
  const alsoPaper = paper ? `; ${paper}` : '';
  if (method === 'pairwise' && idea.pairwise) {
    const { score, wins, losses, cantDecide } = idea.pairwise;
    return `${b.pairwiseCounts(score, wins, losses, cantDecide)}${alsoPaper}; ${b.helpers(idea.helpers)}`;
  }
  if (method === 'agreement') {
    // A participant is sent a statement's tallies only once they have voted on it.
    if (!idea.agreement) return `${b.voteToSee}${alsoPaper}; ${b.helpers(idea.helpers)}`;
    const { agrees, disagrees, passes, consensus } = idea.agreement;
    const counts = b.agreementCounts(agrees, disagrees, passes);
    return `${withCommonGround ? `${counts}; ${b.commonGround(consensus)}` : counts}${alsoPaper}; ${b.helpers(idea.helpers)}`;
  }
  const total = idea.dots + idea.paperVotes;
  if (method === 'approval') {
    return paper
      ? b.approvalsWithPaper(idea.voters, paper, idea.voters + idea.paperVotes, idea.helpers)
      : b.approvals(idea.voters, idea.helpers);
  }
  return paper
    ? b.countsWithPaper(idea.dots, idea.voters, paper, total, idea.helpers)
    : b.counts(idea.dots, idea.voters, idea.helpers);
}

/** What the room says about a statement, in the server's plain words; null for other methods. */
export function agreementVerdict(idea: Idea): string | null {
  return idea.agreement ? b.agreementLabels[idea.agreement.label] : null;
}

/** The counts line and, for statements, the plain-words verdict under it. */
export function IdeaResult({
  board,
  idea,
  withCommonGround = false,
}: {
  board: Board;
  idea: Idea;
  withCommonGround?: boolean;
}) {
  const verdict = agreementVerdict(idea);
  return (
    <>
      <p className="cafe-idea__counts">{ideaResultText(board, idea, withCommonGround)}</p>
      {verdict ? (
        <p className="cafe-idea__verdict">
          <strong>{verdict}</strong>
        </p>
      ) : null}
    </>
  );
}
