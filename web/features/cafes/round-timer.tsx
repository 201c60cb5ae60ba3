import { useEffect, useState } from 'react';
import { useT } from '../../lib/i18n/cafe-board.js';

function secondsLeft(endsAt: string, now: number): number {
  return Math.max(0, Math.ceil((new Date(endsAt).getTime() - now) / 1000));
}

/**
 * Counts down to the end of the round as a clock and in words. Nothing is read out every second: a
 * polite message says only when one minute is left and when time is up.
 */
export function RoundTimer({ endsAt, large = false }: { endsAt: string; large?: boolean }) {
  const t = useT();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [endsAt]);
  const total = secondsLeft(endsAt, now);
  const minutes = Math.floor(total / 60);
  const clock = `${minutes}:${String(total % 60).padStart(2, '0')}`;
  const words =
    total === 0
      ? t('cafeBoard.timer.up')
      : total < 60
        ? t('cafeBoard.timer.secondsLeft', { count: total })
        : t('cafeBoard.timer.minutesLeft', { count: Math.ceil(total / 60) });
  const announcement =
    total === 0 ? t('cafeBoard.timer.up') : total <= 60 ? t('cafeBoard.timer.oneMinute') : '';
  return (
    <section
      className={large ? 'cafe-timer cafe-timer--large' : 'cafe-timer'}
      aria-label={t('cafeBoard.timer.label')}
    >
      <p className="cafe-timer__clock" aria-hidden="true">
        {clock}
      </p>
      <p className="cafe-timer__words">{words}</p>
      <div role="status" className="visually-hidden">
        {announcement}
      </div>
    </section>
  );
}
