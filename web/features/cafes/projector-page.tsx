import { useParams } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { LiveNote, useCafeBoard } from './live-board.js';
import { spacedCode } from './cafe-api.js';
import { hasVotes, Results } from './results.js';
import { RoundTimer } from './round-timer.js';
import './cafes.css';

const p = cafesStrings.projector;

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
  const showResults = cafe.votingOpen || cafe.status === 'closed' || hasVotes(board);

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
