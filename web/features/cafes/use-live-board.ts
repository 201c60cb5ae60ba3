import { useEffect, useRef, useState } from 'react';
import { applyBoardChange, type BoardChange } from '../../../contracts/cafes.board-changes.js';
import type { Board } from '../../../contracts/cafes.js';
import { schemas } from './cafe-api.js';

export type LiveStatus = 'connecting' | 'open' | 'reconnecting' | 'refused';

const FIRST_DELAY_MS = 500;
const MAX_DELAY_MS = 15_000;
/** Closed by the server because the reader may not watch this café (NOT_WATCHING on the server). */
const NOT_JOINED = 4401;

/** A message from a live socket: its `type` says what the rest is. */
export type LiveMessage = { type: unknown; [field: string]: unknown };

/** The socket address on this origin: `ws:` or `wss:` to match the page. */
function liveUrl(path: string): string {
  const scheme = location.protocol === 'https:' ? 'wss:' : 'ws:';
  return `${scheme}//${location.host}${path}`;
}

/**
 * Follows a café's live board over a WebSocket. After a drop or a server restart it reconnects by
 * itself, waiting a little longer each time (with some jitter so a roomful of phones do not all
 * return at once), and calls `onReconnect` so the page can fetch what it missed. A large board comes
 * whole once, then as what changed; a change that does not follow from the board held (a message
 * missed) drops the socket, so it reconnects and everything is fetched again.
 */
export function useLiveBoard(
  cafeId: string,
  onBoard: (board: Board) => void,
  onReconnect: () => void,
): LiveStatus {
  const held = useRef<Board | undefined>(undefined);
  return useLiveSocket(
    `/api/cafes/${cafeId}/live`,
    (message, restart) => {
      let next: unknown;
      if (message.type === 'board' && 'board' in message) next = message.board;
      else if (message.type === 'change' && typeof message.from === 'number') {
        next = held.current && applyBoardChange(held.current, message as unknown as BoardChange);
        if (!next) {
          held.current = undefined;
          restart();
          return;
        }
      } else return;
      const parsed = schemas.board.safeParse(next);
      if (!parsed.success) return;
      held.current = parsed.data;
      onBoard(parsed.data);
    },
    () => {
      held.current = undefined;
      onReconnect();
    },
  );
}

/**
 * Follows one of the café's live sockets (`path` on this origin), handing each message on as it
 * comes, reconnecting after a drop as `useLiveBoard` describes. 'refused' when the server closes it
 * because the reader may not watch (not joined, or a table-host link that no longer works).
 */
export function useLiveSocket(
  path: string,
  /** `restart` drops the socket so it reconnects (and `onReconnect` fetches what was missed). */
  onMessage: (message: LiveMessage, restart: () => void) => void,
  onReconnect: () => void,
): LiveStatus {
  const [status, setStatus] = useState<LiveStatus>('connecting');
  const handlers = useRef({ onMessage, onReconnect });
  useEffect(() => {
    handlers.current = { onMessage, onReconnect };
  });

  useEffect(() => {
    let socket: WebSocket | undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let attempt = 0;
    let stopped = false;
    let everOpened = false;

    const connect = () => {
      if (stopped) return;
      const current = new WebSocket(liveUrl(path));
      socket = current;
      current.addEventListener('open', () => {
        attempt = 0;
        setStatus('open');
        if (everOpened) handlers.current.onReconnect();
        everOpened = true;
      });
      current.addEventListener('message', (event: MessageEvent) => {
        if (typeof event.data !== 'string') return;
        let message: unknown;
        try {
          message = JSON.parse(event.data);
        } catch {
          return;
        }
        if (typeof message !== 'object' || message === null || !('type' in message)) return;
        if (!stopped)
          handlers.current.onMessage(message as LiveMessage, () => current.close(4000, 'Missed a change'));
      });
      current.addEventListener('close', (event: CloseEvent) => {
        if (stopped || socket !== current) return;
        if (event.code === NOT_JOINED) {
          setStatus('refused');
          return;
        }
        setStatus('reconnecting');
        const delay = Math.min(MAX_DELAY_MS, FIRST_DELAY_MS * 2 ** attempt);
        attempt += 1;
        timer = setTimeout(connect, delay / 2 + Math.random() * (delay / 2));
      });
    };

    // Come back at once when the phone wakes up or its connection returns.
    const retryNow = () => {
      if (stopped || !socket || socket.readyState !== WebSocket.CLOSED) return;
      if (timer) clearTimeout(timer);
      attempt = 0;
      connect();
    };
    window.addEventListener('online', retryNow);
    document.addEventListener('visibilitychange', retryNow);
    connect();

    return () => {
      stopped = true;
      if (timer) clearTimeout(timer);
      window.removeEventListener('online', retryNow);
      document.removeEventListener('visibilitychange', retryNow);
      socket?.close(1000, 'Leaving the page');
    };
  }, [path]);

  return status;
}
