import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import type { Board, Idea } from '../../../contracts/cafes.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { fieldId } from '../../lib/form-errors.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { strings } from '../../lib/strings.js';
import { LiveNote, useCafeBoard } from './live-board.js';
import { boardKey, schemas, similarKey, spacedCode, storeBoard } from './cafe-api.js';
import { NativeField } from '../../components/native-field.js';
import { CafePhotos } from './cafe-photos.js';
import { CafeSignUps, CafeTeam } from './cafe-team.js';
import { ideaResultText } from './results.js';
import { RoundTimer } from './round-timer.js';
import './cafes.css';

const r = cafesStrings.run;
const h = cafesStrings.harvest;

/** Downloads, and priorities to send on to co-production ("You said, we did"). */
function Harvest({ cafeId, onDone }: { cafeId: string; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const harvest = useQuery({
    queryKey: ['cafes', cafeId, 'harvest'],
    queryFn: async () => apiRequest(`/api/cafes/${cafeId}/harvest`, await schemas.harvest()),
  });
  const send = useMutation({
    mutationFn: async (ideaId: string) =>
      apiRequest(`/api/cafes/${cafeId}/priorities`, await schemas.harvest(), {
        method: 'POST',
        body: { ideaId },
      }),
    onSuccess: (data) => {
      client.setQueryData(['cafes', cafeId, 'harvest'], data);
      onDone(h.sentMessage);
    },
    onError: (error) => onDone(errorText(error)),
  });
  return (
    <section className="section" aria-labelledby="harvest-title">
      <h2 id="harvest-title">{h.title}</h2>
      <p>{h.lead}</p>
      <ul>
        <li>
          <a href={`/api/cafes/${cafeId}/harvest.docx`} download>
            {h.word}
          </a>
        </li>
        <li>
          <a href={`/api/cafes/${cafeId}/harvest.pdf`} download>
            {h.pdf}
          </a>
        </li>
        <li>
          <a href={`/api/cafes/${cafeId}/table-cards.pdf`} download>
            {h.cards}
          </a>
        </li>
      </ul>
      <h3>{h.priorities}</h3>
      {harvest.isError ? <LoadError error={harvest.error} onRetry={() => void harvest.refetch()} /> : null}
      {harvest.data && harvest.data.priorities.length === 0 ? <p>{h.none}</p> : null}
      <ol>
        {harvest.data?.priorities.map((p) => (
          <li key={p.ideaId}>
            {p.text} <span className="secondary-text">({p.result})</span>{' '}
            {p.sentOn ? (
              <strong>{h.sent}</strong>
            ) : (
              <Button variant="secondary" onPress={() => send.mutate(p.ideaId)} aria-label={h.send(p.text)}>
                {h.send(p.text)}
              </Button>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
type Action = keyof typeof r.done;

function errorText(error: unknown): string {
  return isApiError(error) ? error.problem.detail : strings.errors.generic;
}

function Controls({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const { cafe } = board;
  const control = useMutation({
    mutationFn: (action: Action) =>
      apiRequest(`/api/cafes/${cafe.id}/control`, schemas.board, { method: 'POST', body: { action } }),
    onSuccess: (next, action) => {
      storeBoard(client, cafe.id, next);
      setConfirming(false);
      onDone(r.done[action]);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const button = (
    action: Action,
    label: string,
    variant: 'primary' | 'secondary' | 'warning' = 'primary',
  ) => (
    <Button
      variant={variant}
      isPending={control.isPending && control.variables === action}
      pendingLabel={strings.common.saving}
      onPress={() => control.mutate(action)}
    >
      {label}
    </Button>
  );
  return (
    <div className="cafe-controls">
      {cafe.status === 'planned' ? button('start', r.start) : null}
      {cafe.status === 'live' && cafe.currentRound < cafe.rounds.length
        ? button('next_round', r.nextRound, 'secondary')
        : null}
      {cafe.status === 'live' && !cafe.votingOpen ? button('open_voting', r.openVoting, 'secondary') : null}
      {cafe.votingOpen ? button('close_voting', r.closeVoting, 'secondary') : null}
      {cafe.status !== 'closed' && !confirming ? (
        <Button variant="warning" onPress={() => setConfirming(true)}>
          {r.close}
        </Button>
      ) : null}
      {cafe.status !== 'closed' && confirming ? (
        <div className="callout" role="group" aria-labelledby="close-confirm">
          <p id="close-confirm">{r.closeConfirm}</p>
          <div className="cafe-controls">
            {button('close', r.closeYes, 'warning')}
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              {strings.common.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

function QuickEntry({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const form = 'quick-entry';
  const [error, setError] = useState<string | undefined>();
  const add = useMutation({
    mutationFn: (body: { text: string; tableId: string }) =>
      apiRequest(`/api/cafes/${board.cafe.id}/ideas`, schemas.created, { method: 'POST', body }),
    onSuccess: (_created, body) => {
      const input = document.getElementById(fieldId(form, 'text'));
      if (input instanceof HTMLInputElement) {
        input.value = '';
        input.focus();
      }
      const table = board.cafe.tables.find((t) => t.id === body.tableId);
      onDone(r.quickAdded(table?.number ?? 0));
      void client.invalidateQueries({ queryKey: boardKey(board.cafe.id) });
    },
    onError: (problem) => setError(errorText(problem)),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = String(data.get('text') ?? '').trim();
    const tableId = String(data.get('tableId') ?? '');
    if (text.length < 2) {
      setError(cafesStrings.board.addMissing);
      return;
    }
    setError(undefined);
    add.mutate({ text, tableId });
  };
  return (
    <section className="section" aria-labelledby="quick-title">
      <h2 id="quick-title">{r.quickTitle}</h2>
      <p>{r.quickLead}</p>
      <form id={form} noValidate onSubmit={onSubmit} className="cafe-quick">
        <div className="field">
          <label className="field__label" htmlFor={fieldId(form, 'tableId')}>
            {r.quickTable}
          </label>
          <select id={fieldId(form, 'tableId')} name="tableId" className="cafe-select">
            {board.cafe.tables.map((t) => (
              <option key={t.id} value={t.id}>
                {r.quickTableOption(t.number)}
              </option>
            ))}
          </select>
        </div>
        <NativeField
          id={fieldId(form, 'text')}
          name="text"
          label={r.quickText}
          error={error}
          maxLength={280}
          autoComplete="off"
        />
        <Button type="submit" isPending={add.isPending} pendingLabel={strings.common.saving}>
          {r.quickSubmit}
        </Button>
      </form>
    </section>
  );
}

function ModeratedIdea({
  idea,
  board,
  onDone,
}: {
  idea: Idea;
  board: Board;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const formId = `edit-${idea.id}`;
  const stopEditing = () => {
    setEditing(false);
    // Put focus back where it was before the form opened.
    setTimeout(() => editButton.current?.focus(), 0);
  };
  const moderate = useMutation({
    mutationFn: (body: { hidden?: boolean; text?: string }) =>
      apiRequest(`/api/cafes/${board.cafe.id}/ideas/${idea.id}`, schemas.board, { method: 'PATCH', body }),
    onSuccess: (next) => {
      storeBoard(client, board.cafe.id, next);
      if (editing) stopEditing();
    },
    onError: (error) => onDone(errorText(error)),
  });
  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    if (text.length >= 2) moderate.mutate({ text });
  };
  return (
    <li className={idea.hidden || idea.mergedInto ? 'cafe-idea cafe-idea--hidden' : 'cafe-idea'}>
      <p className="cafe-idea__text">{idea.text}</p>
      <p className="cafe-idea__meta">
        {cafesStrings.board.ideaMeta(idea.tableNumber, idea.round)}
        {idea.author ? ` · ${cafesStrings.board.by(idea.author)}` : ''}
        {idea.hidden ? ` · ${r.hidden}` : ''}
        {idea.mergedInto ? ` · ${r.merged}` : ''}
      </p>
      <p className="cafe-idea__counts">{ideaResultText(board, idea)}</p>
      {editing ? (
        <form id={formId} noValidate onSubmit={onSave} className="cafe-quick">
          <NativeField
            id={fieldId(formId, 'text')}
            name="text"
            label={r.editField}
            hint={r.editHint}
            defaultValue={idea.text}
            maxLength={280}
          />
          <Button type="submit" isPending={moderate.isPending} pendingLabel={strings.common.saving}>
            {r.save}
          </Button>
          <Button variant="secondary" onPress={stopEditing}>
            {strings.common.cancel}
          </Button>
        </form>
      ) : idea.mergedInto ? null : (
        <div className="cafe-controls">
          <Button
            variant="secondary"
            aria-label={idea.hidden ? r.unhideLabel(idea.text) : r.hideLabel(idea.text)}
            onPress={() => moderate.mutate({ hidden: !idea.hidden })}
          >
            {idea.hidden ? r.unhide : r.hide}
          </Button>
          <Button
            ref={editButton}
            variant="secondary"
            aria-label={r.editLabel(idea.text)}
            onPress={() => {
              setEditing(true);
              setTimeout(() => document.getElementById(fieldId(formId, 'text'))?.focus(), 0);
            }}
          >
            {r.edit}
          </Button>
        </div>
      )}
    </li>
  );
}

function Duplicates({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const standing = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  const similar = useQuery({
    queryKey: [...similarKey(board.cafe.id), standing.map((i) => `${i.id}:${i.text}`).join('|')],
    queryFn: () => apiRequest(`/api/cafes/${board.cafe.id}/similar-ideas`, schemas.similar),
    enabled: standing.length > 1,
  });
  const merge = useMutation({
    mutationFn: (body: { sourceId: string; targetId: string }) =>
      apiRequest(`/api/cafes/${board.cafe.id}/merges`, schemas.board, { method: 'POST', body }),
    onSuccess: (next) => {
      storeBoard(client, board.cafe.id, next);
      onDone(r.mergedDone);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const byId = new Map(standing.map((i) => [i.id, i]));
  const position = new Map(standing.map((i, index) => [i.id, index]));
  // The later idea merges into the earlier one (ideas come oldest first), so the first wording stays.
  const pairs = (similar.data?.pairs ?? []).flatMap((p) => {
    const first = byId.get(p.a);
    const second = byId.get(p.b);
    if (!first || !second) return [];
    return (position.get(first.id) ?? 0) <= (position.get(second.id) ?? 0)
      ? [{ a: first, b: second }]
      : [{ a: second, b: first }];
  });
  return (
    <section className="section" aria-labelledby="similar-title">
      <h2 id="similar-title">{r.similarTitle}</h2>
      {similar.isError ? (
        <LoadError error={similar.error} onRetry={() => void similar.refetch()} />
      ) : pairs.length === 0 ? (
        <p>{r.similarNone}</p>
      ) : (
        <ul className="plain-list">
          {pairs.map(({ a, b }) => (
            <li key={`${a.id}-${b.id}`}>
              <Button
                variant="secondary"
                isPending={merge.isPending}
                onPress={() => merge.mutate({ sourceId: b.id, targetId: a.id })}
              >
                {r.merge(b.text, a.text)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

/** The facilitator's page for running a café live: the join code, rounds, voting and moderation. */
export function RunPage() {
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
          <Link to={`/cafes/${cafe.id}/projector`}>{r.projector}</Link>
        </p>
        <p className="secondary-text">{cafesStrings.board.participants(board.participants)}</p>
      </section>

      <section className="section" aria-labelledby="controls-title">
        <h2 id="controls-title">{r.controlsTitle}</h2>
        {round ? (
          <p>
            <strong>{cafesStrings.board.round(round.position, cafe.rounds.length)}:</strong> {round.question}
          </p>
        ) : null}
        {cafe.status === 'live' && cafe.roundEndsAt ? <RoundTimer endsAt={cafe.roundEndsAt} /> : null}
        <Controls board={board} onDone={setMessage} />
        <StatusMessage>{message || null}</StatusMessage>
      </section>

      {cafe.status === 'live' ? <QuickEntry board={board} onDone={setMessage} /> : null}

      <Duplicates board={board} onDone={setMessage} />

      {cafe.status !== 'planned' ? <CafePhotos cafe={cafe} /> : null}

      <Harvest cafeId={cafeId} onDone={setMessage} />

      <CafeTeam cafe={cafe} />
      <CafeSignUps cafe={cafe} />

      <section className="section" aria-labelledby="moderation-title">
        <h2 id="moderation-title">{r.moderationTitle}</h2>
        {board.ideas.length === 0 ? (
          <p>{r.moderationNone}</p>
        ) : (
          <ul className="cafe-ideas">
            {board.ideas.map((idea) => (
              <ModeratedIdea key={idea.id} idea={idea} board={board} onDone={setMessage} />
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
