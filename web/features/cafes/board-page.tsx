import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import { Link, useParams } from 'react-router';
import type { Board } from '../../../contracts/cafes.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { fieldId } from '../../lib/form-errors.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { useRegionTag } from '../../lib/i18n/i18n.js';
import { PairChooser, VoteControls } from './board-voting.js';
import { LiveNote, notJoined, useCafeBoard } from './live-board.js';
import { NativeField } from '../../components/native-field.js';
import { IdeaResult } from './results.js';
import { RoundTimer } from './round-timer.js';
import { loadSetAside, setAsideFor, withQueued, type CafeAction, type HelpBody } from './offline-queue.js';
import { boardPath, forgetCafe, isParticipantBoard, keepBoard, keptAt, loadKeptBoard } from './kept-board.js';
import { couldNotReach, useCafeActions, type SendResult } from './use-cafe-actions.js';
import { keepPageOffline } from '../../lib/offline-pages.js';
import './cafes.css';

const IDEA_FORM = 'add-idea';

const VOTING_LEADS = {
  dots: (t: Translate, board: Board) =>
    t('cafeBoard.dotsLead', {
      count: board.cafe.dotsPerPerson,
      stacking: board.cafe.allowStacking ? 'yes' : 'no',
    }),
  approval: (t: Translate) => t('cafeBoard.approvalLead'),
  pairwise: (t: Translate) => t('cafeBoard.pairwiseLead'),
  agreement: (t: Translate) => t('cafeBoard.agreementLead'),
} satisfies Record<Board['cafe']['votingMethod'], (t: Translate, board: Board) => string>;

/** What the phone holds of a participant's ideas that are not on the board yet. */
type IdeasHeld = {
  /** Typed offline, waiting to send. */
  waiting: string[];
  /**
   * Set aside: typed here but not sent as typed (see setAsideName); offered back, never sent unasked.
   * Only the words this person may read: typed from their seat, or said to be theirs.
   */
  setAside: string[];
  /** How many more are set aside here whose words this person may not read until they say so. */
  unclaimed: number;
  addSetAside: (text: string) => Promise<SendResult>;
  discardSetAside: (text: string) => void;
  /** "Were they yours?" answered: yes shows the words of the unclaimed ideas, no deletes them unread. */
  answerSetAside: ((mine: boolean) => void) | null;
};

/**
 * Ideas typed on this phone, not sent, and not typed from this person's seat: a phone in a room is
 * often shared, so only how many are told, and whoever is in the café here is asked whether they were
 * theirs. The words are shown only after "Yes"; "No" deletes them unread.
 */
function UnclaimedIdeas({ held }: { held: IdeasHeld }) {
  const t = useT();
  const [deleted, setDeleted] = useState('');
  const { unclaimed: count, answerSetAside: answer } = held;
  return (
    <>
      {count > 0 && answer ? (
        <div className="cafe-set-aside">
          <h3>{t('cafeBoard.setAsideAskTitle', { count })}</h3>
          <p>{t('cafeBoard.setAsideAsk', { count })}</p>
          <p className="secondary-text">{t('cafeBoard.setAsideAskHint', { count })}</p>
          <div className="button-group">
            <Button
              variant="secondary"
              onPress={() => {
                answer(true);
                setDeleted('');
                // The words appear in the list below, under its heading.
                setTimeout(() => document.getElementById(SET_ASIDE_TITLE)?.focus());
              }}
            >
              {t('cafeBoard.setAsideMine', { count })}
            </Button>
            <Button
              variant="secondary"
              onPress={() => {
                answer(false);
                setDeleted(t('cafeBoard.setAsideNotMineDone', { count }));
                document.getElementById(fieldId(IDEA_FORM, 'text'))?.focus();
              }}
            >
              {t('cafeBoard.setAsideNotMine', { count })}
            </Button>
          </div>
        </div>
      ) : null}
      <StatusMessage>{deleted || null}</StatusMessage>
    </>
  );
}

const SET_ASIDE_TITLE = 'cafe-set-aside-title';

/**
 * Ideas typed on this phone that were not sent as typed (the seat they were typed from was lost, and
 * the person joined again; or the café could not take them then), offered back: add each, or discard
 * it. Whichever is pressed, the idea box takes the keyboard next, as the list it was in may go.
 */
function SetAsideIdeas({ held }: { held: IdeasHeld }) {
  const t = useT();
  const [error, setError] = useState('');
  const [busy, setBusy] = useState('');
  const toBox = () => document.getElementById(fieldId(IDEA_FORM, 'text'))?.focus();
  const add = async (text: string) => {
    setBusy(text);
    const result = await held.addSetAside(text);
    setBusy('');
    setError(result.status === 'refused' ? result.message : '');
    if (result.status !== 'refused') toBox();
  };
  return (
    <>
      <UnclaimedIdeas held={held} />
      {held.setAside.length > 0 ? (
        <div className="cafe-set-aside">
          <h3 id={SET_ASIDE_TITLE} tabIndex={-1}>
            {t('cafeBoard.setAsideTitle', { count: held.setAside.length })}
          </h3>
          <p>{t('cafeBoard.setAsideLead', { count: held.setAside.length })}</p>
          {error ? (
            <p className="callout callout--error" role="alert">
              {error}
            </p>
          ) : null}
          <ul className="cafe-waiting">
            {held.setAside.map((text) => (
              <li key={text}>
                <p dir="auto">{text}</p>
                <div className="button-group">
                  <Button
                    variant="secondary"
                    isPending={busy === text}
                    pendingLabel={t('cafeBoard.addSubmitting')}
                    aria-label={t('cafeBoard.setAsideAdd', { idea: text })}
                    onPress={() => void add(text)}
                  >
                    {t('cafeBoard.setAsideAddShort')}
                  </Button>
                  <Button
                    variant="secondary"
                    aria-label={t('cafeBoard.setAsideDiscard', { idea: text })}
                    onPress={() => {
                      held.discardSetAside(text);
                      toBox();
                    }}
                  >
                    {t('cafeBoard.setAsideDiscardShort')}
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </>
  );
}

/** Adding an idea; one made while offline waits on the phone, listed here until it is sent. */
function AddIdea({ onAdd, held }: { onAdd: (text: string) => Promise<SendResult>; held: IdeasHeld }) {
  const t = useT();
  const { waiting } = held;
  const [error, setError] = useState<string | undefined>();
  const [done, setDone] = useState('');
  const [pending, setPending] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const onSubmit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    setDone('');
    if (text.length < 2) {
      setError(t('cafeBoard.addMissing'));
      document.getElementById(fieldId(IDEA_FORM, 'text'))?.focus();
      return;
    }
    setError(undefined);
    // The box empties at once, ready for the next idea; it gets the words back if they are refused.
    const input = event.currentTarget.elements.namedItem('text');
    formRef.current?.reset();
    setPending(true);
    const result = await onAdd(text);
    setPending(false);
    if (result.status === 'refused') {
      if (input instanceof HTMLInputElement && input.value === '') input.value = text;
      setError(result.message);
      return;
    }
    // Kept on the phone: the page's own note says it will send when the connection returns.
    if (result.status === 'sent') setDone(t('cafeBoard.added'));
  };
  return (
    <section className="section cafe-add" aria-labelledby="add-idea-title">
      <h2 id="add-idea-title" tabIndex={-1}>
        {t('cafeBoard.addTitle')}
      </h2>
      <form id={IDEA_FORM} ref={formRef} noValidate onSubmit={(e) => void onSubmit(e)} className="form">
        <NativeField
          id={fieldId(IDEA_FORM, 'text')}
          name="text"
          label={t('cafeBoard.addLabel')}
          hint={t('cafeBoard.addHint')}
          error={error}
          maxLength={280}
          autoComplete="off"
        />
        <Button type="submit" isPending={pending} pendingLabel={t('cafeBoard.addSubmitting')}>
          {t('cafeBoard.addSubmit')}
        </Button>
      </form>
      <StatusMessage>{done || null}</StatusMessage>
      <SetAsideIdeas held={held} />
      {waiting.length > 0 ? (
        <>
          <h3>{t('cafeBoard.offlineIdeasTitle')}</h3>
          <ul className="cafe-waiting">
            {waiting.map((text, index) => (
              <li key={`${index}-${text}`} dir="auto">
                {text}
              </li>
            ))}
          </ul>
        </>
      ) : null}
    </section>
  );
}

/**
 * Keeps a keyboard or screen reader user's place as the board changes under them. Arriving from the
 * join page, the layout focuses the loading heading, which the café's own heading then replaces; and
 * when voting opens or closes, the form or buttons they were using go away. In each case focus would
 * fall to the top of the page, so it moves to the heading of what has just appeared instead. Focus
 * moves only when what held it has gone: someone reading elsewhere on the page is left where they are.
 */
function useKeepFocus(page: RefObject<HTMLDivElement | null>, board: Board | undefined) {
  const loaded = board !== undefined;
  const votingOpen = board?.cafe.votingOpen;
  const live = board?.cafe.status === 'live';
  const seenVoting = useRef<boolean | undefined>(undefined);
  const lastFocused = useRef<Element | null>(null);
  useEffect(() => {
    const remember = (event: FocusEvent) => {
      lastFocused.current = event.target instanceof Element ? event.target : null;
    };
    document.addEventListener('focusin', remember);
    return () => document.removeEventListener('focusin', remember);
  }, []);
  const focusLost = () => {
    const active = document.activeElement;
    const gone = lastFocused.current !== null && !lastFocused.current.isConnected;
    return gone && (!active || active === document.body);
  };
  useEffect(() => {
    if (loaded && focusLost()) page.current?.querySelector<HTMLElement>('h1')?.focus();
  }, [loaded, page]);
  useEffect(() => {
    const before = seenVoting.current;
    seenVoting.current = votingOpen;
    if (before === undefined || votingOpen === undefined || before === votingOpen || !focusLost()) return;
    const target = votingOpen ? 'cafe-voting-title' : live ? 'add-idea-title' : 'cafe-ideas-title';
    document.getElementById(target)?.focus();
  }, [votingOpen, live]);
}

/**
 * The board this phone last showed, kept so that a reload with no connection still shows the room, and
 * the page itself, kept to open with no connection. Both are forgotten when the café closes or the
 * phone is no longer in it. Answers the kept board while the server cannot be reached and no fresher
 * one has arrived.
 */
function useKeptBoard(cafeId: string, query: ReturnType<typeof useCafeBoard>['query']) {
  const [kept] = useState(() => loadKeptBoard(cafeId));
  const { data, dataUpdatedAt, error } = query;
  const participant = data !== undefined && isParticipantBoard(data);
  const gone = query.isError && notJoined(error);
  useEffect(() => {
    if (data) keepBoard(cafeId, data, dataUpdatedAt);
  }, [cafeId, data, dataUpdatedAt]);
  useEffect(() => {
    if (participant) keepPageOffline(boardPath(cafeId));
  }, [cafeId, participant]);
  useEffect(() => {
    if (gone) forgetCafe(cafeId, { waiting: true });
  }, [cafeId, gone]);
  const unreachable =
    (query.isPending && query.fetchStatus === 'paused') || (query.isError && couldNotReach(error));
  return data || !unreachable ? undefined : kept;
}

/**
 * Whether this page has been told the phone is not in the café (any more): its board was fetched and
 * the server answered that it does not know the phone. A board fetched before, or sent by a live
 * socket opened before, is the old seat's, so once told the page shows the way to join again.
 */
function useSeatLost(query: ReturnType<typeof useCafeBoard>['query']): boolean {
  const [lost, setLost] = useState(false);
  const told = query.isError && notJoined(query.error) && query.data !== undefined;
  // Remembered as soon as it is seen (React renders again at once), so a live board arriving after
  // cannot put the old seat back.
  if (told && !lost) setLost(true);
  return lost || told;
}

/**
 * The phone is not in the café: why (what it could not send, if that is how it found out), the way to
 * join again, and that ideas typed here are kept to be added after joining.
 */
function NotInCafe({ cafeId, problem }: { cafeId: string; problem: string }) {
  const t = useT();
  const kept = loadSetAside(cafeId).length;
  return (
    <>
      <PageHeading>{t('cafeBoard.notJoinedTitle')}</PageHeading>
      {problem ? (
        <p className="callout callout--error" role="alert">
          {problem}
        </p>
      ) : null}
      <p>{t('cafeBoard.notJoinedBody')}</p>
      {kept > 0 ? <p>{t('cafeBoard.setAsideKept', { count: kept })}</p> : null}
      <p>
        <Link to="/join" className="button button--primary">
          {t('cafeBoard.notJoinedLink')}
        </Link>
      </p>
    </>
  );
}

/** The participant's board: the question, the timer, their table, ideas and voting, all live. */
export function BoardPage() {
  const t = useT();
  const tag = useRegionTag();
  const { cafeId = '' } = useParams();
  const { query, live, announcement } = useCafeBoard(cafeId);
  const offline = useKeptBoard(cafeId, query);
  const [actionError, setActionError] = useState('');
  const pageRef = useRef<HTMLDivElement>(null);
  useKeepFocus(pageRef, query.data ?? offline?.board);

  const actions = useCafeActions(cafeId, live === 'open');
  const seatLost = useSeatLost(query);
  const [helpSaved, setHelpSaved] = useState('');
  /** Votes, views and ticks: sent now, or kept on the phone until the connection returns. */
  const act = async (action: CafeAction) => {
    const result = await actions.send(action);
    setActionError(result.status === 'refused' ? result.message : '');
    return result;
  };
  const help = async (body: HelpBody) => {
    const result = await act({ kind: 'help', body });
    setHelpSaved(
      result.status !== 'sent' || body.contact === undefined
        ? ''
        : body.contact
          ? t('cafeBoard.helpContactSaved')
          : t('cafeBoard.helpContactRemoved'),
    );
  };

  const shown = query.data ?? offline?.board;
  if (seatLost) {
    // The board held may be this phone's old seat: it is not shown, whatever the live socket sends.
    return <NotInCafe cafeId={cafeId} problem={actions.problem} />;
  }
  if (!shown && !query.isError) {
    return (
      <>
        <PageHeading>{t('cafeBoard.loadingTitle')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (!shown) {
    if (notJoined(query.error) || live === 'refused')
      return <NotInCafe cafeId={cafeId} problem={actions.problem} />;
    return (
      <>
        <PageHeading>{t('cafeBoard.loadingTitle')}</PageHeading>
        <LoadError error={query.error} onRetry={() => void query.refetch()} />
      </>
    );
  }

  // The reader's own dots, views and ticks include those still waiting on the phone.
  const board = withQueued(shown, actions.queue);
  const { cafe, me } = board;
  const round = cafe.rounds.find((r) => r.position === cafe.currentRound);
  const table = me ? cafe.tables.find((t) => t.id === me.tableId) : undefined;
  const ideas = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  // Words set aside on this phone are shown only to the seat they were typed from or claimed by.
  const setAside = setAsideFor(actions.setAside, me?.participantId);

  return (
    <div className="cafe-board" ref={pageRef}>
      <PageHeading
        title={cafe.title}
        caption={
          round ? t('cafeBoard.round', { round: round.position, rounds: cafe.rounds.length }) : undefined
        }
      >
        {/* The café's own words, in whatever language and direction they were written. */}
        <bdi>{cafe.title}</bdi>
      </PageHeading>
      {offline ? (
        <p className="callout callout--offline">
          {t('cafeBoard.offlineBoard', { time: keptAt(offline, tag) })}
        </p>
      ) : (
        <LiveNote status={live} />
      )}
      <div role="status" className="visually-hidden">
        {announcement}
      </div>

      <div className="cafe-board__where">
        {me ? (
          <p className="cafe-board__table">{t('cafeBoard.yourTable', { table: me.tableNumber })}</p>
        ) : null}
        {table?.videoUrl ? (
          <p>
            <a href={table.videoUrl} target="_blank" rel="noreferrer" className="cafe-board__video">
              {t('cafeBoard.videoRoom', { table: table.number })}{' '}
              <span className="visually-hidden">{t('cafeBoard.opensInNewTab')}</span>
            </a>
          </p>
        ) : null}
        <p className="secondary-text">{t('cafeBoard.participants', { count: board.participants })}</p>
      </div>

      {cafe.status === 'planned' ? <p className="callout">{t('cafeBoard.notStarted')}</p> : null}
      {cafe.status === 'closed' ? <p className="callout">{t('cafeBoard.finished')}</p> : null}

      {cafe.status === 'live' && round && !cafe.votingOpen ? (
        <section className="cafe-question" aria-labelledby="cafe-question-title">
          <h2 id="cafe-question-title" className="cafe-question__label">
            {t('cafeBoard.question')}
          </h2>
          <p className="cafe-question__text" dir="auto">
            {round.question}
          </p>
        </section>
      ) : null}
      {cafe.status === 'live' && cafe.roundEndsAt ? <RoundTimer endsAt={cafe.roundEndsAt} /> : null}

      <StatusMessage>{actions.note || null}</StatusMessage>
      {actions.problem ? (
        <p className="callout callout--error" role="alert">
          {actions.problem}
        </p>
      ) : null}

      {cafe.status === 'live' && !cafe.votingOpen ? (
        <AddIdea
          onAdd={(text) => actions.send({ kind: 'idea', body: { text } })}
          held={{
            waiting: actions.queue.flatMap((a) => (a.kind === 'idea' ? [a.body.text] : [])),
            setAside: setAside.theirs.map((idea) => idea.text),
            unclaimed: setAside.unclaimed,
            addSetAside: actions.addSetAside,
            discardSetAside: actions.discardSetAside,
            answerSetAside: me ? (mine) => actions.answerSetAside(me.participantId, mine) : null,
          }}
        />
      ) : null}

      {cafe.votingOpen && me ? (
        <section className="section cafe-voting" aria-labelledby="cafe-voting-title">
          <h2 id="cafe-voting-title" tabIndex={-1}>
            {t('cafeBoard.votingTitle')}
          </h2>
          <p>{VOTING_LEADS[cafe.votingMethod](t, board)}</p>
          {cafe.votingMethod === 'dots' ? (
            <p className="cafe-voting__left" role="status">
              {t('cafeBoard.dotsLeft', { count: me.dotsLeft })}
            </p>
          ) : null}
          {cafe.votingMethod === 'pairwise' ? <PairChooser board={board} send={act} /> : null}
        </section>
      ) : null}
      <StatusMessage>{helpSaved || null}</StatusMessage>
      {actionError ? (
        <p className="callout callout--error" role="alert">
          {actionError}
        </p>
      ) : null}

      <section className="section" aria-labelledby="cafe-ideas-title">
        <h2 id="cafe-ideas-title" tabIndex={-1}>
          {t('cafeBoard.ideasTitle')}
        </h2>
        {ideas.length === 0 ? (
          <p>{t('cafeBoard.noIdeas')}</p>
        ) : (
          <ul className="cafe-ideas">
            {ideas.map((idea) => (
              <li key={idea.id} className="cafe-idea" data-idea-id={idea.id}>
                <p className="cafe-idea__text" dir="auto">
                  {idea.text}
                </p>
                <p className="cafe-idea__meta">
                  {t('cafeBoard.ideaMeta', { table: idea.tableNumber, round: idea.round })}
                  {idea.author ? ` · ${t('cafeBoard.by', { name: idea.author })}` : ''}
                </p>
                <IdeaResult board={board} idea={idea} />
                {cafe.status === 'live' ? (
                  <VoteControls
                    idea={idea}
                    board={board}
                    onVote={(ideaId, dots) => void act({ kind: 'vote', body: { ideaId, dots } })}
                    onStatement={(ideaId, value) =>
                      void act({ kind: 'statement', body: { ideaId, vote: value } })
                    }
                    onHelp={(ideaId, helping, contact) =>
                      void help(
                        contact === undefined
                          ? { ideaId, helping }
                          : { ideaId, helping, contact, ...(contact ? { consent: true } : {}) },
                      )
                    }
                  />
                ) : null}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  );
}
