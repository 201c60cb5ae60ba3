import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useMemo, useState, type FormEvent } from 'react';
import type { Board, Idea } from '../../../contracts/cafes.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest } from '../../lib/api.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { pairKey, schemas } from './cafe-api.js';
import {
  loadAnswered,
  nextPairOnPhone,
  pairName,
  saveAnswered,
  type CafeAction,
  type PairBody,
} from './offline-queue.js';
import { keepPair, loadKeptPair } from './kept-board.js';
import { couldNotReach, type SendResult } from './use-cafe-actions.js';

// The participant's voting controls. Like the rest of the live board, they call the API by path with
// the lazily loaded schemas (see cafe-api.ts), so a phone in the room gets a light page.

const STATEMENT_CHOICES = [
  { vote: 1, label: 'cafeBoard.agree' },
  { vote: -1, label: 'cafeBoard.disagree' },
  { vote: 0, label: 'cafeBoard.pass' },
] as const;

/** Agree / disagree / pass on one statement: three buttons, one of them pressed. */
function StatementVote({
  idea,
  current,
  onVote,
}: {
  idea: Idea;
  current: number | undefined;
  onVote: (vote: 1 | -1 | 0) => void;
}) {
  const t = useT();
  return (
    <div
      role="group"
      aria-label={t('cafeBoard.statementGroup', { text: idea.text })}
      className="cafe-vote__statement"
    >
      {STATEMENT_CHOICES.map((choice) => (
        <button
          key={choice.vote}
          type="button"
          className="cafe-toggle"
          aria-pressed={current === choice.vote}
          onClick={() => onVote(choice.vote)}
        >
          <span aria-hidden="true">{current === choice.vote ? '✓ ' : ''}</span>
          {t(choice.label)}
        </button>
      ))}
    </div>
  );
}

/**
 * Pairwise comparison: two ideas side by side, pick the one that matters more. The next pair comes
 * back with the answer, so a slow phone makes one request per choice. With the connection down, the
 * choice is kept on the phone like a vote and the next pair is picked on the phone from the pairs it
 * has not answered yet.
 */
export function PairChooser({
  board,
  send,
}: {
  board: Board;
  send: (action: CafeAction) => Promise<SendResult>;
}) {
  const t = useT();
  const cafeId = board.cafe.id;
  const client = useQueryClient();
  const [saved, setSaved] = useState('');
  const [sending, setSending] = useState(false);
  /** The pairs answered on this phone, sent or waiting, so it never offers one again, even after a reload. */
  const [answered] = useState(() => loadAnswered(cafeId));
  const pair = useQuery({
    queryKey: pairKey(cafeId),
    queryFn: () => apiRequest(`/api/cafes/${cafeId}/pair`, schemas.pair),
  });
  /** The pair offered when the page was last open, for a reload with no connection. */
  const [kept] = useState(() => loadKeptPair(cafeId));
  useEffect(() => {
    if (pair.data !== undefined) keepPair(cafeId, pair.data);
  }, [cafeId, pair.data]);
  const byId = new Map(board.ideas.map((i) => [i.id, i]));
  const standing = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  const unreachable =
    (pair.isPending && pair.fetchStatus === 'paused') || (pair.isError && couldNotReach(pair.error));
  // With no connection, the kept pair if it is still unanswered, or one picked on the phone (once, so
  // it stays put while the page draws again).
  const offline = useMemo(() => {
    if (!unreachable) return undefined;
    if (kept === null || (kept && !answered.has(pairName(kept.leftId, kept.rightId)))) return kept;
    const ideas = board.ideas.filter((i) => !i.hidden && !i.mergedInto).map((i) => i.id);
    return nextPairOnPhone(ideas, answered);
  }, [unreachable, kept, answered, board.ideas]);
  const offered = pair.data !== undefined ? pair.data : offline;
  if (offered === undefined) {
    if (pair.isError) return <LoadError error={pair.error} onRetry={() => void pair.refetch()} />;
    return <Loading />;
  }
  const left = offered ? byId.get(offered.leftId) : undefined;
  const right = offered ? byId.get(offered.rightId) : undefined;
  if (!offered || !left || !right) {
    return (
      <>
        <p>{standing.length < 2 ? t('cafeBoard.pairTooFew') : t('cafeBoard.pairDone')}</p>
        <StatusMessage>{saved || null}</StatusMessage>
      </>
    );
  }
  const choose = async (choice: PairBody['choice']) => {
    if (sending) return;
    setSending(true);
    const name = pairName(left.id, right.id);
    answered.add(name);
    saveAnswered(cafeId, answered);
    try {
      const result = await send({ kind: 'pair', body: { leftId: left.id, rightId: right.id, choice } });
      if (result.status === 'saved') {
        const next = nextPairOnPhone(
          standing.map((i) => i.id),
          answered,
        );
        client.setQueryData(pairKey(cafeId), next);
        setSaved(next ? t('cafeBoard.pairSavedOnPhone') : t('cafeBoard.pairSavedOnPhoneLast'));
      } else if (result.status === 'sent') {
        setSaved(t('cafeBoard.pairRecorded'));
      } else {
        // Refused (voting closed, an idea hidden): the page says why, and the pair may be offered again.
        answered.delete(name);
        saveAnswered(cafeId, answered);
        setSaved('');
      }
    } finally {
      setSending(false);
    }
  };
  return (
    <div className="cafe-pair" aria-labelledby="cafe-pair-title">
      <h3 id="cafe-pair-title">{t('cafeBoard.pairTitle')}</h3>
      <div className="cafe-pair__choices">
        {[
          { idea: left, choice: 'left' as const },
          { idea: right, choice: 'right' as const },
        ].map(({ idea, choice }) => (
          // Keyed by side, not idea, so focus stays on the button as the next pair arrives.
          <button
            key={choice}
            type="button"
            className="cafe-pair__choice"
            aria-label={t('cafeBoard.pairChoose', { text: idea.text })}
            aria-disabled={sending || undefined}
            onClick={() => void choose(choice)}
          >
            <bdi>{idea.text}</bdi>
          </button>
        ))}
      </div>
      <Button variant="secondary" isPending={sending} onPress={() => void choose('cant_decide')}>
        {t('cafeBoard.pairCantDecide')}
      </Button>
      <StatusMessage>{saved || null}</StatusMessage>
    </div>
  );
}

/**
 * Under a ticked "I'd help": someone may leave an email or mobile number for the organisers to ask
 * them about it, agreeing in plain words first; or take back one they left.
 */
function HelpContact({
  idea,
  shared,
  onSave,
}: {
  idea: Idea;
  shared: boolean;
  onSave: (contact: string | null) => void;
}) {
  const t = useT();
  const [error, setError] = useState<{ field: 'contact' | 'consent'; message: string } | undefined>();
  const id = `help-contact-${idea.id}`;
  if (shared) {
    return (
      <div className="cafe-help">
        <p className="cafe-help__shared">{t('cafeBoard.helpContactShared')}</p>
        <button type="button" className="cafe-toggle" onClick={() => onSave(null)}>
          {t('cafeBoard.helpContactRemove')}
        </button>
      </div>
    );
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const contact = String(form.get('contact') ?? '').trim();
    const problem =
      contact === ''
        ? { field: 'contact' as const, message: t('cafeBoard.helpContactMissing') }
        : form.get('consent') !== 'on'
          ? { field: 'consent' as const, message: t('cafeBoard.helpContactNoConsent') }
          : undefined;
    setError(problem);
    if (problem) {
      document.getElementById(`${id}-${problem.field}`)?.focus();
      return;
    }
    onSave(contact);
  };
  return (
    <details className="cafe-help">
      <summary>{t('cafeBoard.helpContactOpen')}</summary>
      <form
        noValidate
        onSubmit={onSubmit}
        className="form cafe-help__form"
        aria-label={t('cafeBoard.helpContactOpen')}
      >
        <NativeField
          id={`${id}-contact`}
          name="contact"
          label={t('cafeBoard.helpContactLabel')}
          hint={t('cafeBoard.helpContactHint')}
          error={error?.field === 'contact' ? error.message : undefined}
          maxLength={120}
          autoComplete="email"
          dir="ltr"
        />
        <div className="field" data-invalid={error?.field === 'consent' ? '' : undefined}>
          {error?.field === 'consent' ? (
            <p className="field__error" id={`${id}-consent-error`}>
              {error.message}
            </p>
          ) : null}
          <label className="checkbox" htmlFor={`${id}-consent`}>
            <input
              id={`${id}-consent`}
              type="checkbox"
              name="consent"
              aria-describedby={error?.field === 'consent' ? `${id}-consent-error` : undefined}
            />
            {t('cafeBoard.helpContactConsent')}
          </label>
        </div>
        <Button type="submit" variant="secondary">
          {t('cafeBoard.helpContactSave')}
        </Button>
      </form>
    </details>
  );
}

interface VoteControlsProps {
  idea: Idea;
  board: Board;
  onVote: (ideaId: string, dots: number) => void;
  onStatement: (ideaId: string, vote: 1 | -1 | 0) => void;
  onHelp: (ideaId: string, helping: boolean, contact?: string | null) => void;
}

export function VoteControls({ idea, board, onVote, onStatement, onHelp }: VoteControlsProps) {
  const t = useT();
  const me = board.me;
  if (!me) return null;
  const mine = me.votes[idea.id] ?? 0;
  const helping = me.helping.includes(idea.id);
  const perIdea = board.cafe.allowStacking ? board.cafe.dotsPerPerson : 1;
  return (
    <div className="cafe-vote">
      {board.cafe.votingOpen && board.cafe.votingMethod === 'dots' ? (
        <div className="cafe-vote__dots">
          <button
            type="button"
            className="cafe-vote__step"
            aria-label={t('cafeBoard.removeDot', { text: idea.text })}
            disabled={mine === 0}
            onClick={() => onVote(idea.id, mine - 1)}
          >
            −
          </button>
          <span className="cafe-vote__mine">{t('cafeBoard.yourDots', { count: mine })}</span>
          <button
            type="button"
            className="cafe-vote__step"
            aria-label={t('cafeBoard.addDot', { text: idea.text })}
            disabled={me.dotsLeft === 0 || mine >= perIdea}
            onClick={() => onVote(idea.id, mine + 1)}
          >
            +
          </button>
        </div>
      ) : null}
      {board.cafe.votingOpen && board.cafe.votingMethod === 'approval' ? (
        <button
          type="button"
          className="cafe-toggle"
          aria-pressed={mine > 0}
          aria-label={t('cafeBoard.approveLabel', { text: idea.text })}
          onClick={() => onVote(idea.id, mine > 0 ? 0 : 1)}
        >
          <span aria-hidden="true">{mine > 0 ? '✓ ' : ''}</span>
          {t('cafeBoard.approve')}
        </button>
      ) : null}
      {board.cafe.votingOpen && board.cafe.votingMethod === 'agreement' ? (
        <StatementVote
          idea={idea}
          current={me.statementVotes[idea.id]}
          onVote={(value) => onStatement(idea.id, value)}
        />
      ) : null}
      <button
        type="button"
        className="cafe-toggle"
        aria-pressed={helping}
        aria-label={t('cafeBoard.helpLabel', { text: idea.text })}
        onClick={() => onHelp(idea.id, !helping)}
      >
        <span aria-hidden="true">{helping ? '✓ ' : ''}</span>
        {t('cafeBoard.help')}
      </button>
      {helping ? (
        <HelpContact
          idea={idea}
          shared={me.helpingWithContact.includes(idea.id)}
          onSave={(contact) => onHelp(idea.id, true, contact)}
        />
      ) : null}
    </div>
  );
}
