import { useEffect, useRef, type ReactNode } from 'react';
import { useParams } from 'react-router';
import type { Idea } from '../../../contracts/cafes.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { isApiError } from '../../lib/api.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { LiveNote, useCafeBoard } from './live-board.js';
import { spacedCode } from './cafe-api.js';
import { RoundTimer } from './round-timer.js';
import { PageNote, useTurningPages } from './wall-pages.js';
import { hasVotes, WALL_ROWS, WallResults } from './wall-results.js';
import './cafes.css';

const p = cafesStrings.projector;

/**
 * The wall's own page: it is shown outside the app's header and menu (see the router), so it holds
 * its own main landmark, and takes focus on arrival as the app's layout would.
 */
function Wall({ children, heading = '' }: { children: ReactNode; heading?: string }) {
  const ref = useRef<HTMLElement>(null);
  useEffect(() => {
    const active = document.activeElement;
    if (heading && (!active || active === document.body))
      ref.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [heading]);
  return (
    <main ref={ref} className="wall" id="main" tabIndex={-1}>
      {children}
    </main>
  );
}

/** The ideas so far, newest first, a page at a time (see wall-pages.tsx). */
function WallIdeas({ ideas }: { ideas: Idea[] }) {
  const t = useT();
  const page = useTurningPages([...ideas].reverse(), WALL_ROWS);
  return (
    <>
      <ul className="wall-ideas">
        {page.shown.map((idea) => (
          <li key={idea.id} className="wall-idea">
            <p className="wall-idea__text">{idea.text}</p>
            <p className="wall__note">
              {t('cafeBoard.ideaMeta', { table: idea.tableNumber, round: idea.round })}
            </p>
          </li>
        ))}
      </ul>
      <PageNote
        page={page}
        note={
          page.first
            ? `${p.showingNewest(page.shown.length, ideas.length)} ${p.restFollow}`
            : p.showingOlder(page.from, page.from + page.shown.length - 1, ideas.length)
        }
      />
    </>
  );
}

/**
 * For the projector: the question, the timer, the join code and the top ideas or results in large
 * type, fitted to one screen (1280×720 and up) with no scrolling and nothing of the app around it.
 */
export function ProjectorPage() {
  const t = useT();
  const { cafeId = '' } = useParams();
  const { query, live, announcement } = useCafeBoard(cafeId);

  if (query.isPending)
    return (
      <Wall>
        <Loading />
      </Wall>
    );
  if (query.isError) {
    return (
      <Wall>
        {isApiError(query.error, 404) || isApiError(query.error, 401) ? (
          <NotFound />
        ) : (
          <LoadError error={query.error} onRetry={() => void query.refetch()} />
        )}
      </Wall>
    );
  }
  const board = query.data;
  const { cafe } = board;
  if (!cafe.joinCode)
    return (
      <Wall>
        <NotFound />
      </Wall>
    );
  const round = cafe.rounds.find((x) => x.position === cafe.currentRound);
  const ideas = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  const showResults = cafe.votingOpen || cafe.status === 'closed' || hasVotes(board);

  return (
    <Wall heading={cafe.title}>
      <div className="wall__top">
        <div className="wall__title">
          <PageHeading
            title={`${p.titlePrefix}${cafe.title}`}
            caption={
              round ? t('cafeBoard.round', { round: round.position, rounds: cafe.rounds.length }) : undefined
            }
          >
            {cafe.title}
          </PageHeading>
          <p className="wall__note">{t('cafeBoard.participants', { count: board.participants })}</p>
        </div>
        {cafe.status === 'live' && cafe.roundEndsAt ? <RoundTimer endsAt={cafe.roundEndsAt} large /> : null}
        <div className="wall__join">
          <p>{p.join(location.host)}</p>
          <p className="cafe-code">{spacedCode(cafe.joinCode)}</p>
        </div>
      </div>
      <LiveNote status={live} />
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
      {cafe.status === 'live' && round && !cafe.votingOpen ? (
        <p className="wall__question">{round.question}</p>
      ) : null}

      {showResults ? (
        <section aria-labelledby="results-title">
          <h2 id="results-title">{p.resultsTitle}</h2>
          <WallResults board={board} />
        </section>
      ) : (
        <section aria-labelledby="ideas-title">
          <h2 id="ideas-title">{p.ideasTitle}</h2>
          {ideas.length === 0 ? <p>{t('cafeBoard.noIdeas')}</p> : <WallIdeas ideas={ideas} />}
        </section>
      )}
    </Wall>
  );
}
