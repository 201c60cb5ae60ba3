import { useCallback, useEffect, useRef, useState } from 'react';
import type { Board } from '../../../contracts/cafes.js';
import { useT } from '../../lib/i18n/cafe-board.js';

/** Results are summed up at most this often, so a roomful of votes is not read out one by one. */
const RESULTS_QUIET_MS = 5000;

function standing(board: Board) {
  return board.ideas.filter((i) => !i.hidden && !i.mergedInto);
}

function totalDots(board: Board): number {
  return standing(board).reduce((sum, idea) => sum + idea.dots + idea.helpers, 0);
}

/**
 * What a polite live region says as the board changes: new ideas, a new round, voting opening and
 * closing, and now and then a short summary of the results.
 */
export function useBoardAnnouncer() {
  const [message, setMessage] = useState('');
  const previous = useRef<Board | null>(null);
  const latest = useRef<Board | null>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const t = useT();

  useEffect(() => () => clearTimeout(timer.current), []);

  const observe = useCallback(
    (next: Board) => {
      const before = previous.current;
      previous.current = next;
      latest.current = next;
      if (!before || before.cafe.id !== next.cafe.id) return;
      const parts: string[] = [];
      if (next.cafe.currentRound > before.cafe.currentRound && next.cafe.currentRound > 0)
        parts.push(t('cafeBoard.roundChanged', { round: next.cafe.currentRound }));
      if (next.cafe.votingOpen !== before.cafe.votingOpen)
        parts.push(next.cafe.votingOpen ? t('cafeBoard.votingOpened') : t('cafeBoard.votingClosed'));
      const added = standing(next).length - standing(before).length;
      if (added > 0) parts.push(t('cafeBoard.newIdeas', { count: added }));
      if (parts.length > 0) setMessage(parts.join(' '));
      if (totalDots(next) !== totalDots(before) && !timer.current) {
        timer.current = setTimeout(() => {
          timer.current = undefined;
          const board = latest.current;
          const top = board ? [...standing(board)].sort((x, y) => y.dots - x.dots)[0] : undefined;
          if (top && top.dots > 0)
            setMessage(t('cafeBoard.resultsUpdated', { top: top.text, dots: top.dots }));
        }, RESULTS_QUIET_MS);
      }
    },
    [t],
  );

  return { message, observe };
}
