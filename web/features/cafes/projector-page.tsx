import { useParams } from 'react-router';
import type { Board, Idea } from '../../../contracts/cafes.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { LiveNote, useCafeBoard } from './live-board.js';
import { spacedCode } from './cafe-api.js';
import { RoundTimer } from './round-timer.js';
import './cafes.css';

const p = cafesStrings.projector;

function ranked(ideas: readonly Idea[]): Idea[] {
  return [...ideas].sort((a, b) => b.dots - a.dots || b.voters - a.voters || b.helpers - a.helpers);
}

/** Results as HTML bars, with the same figures in a table beside them. */
export function Results({ board }: { board: Board }) {
  const ideas = ranked(board.ideas.filter((i) => !i.hidden && !i.mergedInto));
  const approval = board.cafe.votingMethod === 'approval';
  const value = (idea: Idea) => (approval ? idea.voters : idea.dots);
  const max = Math.max(1, ...ideas.map(value));
  return (
    <div className="results">
      <figure className="results__chart">
        <figcaption className="visually-hidden">{p.chartLabel}</figcaption>
        <ul className="results__bars" aria-hidden="true">
          {ideas.map((idea) => (
            <li key={idea.id}>
              <div className="results__label">
                <span>{idea.text}</span>
                <span className="nowrap">{value(idea)}</span>
              </div>
              <div className="results__track">
                <div className="results__bar" style={{ width: `${(value(idea) / max) * 100}%` }} />
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
            <th scope="col">{approval ? cafesStrings.board.approve : p.dots}</th>
            {approval ? null : <th scope="col">{p.people}</th>}
            <th scope="col">{p.helpers}</th>
          </tr>
        </thead>
        <tbody>
          {ideas.map((idea) => (
            <tr key={idea.id}>
              <td>{idea.rank ?? ''}</td>
              <th scope="row">{idea.text}</th>
              <td>{value(idea)}</td>
              {approval ? null : <td>{idea.voters}</td>}
              <td>{idea.helpers}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** For the wall: the question, the timer, the join code, the ideas and live results in large type. */
export function ProjectorPage() {
  const { cafeId = '' } = useParams();
  const { query, live, announcement } = useCafeBoard(cafeId);

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error, 404) || isApiError(query.error, 401)) return <NotFound />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const board = query.data;
  const { cafe } = board;
  if (!cafe.joinCode) return <NotFound />;
  const round = cafe.rounds.find((x) => x.position === cafe.currentRound);
  const ideas = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  const showResults = cafe.votingOpen || cafe.status === 'closed' || ideas.some((i) => i.dots > 0);

  return (
    <div className="projector">
      <div className="projector__top">
        <div>
          <PageHeading
            title={`${p.titlePrefix}${cafe.title}`}
            caption={round ? cafesStrings.board.round(round.position, cafe.rounds.length) : undefined}
          >
            {cafe.title}
          </PageHeading>
          <p className="secondary-text">{cafesStrings.board.participants(board.participants)}</p>
        </div>
        <div className="projector__join">
          <p>{p.join(location.host)}</p>
          <p className="cafe-code">{spacedCode(cafe.joinCode)}</p>
        </div>
      </div>
      <LiveNote status={live} />
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {cafe.status === 'live' && round && !cafe.votingOpen ? (
        <p className="projector__question">{round.question}</p>
      ) : null}
      {cafe.status === 'live' && cafe.roundEndsAt ? <RoundTimer endsAt={cafe.roundEndsAt} large /> : null}

      {showResults ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{p.resultsTitle}</h2>
          <Results board={board} />
        </section>
      ) : (
        <section aria-labelledby="ideas-title">
          <h2 id="ideas-title">{p.ideasTitle}</h2>
          {ideas.length === 0 ? (
            <p>{cafesStrings.board.noIdeas}</p>
          ) : (
            <ul className="cafe-ideas">
              {ideas.map((idea) => (
                <li key={idea.id} className="cafe-idea">
                  <p className="cafe-idea__text">{idea.text}</p>
                  <p className="cafe-idea__meta">
                    {cafesStrings.board.ideaMeta(idea.tableNumber, idea.round)}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
    </div>
  );
}
