import type { Board, Idea } from '../../../contracts/cafes.js';
import { cafesStrings } from '../../lib/strings/cafes.js';

const b = cafesStrings.board;
const p = cafesStrings.projector;

/** An idea's result in words with its raw counts, for whichever way the café is voting. */
export function ideaResultText(board: Board, idea: Idea): string {
  const method = board.cafe.votingMethod;
  if (method === 'pairwise' && idea.pairwise) {
    const { score, wins, losses, cantDecide } = idea.pairwise;
    return `${b.pairwiseCounts(score, wins, losses, cantDecide)}; ${b.helpers(idea.helpers)}`;
  }
  if (method === 'agreement') {
    // A participant is sent a statement's tallies only once they have voted on it.
    if (!idea.agreement) return `${b.voteToSee}; ${b.helpers(idea.helpers)}`;
    const { agrees, disagrees, passes, consensus } = idea.agreement;
    return `${b.agreementCounts(agrees, disagrees, passes, consensus)}; ${b.helpers(idea.helpers)}`;
  }
  if (method === 'approval') return b.approvals(idea.voters, idea.helpers);
  return b.counts(idea.dots, idea.voters, idea.helpers);
}

/** What the room says about a statement, in the server's plain words; null for other methods. */
export function agreementVerdict(idea: Idea): string | null {
  return idea.agreement ? b.agreementLabels[idea.agreement.label] : null;
}

/** The counts line and, for statements, the plain-words verdict under it. */
export function IdeaResult({ board, idea }: { board: Board; idea: Idea }) {
  const verdict = agreementVerdict(idea);
  return (
    <>
      <p className="cafe-idea__counts">{ideaResultText(board, idea)}</p>
      {verdict ? (
        <p className="cafe-idea__verdict">
          <strong>{verdict}</strong>
        </p>
      ) : null}
    </>
  );
}

/** The number each method ranks by, for the bars: dots, ticks, a 0–100 score, or common ground in %. */
function barValue(board: Board, idea: Idea): number {
  switch (board.cafe.votingMethod) {
    case 'approval':
      return idea.voters;
    case 'pairwise':
      return Math.round((idea.pairwise?.score ?? 50) * 10) / 10;
    case 'agreement':
      return Math.round((idea.agreement?.consensus ?? 0) * 100);
    default:
      return idea.dots;
  }
}

/** A bar's figure; for statements the plain-words verdict comes before the common-ground figure. */
function barText(board: Board, idea: Idea): string {
  if (board.cafe.votingMethod !== 'agreement') return String(barValue(board, idea));
  const verdict = agreementVerdict(idea);
  return `${verdict ? `${verdict} · ` : ''}${barValue(board, idea)}%`;
}

/** Has anyone voted yet, in whichever way the café is voting? */
export function hasVotes(board: Board): boolean {
  return board.ideas.some(
    (i) =>
      i.voters > 0 ||
      (i.pairwise !== null && i.pairwise.wins + i.pairwise.losses + i.pairwise.cantDecide > 0) ||
      (i.agreement !== null && i.agreement.votes > 0),
  );
}

function MethodColumns({ board }: { board: Board }) {
  switch (board.cafe.votingMethod) {
    case 'approval':
      return <th scope="col">{b.approve}</th>;
    case 'pairwise':
      return (
        <>
          <th scope="col">{p.score}</th>
          <th scope="col">{p.wins}</th>
          <th scope="col">{p.losses}</th>
        </>
      );
    case 'agreement':
      return (
        <>
          <th scope="col">{p.agrees}</th>
          <th scope="col">{p.disagrees}</th>
          <th scope="col">{p.passes}</th>
          <th scope="col">{p.roomSays}</th>
          <th scope="col">{p.commonGround}</th>
        </>
      );
    default:
      return (
        <>
          <th scope="col">{p.dots}</th>
          <th scope="col">{p.people}</th>
        </>
      );
  }
}

function MethodCells({ board, idea }: { board: Board; idea: Idea }) {
  switch (board.cafe.votingMethod) {
    case 'approval':
      return <td>{idea.voters}</td>;
    case 'pairwise':
      return (
        <>
          <td>{barValue(board, idea)}</td>
          <td>{idea.pairwise?.wins ?? 0}</td>
          <td>{idea.pairwise?.losses ?? 0}</td>
        </>
      );
    case 'agreement':
      return (
        <>
          <td>{idea.agreement?.agrees ?? 0}</td>
          <td>{idea.agreement?.disagrees ?? 0}</td>
          <td>{idea.agreement?.passes ?? 0}</td>
          <td>{agreementVerdict(idea) ?? ''}</td>
          <td>{`${barValue(board, idea)}%`}</td>
        </>
      );
    default:
      return (
        <>
          <td>{idea.dots}</td>
          <td>{idea.voters}</td>
        </>
      );
  }
}

/** Live results as HTML bars, with the same figures in a table beside them: raw counts, always. */
export function Results({ board }: { board: Board }) {
  const ideas = board.ideas
    .filter((i) => !i.hidden && !i.mergedInto)
    .sort(
      (x, y) =>
        (x.rank ?? Number.MAX_SAFE_INTEGER) - (y.rank ?? Number.MAX_SAFE_INTEGER) ||
        barValue(board, y) - barValue(board, x) ||
        y.helpers - x.helpers,
    );
  const max =
    board.cafe.votingMethod === 'pairwise' || board.cafe.votingMethod === 'agreement'
      ? 100
      : Math.max(1, ...ideas.map((i) => barValue(board, i)));
  return (
    <div className="results">
      {board.opinionGroups !== null ? <p>{b.opinionGroups(board.opinionGroups)}</p> : null}
      <figure className="results__chart">
        <figcaption className="visually-hidden">{p.chartLabel}</figcaption>
        <ul className="results__bars" aria-hidden="true">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <div className="results__label">
                <span>{idea.text}</span>
                <span className="nowrap">{barText(board, idea)}</span>
              </div>
              <div className="results__track">
                <div className="results__bar" style={{ width: `${(barValue(board, idea) / max) * 100}%` }} />
              </div>
            </li>
          ))}
        </ul>
      </figure>
      <table>
        <caption className="visually-hidden">{p.tableCaption}</caption>
        <thead>
          <tr>
            <th scope="col">{p.rank}</th>
            <th scope="col">{p.idea}</th>
            <MethodColumns board={board} />
            <th scope="col">{p.helpers}</th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((idea) => (
            <tr key={idea.id}>
              <td>{idea.rank ?? ''}</td>
              <th scope="row">{idea.text}</th>
              <MethodCells board={board} idea={idea} />
              <td>{idea.helpers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
