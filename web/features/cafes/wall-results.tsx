import type { Board, Idea } from '../../../contracts/cafes.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { agreementVerdict } from './results.js';
import { PageNote, useTurningPages } from './wall-pages.js';

const b = cafesStrings.board;
const p = cafesStrings.projector;

/** As many ideas as stay readable from the back of a room on a 1280×720 wall. */
export const WALL_ROWS = 8;
/** Statements carry a second line (their counts and what the room says), so fewer fit. */
const STATEMENT_ROWS = 5;

/** The number each method ranks by, for the bars: dots, ticks, a 0–100 score, or common ground in %. */
function barValue(board: Board, idea: Idea): number {
  switch (board.cafe.votingMethod) {
    case 'approval':
      return idea.voters + idea.paperVotes;
    case 'pairwise':
      return Math.round((idea.pairwise?.score ?? 50) * 10) / 10;
    case 'agreement':
      return Math.round((idea.agreement?.consensus ?? 0) * 100);
    default:
      return idea.dots + idea.paperVotes;
  }
}

/**
 * A bar's figure. For statements, the raw counts come first, then what the room says in plain words,
 * then the common-ground figure, which the wall explains in a sentence: a statement everyone agreed
 * with never shows as a bare percentage.
 */
function barText(t: Translate, board: Board, idea: Idea): string {
  if (board.cafe.votingMethod !== 'agreement') return String(barValue(board, idea));
  const { agrees = 0, disagrees = 0, passes = 0 } = idea.agreement ?? {};
  return [
    t('cafeBoard.agreementCounts', { agrees, disagrees, passes }),
    agreementVerdict(t, idea),
    t('cafeBoard.commonGround', { percent: barValue(board, idea) }),
  ]
    .filter(Boolean)
    .join(' · ');
}

/** Has anyone voted yet, in whichever way the café is voting? */
export function hasVotes(board: Board): boolean {
  return board.ideas.some(
    (i) =>
      i.voters > 0 ||
      i.paperVotes > 0 ||
      (i.pairwise !== null && i.pairwise.wins + i.pairwise.losses + i.pairwise.cantDecide > 0) ||
      (i.agreement !== null && i.agreement.votes > 0),
  );
}

function MethodColumns({ board }: { board: Board }) {
  const t = useT();
  switch (board.cafe.votingMethod) {
    case 'approval':
      return <th scope="col">{t('cafeBoard.approve')}</th>;
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
  const t = useT();
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
          <td>{agreementVerdict(t, idea) ?? ''}</td>
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

/**
 * Live results for the wall: the top ideas as large bars with their rank, then the rest a page at a
 * time (see wall-pages.tsx). The bars are drawn for the room; screen readers get every idea, with
 * every raw count, from the table, which is read but not drawn.
 */
export function WallResults({ board }: { board: Board }) {
  const t = useT();
  const ideas = board.ideas
    .filter((i) => !i.hidden && !i.mergedInto)
    .sort(
      (x, y) =>
        (x.rank ?? Number.MAX_SAFE_INTEGER) - (y.rank ?? Number.MAX_SAFE_INTEGER) ||
        barValue(board, y) - barValue(board, x) ||
        y.helpers - x.helpers,
    );
  const statements = board.cafe.votingMethod === 'agreement';
  const page = useTurningPages(ideas, statements ? STATEMENT_ROWS : WALL_ROWS);
  // Votes counted in from paper get a column of their own once there are any.
  const anyPaper = ideas.some((i) => i.paperVotes > 0);
  const max =
    board.cafe.votingMethod === 'pairwise' || statements
      ? 100
      : Math.max(1, ...ideas.map((i) => barValue(board, i)));
  return (
    <div className="wall-results">
      {board.opinionGroups !== null ? (
        <p className="wall__note">{b.opinionGroups(board.opinionGroups)}</p>
      ) : statements ? (
        <p className="wall__note">{b.commonGroundExplained}</p>
      ) : null}
      <ol className="wall-bars" aria-hidden="true">
        {page.shown.map((idea) => (
          <li key={idea.id} className={statements ? 'wall-bar wall-bar--statement' : 'wall-bar'}>
            <span className="wall-bar__rank">{idea.rank ?? ''}</span>
            <span className="wall-bar__text">{idea.text}</span>
            <span className="wall-bar__track">
              <span className="wall-bar__fill" style={{ width: `${(barValue(board, idea) / max) * 100}%` }} />
            </span>
            <span className="wall-bar__figure">{barText(t, board, idea)}</span>
          </li>
        ))}
      </ol>
      <PageNote
        page={page}
        drawnOnly
        note={
          page.first
            ? `${p.showingTop(page.shown.length, ideas.length)} ${p.restFollow}`
            : p.showingRanks(page.from, page.from + page.shown.length - 1, ideas.length)
        }
      />
      {/* Hidden by its wrapper: a table grows to fit its cells whatever width it is given, and would
          widen the page. */}
      <div className="visually-hidden">
        <table>
          <caption>{p.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{p.rank}</th>
              <th scope="col">{p.idea}</th>
              <MethodColumns board={board} />
              {anyPaper ? <th scope="col">{p.onPaper}</th> : null}
              <th scope="col">{p.helpers}</th>
            </tr>
          </thead>
          <tbody>
            {ideas.map((idea) => (
              <tr key={idea.id}>
                <td>{idea.rank ?? ''}</td>
                <th scope="row">{idea.text}</th>
                <MethodCells board={board} idea={idea} />
                {anyPaper ? <td>{idea.paperVotes}</td> : null}
                <td>{idea.helpers}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
