import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { isApiError } from '../../lib/api.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { LiveNote, useCafeBoard } from './live-board.js';
import { spacedCode } from './cafe-api.js';
import { CafePhotos } from './cafe-photos.js';
import { CafeSignUps, CafeTeam } from './cafe-team.js';
import { RoundTimer } from './round-timer.js';
import { RoundMethods } from './run-round-methods.js';
import { Controls, QuickEntry } from './run-controls.js';
import { Harvest } from './run-harvest.js';
import { Duplicates, Moderation } from './run-moderation.js';
import { TableHostLinks } from './run-table-hosts.js';
import './cafes.css';

const r = cafesStrings.run;

/** The facilitator's page for running a café live: the join code, rounds, voting and moderation. */
export function RunPage() {
  const t = useT();
  const { cafeId = '' } = useParams();
  const { query, live } = useCafeBoard(cafeId, true);
  const [message, setMessage] = useState('');

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error, 404) || isApiError(query.error, 401)) return <NotFound />;
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const board = query.data;
  const { cafe } = board;
  // Only a facilitator's board carries the join code.
  if (!cafe.joinCode) return <NotFound />;
  const round = cafe.rounds.find((x) => x.position === cafe.currentRound);
  const joinPath = `/join/${cafe.joinCode}`;

  return (
    <>
      <PageHeading title={`${r.titlePrefix}${cafe.title}`} caption={cafesStrings.statuses[cafe.status]}>
        {cafe.title}
      </PageHeading>
      <LiveNote status={live} />

      <section className="section" aria-labelledby="join-title">
        <h2 id="join-title">{r.joinCode}</h2>
        <p className="cafe-code">{spacedCode(cafe.joinCode)}</p>
        <p>
          {r.joinLink}: <Link to={joinPath}>{`${location.origin}${joinPath}`}</Link>
        </p>
        <p>
          {/* A tab of its own, to drag onto the projector's screen while this page runs the café. */}
          <Link to={`/cafes/${cafe.id}/projector`} target="_blank" rel="noreferrer">
            {r.projector} <span className="visually-hidden">{t('cafeBoard.opensInNewTab')}</span>
          </Link>
        </p>
        <p className="secondary-text">{t('cafeBoard.participants', { count: board.participants })}</p>
      </section>

      <TableHostLinks board={board} onDone={setMessage} />

      <section className="section" aria-labelledby="controls-title">
        <h2 id="controls-title">{r.controlsTitle}</h2>
        {round ? (
          <p>
            <strong>{t('cafeBoard.round', { round: round.position, rounds: cafe.rounds.length })}:</strong>{' '}
            {round.question}
          </p>
        ) : null}
        {cafe.status === 'live' && cafe.roundEndsAt ? <RoundTimer endsAt={cafe.roundEndsAt} /> : null}
        <Controls board={board} onDone={setMessage} />
        <StatusMessage>{message || null}</StatusMessage>
      </section>

      <RoundMethods board={board} onDone={setMessage} />

      {cafe.status === 'live' ? <QuickEntry board={board} onDone={setMessage} /> : null}

      <Duplicates board={board} onDone={setMessage} />

      {cafe.status !== 'planned' ? <CafePhotos cafe={cafe} /> : null}

      <Harvest board={board} onDone={setMessage} />

      <CafeTeam cafe={cafe} />
      <CafeSignUps cafe={cafe} />

      <Moderation board={board} onDone={setMessage} />
    </>
  );
}
