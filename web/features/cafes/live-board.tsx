import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Board } from '../../../contracts/cafes.js';
import { StatusMessage } from '../../components/status-message.js';
import { isApiError } from '../../lib/api.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { boardKey, fetchNewestBoard, mergeLiveBoard } from './cafe-api.js';
import { useBoardAnnouncer } from './use-announcer.js';
import { useLiveBoard, type LiveStatus } from './use-live-board.js';

/** The API answers 401 to someone who has not joined, and 404 for a café they may not see. */
export function notJoined(error: unknown): boolean {
  return isApiError(error, 401) || isApiError(error, 404);
}

/** Says politely when the live connection is being restored; silent while all is well. */
export function LiveNote({ status }: { status: LiveStatus }) {
  const t = useT();
  return <StatusMessage>{status === 'reconnecting' ? t('cafeBoard.reconnecting') : null}</StatusMessage>;
}

/**
 * A board that follows the live socket, keeping the reader's own `me` from their last fetch. The
 * facilitator's board also holds hidden and merged ideas, which the public live board leaves out, so
 * with `refetchOnLive` each live change fetches the reader's own board instead.
 */
export function useCafeBoard(cafeId: string, refetchOnLive = false) {
  const client = useQueryClient();
  const announcer = useBoardAnnouncer();
  const query = useQuery({
    queryKey: boardKey(cafeId),
    queryFn: () => fetchNewestBoard(client, cafeId),
    retry: (count, error) => !notJoined(error) && count < 2,
  });
  const live = useLiveBoard(
    cafeId,
    (board) => {
      if (refetchOnLive) void client.invalidateQueries({ queryKey: boardKey(cafeId) });
      else client.setQueryData<Board>(boardKey(cafeId), (current) => mergeLiveBoard(current, board));
      announcer.observe(board);
    },
    () => void client.invalidateQueries({ queryKey: boardKey(cafeId) }),
  );
  return { query, live, announcement: announcer.message };
}
