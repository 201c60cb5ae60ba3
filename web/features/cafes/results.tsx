import type { Board, Idea } from '../../../contracts/cafes.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useT } from '../../lib/i18n/cafe-board.js';

/**
 * An idea's result in words with its raw counts, for whichever way the café is voting. The
 * common-ground figure needs its explanation beside it, so only the facilitator's page (which
 * carries that sentence) asks for it; a phone shows the plain-words label instead.
 */
export function ideaResultText(t: Translate, board: Board, idea: Idea, withCommonGround = false): string {
  const method = board.cafe.votingMethod;
  // Sticker dots or hands counted in from paper are named apart; dots and approval add them up.
  const paper =
    idea.paperVotes > 0
      ? t('cafeBoard.paper', { count: idea.paperVotes, kind: idea.paperKind ?? 'dots' })
      : '';
  const alsoPaper = paper ? `; ${paper}` : '';
  if (method === 'pairwise' && idea.pairwise) {
    const { wins, losses, cantDecide } = idea.pairwise;
    const score = Math.round(idea.pairwise.score * 10) / 10;
    return `${t('cafeBoard.pairwiseCounts', { score, wins, losses, cantDecide })}${alsoPaper}; ${t('cafeBoard.helpers', { count: idea.helpers })}`;
  }
  if (method === 'agreement') {
    // A participant is sent a statement's tallies only once they have voted on it.
    if (!idea.agreement)
      return `${t('cafeBoard.voteToSee')}${alsoPaper}; ${t('cafeBoard.helpers', { count: idea.helpers })}`;
    const { agrees, disagrees, passes, consensus } = idea.agreement;
    const counts = t('cafeBoard.agreementCounts', { agrees, disagrees, passes });
    return `${withCommonGround ? `${counts}; ${t('cafeBoard.commonGround', { percent: Math.round(consensus * 100) })}` : counts}${alsoPaper}; ${t('cafeBoard.helpers', { count: idea.helpers })}`;
  }
  const total = idea.dots + idea.paperVotes;
  if (method === 'approval') {
    return paper
      ? t('cafeBoard.approvalsWithPaper', {
          voters: idea.voters,
          paper,
          total: idea.voters + idea.paperVotes,
          helpers: idea.helpers,
        })
      : t('cafeBoard.approvals', { voters: idea.voters, helpers: idea.helpers });
  }
  return paper
    ? t('cafeBoard.countsWithPaper', {
        dots: idea.dots,
        voters: idea.voters,
        paper,
        total,
        helpers: idea.helpers,
      })
    : t('cafeBoard.counts', { dots: idea.dots, voters: idea.voters, helpers: idea.helpers });
}

/** What the room says about a statement, in the server's plain words; null for other methods. */
export function agreementVerdict(t: Translate, idea: Idea): string | null {
  return idea.agreement ? t('cafeBoard.verdict', { label: idea.agreement.label }) : null;
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
  const t = useT();
  const verdict = agreementVerdict(t, idea);
  return (
    <>
      <p className="cafe-idea__counts">{ideaResultText(t, board, idea, withCommonGround)}</p>
      {verdict ? (
        <p className="cafe-idea__verdict">
          <strong>{verdict}</strong>
        </p>
      ) : null}
    </>
  );
}
