import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useNavigate, useParams } from 'react-router';
import type { TableHostView } from '../../../contracts/cafes.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { PageHeading } from '../../components/page-heading.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, errorText, isApiError } from '../../lib/api.js';
import { fieldId } from '../../lib/form-errors.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { keepNewest, newer, schemas, tableHostKey } from './cafe-api.js';
import { LiveNote } from './live-board.js';
import { useLiveSocket } from './use-live-board.js';
import './cafes.css';

const ADD_FORM = 'host-add';
const CODE_FORM = 'host-code';
/** A host code's shape, as TableHostCodeSchema checks it on the server. */
const CODE = /^[A-HJKMNP-Z2-9]{12}$/;
/** The key in a table-host link, as TableHostKeySchema checks it on the server. */
const KEY = /^[A-Za-z0-9_-]{43}$/;
/** While the live connection is down, the page looks again this often instead. */
const REFRESH_MS = 15_000;

type HostIdea = TableHostView['ideas'][number];
/** What the host just did, shown where they did it; focus moves to it. */
type Result = { where: string; text: string };

/**
 * The problem with a form's one field: `check` shows the problem found before sending (or clears it)
 * and answers whether to send; `show` shows the server's. Either moves focus to the field, so someone
 * on a keyboard or a screen reader lands on what to fix.
 */
function useFieldError(form: string, field: string) {
  const [error, setError] = useState<string | undefined>();
  const show = (message: string) => {
    setError(message);
    document.getElementById(fieldId(form, field))?.focus();
  };
  const check = (problem: string | undefined) => {
    if (problem === undefined) setError(undefined);
    else show(problem);
    return problem === undefined;
  };
  return { error, show, check };
}

/** How long a live region is in the page, empty, before words go in: time for a screen reader to meet it. */
const REGION_SETTLE_MS = 100;

/**
 * What a live region says, put in only once the region is in the page: on the render that first
 * shows the region it is empty, and `text` goes in a moment after. A screen reader announces words
 * that change in a region it already knows, and may say nothing of a region that arrives with its
 * words, as the host's page would when it loads with voting already open.
 */
function useSaidInPlace(text: string | null): string | null {
  const [said, setSaid] = useState<string | null>(null);
  useEffect(() => {
    const timer = setTimeout(() => setSaid(text), REGION_SETTLE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return said;
}

/**
 * Public: opens a table-host link (`/table-host#<key>`), or a code typed from the host slip at
 * `/table-host`. The key is after the `#`, so it never reaches a server's logs; either is traded for
 * this café's table-host cookie (as joining trades a code for a participant's), then the page moves
 * to the table's own address and the key leaves the address bar.
 */
export function OpenTableHostPage() {
  const t = useT();
  const navigate = useNavigate();
  const [key] = useState(() => location.hash.replace(/^#/, ''));
  const codeField = useFieldError(CODE_FORM, 'code');
  const open = useMutation({
    mutationFn: (body: { key: string } | { code: string }) =>
      apiRequest('/api/cafes/table-host', schemas.openTableHost, { method: 'POST', body }),
    onSuccess: (opened) => void navigate(`/cafes/${opened.cafeId}/table-host`, { replace: true }),
    onError: (error) => codeField.show(errorText(error)),
  });
  const { mutate } = open;
  const withKey = KEY.test(key);
  useEffect(() => {
    if (withKey) mutate({ key });
  }, [key, withKey, mutate]);

  if (withKey) {
    return open.isError ? (
      <div className="narrow">
        <PageHeading>{t('cafeBoard.host.stoppedTitle')}</PageHeading>
        <p>{errorText(open.error)}</p>
      </div>
    ) : (
      <Loading label={t('cafeBoard.host.opening')} />
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const code = String(new FormData(event.currentTarget).get('code') ?? '')
      .trim()
      .toUpperCase()
      .replace(/[\s-]/g, '');
    const problem =
      code === ''
        ? t('cafeBoard.host.codeMissing')
        : CODE.test(code)
          ? undefined
          : t('cafeBoard.host.codeInvalid');
    if (codeField.check(problem)) {
      mutate({ code });
    }
  };
  return (
    <div className="narrow">
      <PageHeading hasErrors={codeField.error !== undefined}>{t('cafeBoard.host.codeTitle')}</PageHeading>
      <p>{t('cafeBoard.host.codeLead')}</p>
      <form id={CODE_FORM} noValidate onSubmit={onSubmit} className="form">
        <NativeField
          id={fieldId(CODE_FORM, 'code')}
          name="code"
          label={t('cafeBoard.host.codeLabel')}
          hint={t('cafeBoard.host.codeHint')}
          error={codeField.error}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          maxLength={20}
          dir="ltr"
        />
        <Button type="submit" isPending={open.isPending} pendingLabel={t('cafeBoard.host.opening')}>
          {t('cafeBoard.host.codeSubmit')}
        </Button>
      </form>
    </div>
  );
}

/** The paper count of an idea in words, apart from its phone votes. */
function countsLine(t: Translate, idea: HostIdea): string {
  const phone = t('cafeBoard.host.phoneVotes', { dots: idea.dots, phones: idea.voters });
  return idea.paperVotes > 0
    ? `${phone}; ${t('cafeBoard.paper', { count: idea.paperVotes, kind: idea.paperKind ?? 'dots' })}`
    : phone;
}

/** Where the outcome of an action shows; it takes focus when it appears, so nobody loses their place. */
function ResultNote({ result, where }: { result: Result | null; where: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  const shown = result?.where === where ? result : null;
  useEffect(() => {
    if (shown) ref.current?.focus();
  }, [shown]);
  return shown ? (
    <p ref={ref} tabIndex={-1} className="cafe-host__result">
      {shown.text}
    </p>
  ) : null;
}

/** One of the table's ideas: its counts, "Count sticker dots" and "Hide this". */
function HostIdeaItem({
  idea,
  cafeId,
  result,
  onResult,
}: {
  idea: HostIdea;
  cafeId: string;
  result: Result | null;
  onResult: (result: Result) => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const countForm = `host-count-${idea.id}`;
  const hideForm = `host-hide-${idea.id}`;
  const countField = useFieldError(countForm, 'count');
  const hideField = useFieldError(hideForm, 'reason');
  const path = `/api/cafes/${cafeId}/table-host/ideas/${idea.id}`;
  const store = (view: TableHostView) =>
    client.setQueryData<TableHostView>(tableHostKey(cafeId), (current) => newer(current, view));

  const count = useMutation({
    mutationFn: (body: { count: number; kind: 'dots' | 'hands' }) =>
      apiRequest(`${path}/paper-votes`, schemas.tableHostView, { method: 'PUT', body }),
    onSuccess: (view, body) => {
      store(view);
      onResult({
        where: idea.id,
        text:
          body.count === 0
            ? t('cafeBoard.host.countedNone', { text: idea.text })
            : t('cafeBoard.host.counted', {
                text: idea.text,
                paper: t('cafeBoard.paper', { count: body.count, kind: body.kind }),
              }),
      });
    },
    onError: (error) => countField.show(errorText(error)),
  });
  const hide = useMutation({
    mutationFn: (body: { reason: string }) =>
      apiRequest(`${path}/hide`, schemas.tableHostView, { method: 'POST', body }),
    onSuccess: (view) => {
      store(view);
      onResult({ where: idea.id, text: t('cafeBoard.host.hiddenDone', { text: idea.text }) });
    },
    onError: (error) => hideField.show(errorText(error)),
  });

  const onCount = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('count') ?? '').trim();
    const value = Number(text);
    const valid = text !== '' && Number.isInteger(value) && value >= 0 && value <= 1000;
    if (countField.check(valid ? undefined : t('cafeBoard.host.countInvalid'))) {
      count.mutate({ count: value, kind: form.get('kind') === 'hands' ? 'hands' : 'dots' });
    }
  };
  const onHide = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const reason = String(new FormData(event.currentTarget).get('reason') ?? '').trim();
    if (hideField.check(reason.length < 3 ? t('cafeBoard.host.hideMissing') : undefined))
      hide.mutate({ reason });
  };

  return (
    <li className={idea.hidden ? 'cafe-idea cafe-idea--hidden' : 'cafe-idea'}>
      <p className="cafe-idea__text">{idea.text}</p>
      <p className="cafe-idea__meta">{t('cafeBoard.host.round', { round: idea.round })}</p>
      {idea.hidden ? (
        <p className="cafe-idea__counts">
          {idea.hiddenReason
            ? t('cafeBoard.host.hiddenBecause', { reason: idea.hiddenReason })
            : t('cafeBoard.host.hiddenByFacilitator')}
        </p>
      ) : (
        <>
          <p className="cafe-idea__counts">{countsLine(t, idea)}</p>
          <details className="cafe-paper">
            <summary>{t('cafeBoard.host.countTitle')}</summary>
            <form
              id={countForm}
              noValidate
              onSubmit={onCount}
              className="cafe-quick"
              aria-label={t('cafeBoard.host.countFor', { text: idea.text })}
            >
              <NativeField
                id={fieldId(countForm, 'count')}
                name="count"
                type="number"
                inputMode="numeric"
                label={t('cafeBoard.host.countLabel')}
                hint={t('cafeBoard.host.countHint')}
                error={countField.error}
                defaultValue={String(idea.paperVotes)}
                min={0}
                max={1000}
              />
              <SelectField
                id={fieldId(countForm, 'kind')}
                name="kind"
                label={t('cafeBoard.host.countKind')}
                options={[
                  { value: 'dots', label: t('cafeBoard.host.kindDots') },
                  { value: 'hands', label: t('cafeBoard.host.kindHands') },
                ]}
                defaultValue={idea.paperKind ?? 'dots'}
              />
              <Button
                type="submit"
                variant="secondary"
                isPending={count.isPending}
                pendingLabel={t('cafeBoard.host.saving')}
                aria-label={t('cafeBoard.host.countSaveLabel', { text: idea.text })}
              >
                {t('cafeBoard.host.countSave')}
              </Button>
            </form>
          </details>
          <details className="cafe-paper">
            <summary>{t('cafeBoard.host.hideTitle')}</summary>
            <form
              id={hideForm}
              noValidate
              onSubmit={onHide}
              className="cafe-quick"
              aria-label={t('cafeBoard.host.hideFor', { text: idea.text })}
            >
              <p>{t('cafeBoard.host.hideLead')}</p>
              <NativeField
                id={fieldId(hideForm, 'reason')}
                name="reason"
                label={t('cafeBoard.host.hideReason')}
                hint={t('cafeBoard.host.hideHint')}
                error={hideField.error}
                maxLength={200}
                autoComplete="off"
                dir="auto"
              />
              <Button
                type="submit"
                variant="warning"
                isPending={hide.isPending}
                pendingLabel={t('cafeBoard.host.saving')}
                aria-label={t('cafeBoard.host.hideFor', { text: idea.text })}
              >
                {t('cafeBoard.host.hideTitle')}
              </Button>
            </form>
          </details>
        </>
      )}
      <ResultNote result={result} where={idea.id} />
    </li>
  );
}

/**
 * Public, for the holder of a table's host link (its cookie): their own table, phone first. They add
 * what their table said on paper, count its sticker dots and hide what breaks the etiquette. Nothing
 * here names who said what, and no other table shows.
 */
export function TableHostPage() {
  const t = useT();
  const { cafeId = '' } = useParams();
  const client = useQueryClient();
  const [result, setResult] = useState<Result | null>(null);
  const addField = useFieldError(ADD_FORM, 'text');
  const formRef = useRef<HTMLFormElement>(null);
  // The table follows the café live (an idea added or hidden anywhere, voting opened); a link that
  // stops working ends the connection, and the page fetches again to say so.
  const refresh = () => void client.invalidateQueries({ queryKey: tableHostKey(cafeId) });
  const live = useLiveSocket(
    `/api/cafes/${cafeId}/table-host/live`,
    (message) => {
      if (message.type !== 'view' || !('view' in message)) return;
      void schemas.tableHostView().then((schema) => {
        const parsed = schema.safeParse(message.view);
        if (parsed.success)
          client.setQueryData<TableHostView>(tableHostKey(cafeId), (current) => newer(current, parsed.data));
      });
    },
    refresh,
  );
  useEffect(() => {
    if (live === 'refused') refresh();
    // Only when the server refuses the connection, not on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [live]);
  const query = useQuery({
    queryKey: tableHostKey(cafeId),
    // A fetch begun before a live change can answer after it: the view held is read once the answer
    // is in, and the newer of the two kept.
    queryFn: () =>
      keepNewest(
        client,
        tableHostKey(cafeId),
        apiRequest(`/api/cafes/${cafeId}/table-host`, schemas.tableHostView),
      ),
    // Polling only while the live connection is down.
    refetchInterval: live === 'open' ? false : REFRESH_MS,
    retry: (failures, error) => !isApiError(error) && failures < 2,
  });
  const votingNote = useSaidInPlace(
    query.data?.cafe.status === 'live' && query.data.cafe.votingOpen ? t('cafeBoard.host.votingOpen') : null,
  );
  const add = useMutation({
    mutationFn: (body: { text: string }) =>
      apiRequest(`/api/cafes/${cafeId}/table-host/ideas`, schemas.created, { method: 'POST', body }),
    onSuccess: async (_created, body) => {
      formRef.current?.reset();
      await client.invalidateQueries({ queryKey: tableHostKey(cafeId) });
      setResult({ where: 'add', text: t('cafeBoard.host.added', { text: body.text }) });
    },
    onError: (error) => addField.show(errorText(error)),
  });

  if (query.isPending) return <Loading />;
  if (query.isError) {
    if (isApiError(query.error, 401) || isApiError(query.error, 404)) {
      return (
        <div className="narrow">
          <PageHeading>{t('cafeBoard.host.stoppedTitle')}</PageHeading>
          <p>{errorText(query.error)}</p>
        </div>
      );
    }
    return <LoadError error={query.error} onRetry={() => void query.refetch()} />;
  }
  const view = query.data;
  const { cafe } = view;

  const onAdd = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    if (addField.check(text.length < 2 ? t('cafeBoard.host.addMissing') : undefined)) add.mutate({ text });
  };

  return (
    <div className="narrow cafe-host">
      <PageHeading
        title={t('cafeBoard.host.tabTitle', { cafe: cafe.title })}
        caption={t('cafeBoard.host.caption', { table: view.tableNumber })}
      >
        {t('cafeBoard.host.title')}
      </PageHeading>
      <p className="lead">{cafe.title}</p>
      <p>{t('cafeBoard.host.lead')}</p>
      {cafe.status === 'planned' ? <p className="callout">{t('cafeBoard.host.notStarted')}</p> : null}
      <LiveNote status={live} />
      <StatusMessage>{votingNote}</StatusMessage>
      {cafe.question ? (
        <p>
          <strong>{t('cafeBoard.host.round', { round: cafe.currentRound })}:</strong> {cafe.question}
        </p>
      ) : null}

      {cafe.status === 'live' ? (
        <section className="section" aria-labelledby="host-add-title">
          <h2 id="host-add-title">{t('cafeBoard.host.addTitle')}</h2>
          <form id={ADD_FORM} ref={formRef} noValidate onSubmit={onAdd} className="form">
            <NativeField
              id={fieldId(ADD_FORM, 'text')}
              name="text"
              label={t('cafeBoard.host.addLabel')}
              hint={t('cafeBoard.host.addHint')}
              error={addField.error}
              maxLength={280}
              autoComplete="off"
              dir="auto"
            />
            <Button type="submit" isPending={add.isPending} pendingLabel={t('cafeBoard.host.saving')}>
              {t('cafeBoard.host.addSubmit')}
            </Button>
          </form>
          <ResultNote result={result} where="add" />
        </section>
      ) : null}

      <section className="section" aria-labelledby="host-ideas-title">
        <h2 id="host-ideas-title">{t('cafeBoard.host.ideasTitle')}</h2>
        {view.ideas.length === 0 ? (
          <p>{t('cafeBoard.host.noIdeas')}</p>
        ) : (
          <ul className="cafe-ideas">
            {view.ideas.map((idea) => (
              <HostIdeaItem key={idea.id} idea={idea} cafeId={cafe.id} result={result} onResult={setResult} />
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
