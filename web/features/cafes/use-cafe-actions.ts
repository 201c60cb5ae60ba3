import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useRef, useState } from 'react';
import { apiRequest, errorText, isApiError } from '../../lib/api.js';
import { saveBeforeSignOut } from '../../lib/before-sign-out.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { boardKey, pairKey, schemas, storeBoard } from './cafe-api.js';
import {
  actionRequest,
  answerSetAside,
  loadQueue,
  loadSetAside,
  newRequestKey,
  participantHere,
  queueForHere,
  recheckHeld,
  saveQueue,
  saveSetAside,
  sendWaiting,
  touchesQueue,
  type CafeAction,
  type QueuedAction,
  type SetAsideIdea,
} from './offline-queue.js';

/** While something waits, try again this often even if the phone never says it is back online. */
const RETRY_MS = 15_000;

/** No answer came (offline, or a gateway between gave up): the action may be kept and sent again. */
export function couldNotReach(error: unknown): boolean {
  return isApiError(error) && [0, 502, 503, 504].includes(error.status);
}

/** Sent now, kept on the phone to send later, or refused by the café (with why, in words). */
export type SendResult = { status: 'sent' } | { status: 'saved' } | { status: 'refused'; message: string };

/**
 * A participant's votes, choices between pairs, ticks and ideas. Each is sent at once with its own Idempotency-Key; when the
 * connection is down it is kept on the phone and sent, in order, when the connection returns (the
 * phone says it is online again, the live board reconnects, the page opens again, or every 15
 * seconds while something waits). While anything waits, new actions queue behind it, so they reach
 * the server in the order they were made. Only what the person in the café on this phone now made is
 * ever sent: when someone else joins it in another tab, what this page held for the one before is
 * dropped (on the phone's `storage` event, and checked again before anything is sent).
 */
export function useCafeActions(cafeId: string, online: boolean) {
  const t = useT();
  const client = useQueryClient();
  const [queue, setQueue] = useState<QueuedAction[]>(() => loadQueue(cafeId));
  const [setAside, setSetAside] = useState<SetAsideIdea[]>(() => loadSetAside(cafeId));
  const [note, setNote] = useState('');
  const [problem, setProblem] = useState('');
  const queueRef = useRef(queue);
  const flushing = useRef(false);

  const update = useCallback(
    (next: QueuedAction[]) => {
      queueRef.current = next;
      saveQueue(cafeId, next);
      setQueue(next);
    },
    [cafeId],
  );

  /**
   * Holds what the phone keeps for the person here now, without saving over it; a note about what
   * the person before saved is theirs, and goes.
   */
  const hold = useCallback((next: QueuedAction[]) => {
    if (next.length < queueRef.current.length) setNote('');
    queueRef.current = next;
    setQueue(next);
  }, []);

  /** Holds what the phone keeps for the person here now, when someone else has joined since. */
  const recheck = useCallback(() => {
    recheckHeld(cafeId, { read: () => queueRef.current, hold });
  }, [cafeId, hold]);

  const post = useCallback(
    async (action: QueuedAction) => {
      const { path, options } = actionRequest(cafeId, action);
      if (action.kind === 'idea') {
        await apiRequest(path, schemas.created, options);
        void client.invalidateQueries({ queryKey: boardKey(cafeId) });
      } else if (action.kind === 'pair') {
        // The answer is the next pair to compare, chosen by the server from the whole room's choices.
        client.setQueryData(pairKey(cafeId), await apiRequest(path, schemas.pair, options));
      } else {
        storeBoard(client, cafeId, await apiRequest(path, schemas.board, options));
      }
    },
    [cafeId, client],
  );

  /** Sends what waits, oldest first, until it is all sent or the connection fails again. */
  const flush = useCallback(async () => {
    if (flushing.current || queueRef.current.length === 0) return;
    flushing.current = true;
    try {
      const held = { read: () => queueRef.current, hold, keep: update };
      const result = await sendWaiting(cafeId, held, { post, couldNotReach, describe: errorText });
      // Nothing was the person here's to send (what waited was the person before's): nothing to say.
      if (result === null || result.sent + result.refused.length === 0) return;
      const { refused } = result;
      if (refused.length > 0) {
        // The café refused something: the board is fetched again, so it shows where the phone stands
        // now (a seat it no longer holds, voting closed), and refused ideas are offered back.
        void client.invalidateQueries({ queryKey: boardKey(cafeId) });
        setSetAside(loadSetAside(cafeId));
      }
      setNote(refused.length === 0 ? t('cafeBoard.offlineSent') : '');
      // One reason said once, however many waiting actions it stopped (a seat this phone no longer holds).
      const reasons = [...new Set(refused)].join(' ');
      setProblem(refused.length === 0 ? '' : t('cafeBoard.offlineRefused', { detail: reasons }));
    } finally {
      flushing.current = false;
    }
  }, [cafeId, client, hold, post, update, t]);

  const send = useCallback(
    async (action: CafeAction): Promise<SendResult> => {
      recheck();
      const queued = { ...action, key: newRequestKey(), by: participantHere(cafeId) } as QueuedAction;
      const keep = () => {
        update([...queueRef.current, queued]);
        setNote(t('cafeBoard.offlineSaved', { count: queueRef.current.length }));
        setProblem('');
        return { status: 'saved' } as const;
      };
      if (queueRef.current.length > 0 || !navigator.onLine) return keep();
      try {
        await post(queued);
        setNote('');
        return { status: 'sent' };
      } catch (error) {
        if (couldNotReach(error)) return keep();
        return { status: 'refused', message: errorText(error) };
      }
    },
    [cafeId, post, recheck, update, t],
  );

  /** Lets an idea set aside go, from the phone too: it was added again, or the person discarded it. */
  const letGo = useCallback(
    (text: string) => {
      const next = loadSetAside(cafeId).filter((idea) => idea.text !== text);
      saveSetAside(cafeId, next);
      setSetAside(next);
    },
    [cafeId],
  );

  /** Adds an idea set aside: sent now or kept to send, it is no longer set aside; refused, it stays. */
  const addSetAside = useCallback(
    async (text: string): Promise<SendResult> => {
      const result = await send({ kind: 'idea', body: { text } });
      if (result.status !== 'refused') letGo(text);
      return result;
    },
    [send, letGo],
  );

  /**
   * The person in seat `participantId` answered whether the ideas set aside here they could not read
   * were theirs: yes shows them the words, no deletes them unread.
   */
  const answer = useCallback(
    (participantId: string, mine: boolean) => setSetAside(answerSetAside(cafeId, participantId, mine)),
    [cafeId],
  );

  useEffect(() => {
    // Another tab changed what waits, or who is in the café on this phone: hold what the phone keeps.
    const changed = (event: StorageEvent) => {
      if (event.storageArea !== localStorage || !touchesQueue(cafeId, event.key)) return;
      hold(queueForHere(cafeId, loadQueue(cafeId)));
      setSetAside(loadSetAside(cafeId));
    };
    window.addEventListener('storage', changed);
    return () => window.removeEventListener('storage', changed);
  }, [cafeId, hold]);
  useEffect(() => {
    if (online) void flush();
  }, [online, flush]);
  // Signing out sends what waits first; anything still not sent is asked about (cafes-at-sign-out.ts).
  useEffect(() => saveBeforeSignOut(flush), [flush]);
  useEffect(() => {
    const retry = () => void flush();
    window.addEventListener('online', retry);
    const timer = queue.length > 0 ? setInterval(retry, RETRY_MS) : undefined;
    return () => {
      window.removeEventListener('online', retry);
      if (timer) clearInterval(timer);
    };
  }, [flush, queue.length]);

  return {
    send,
    queue,
    note,
    problem,
    setAside,
    addSetAside,
    discardSetAside: letGo,
    answerSetAside: answer,
  };
}
