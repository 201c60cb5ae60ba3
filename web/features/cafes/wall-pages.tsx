import { useEffect, useState } from 'react';
import { cafesStrings } from '../../lib/strings/cafes.js';

const p = cafesStrings.projector;

/**
 * How long each page of ideas stays on the wall before the next: long enough to read a page from the
 * back of the room, short enough that every idea has its turn while people talk.
 */
export const PAGE_TURN_MS = 12_000;

/** `items` in pages of `size` (at least one page, perhaps empty). */
export function pagesOf<T>(items: readonly T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let start = 0; start < items.length; start += size) pages.push(items.slice(start, start + size));
  return pages.length > 0 ? pages : [[]];
}

/**
 * The wall shows what fits one screen, so a full café's ideas are shown a page at a time: the first
 * page (the top ideas, or the newest) and then each of the rest in turn, back to the first. Anyone at
 * the wall's keyboard can stop the pages turning (and start them again); screen readers read every
 * idea from the wall's table, which never turns.
 */
export function useTurningPages<T>(items: readonly T[], size: number) {
  const pages = pagesOf(items, size);
  const count = pages.length;
  const [turned, setTurned] = useState(0);
  const [stopped, setStopped] = useState(false);
  useEffect(() => {
    if (stopped || count <= 1) return undefined;
    const timer = setInterval(() => setTurned((n) => n + 1), PAGE_TURN_MS);
    return () => clearInterval(timer);
  }, [count, stopped]);
  const index = turned % count;
  return {
    shown: pages[index] ?? [],
    /** The place of the first idea shown, counting from 1. */
    from: index * size + 1,
    first: index === 0,
    turns: count > 1,
    stopped,
    toggle: () => setStopped((was) => !was),
  };
}

/**
 * Which page is up, in words, and the button that stops the pages turning (or starts them again);
 * nothing while everything fits on one page. `drawnOnly` when the note speaks of what is drawn for
 * the room only (the bars), which screen readers read from the table instead.
 */
export function PageNote({
  page,
  note,
  drawnOnly = false,
}: {
  page: ReturnType<typeof useTurningPages>;
  note: string;
  drawnOnly?: boolean;
}) {
  if (!page.turns) return null;
  return (
    <div className="wall__pages">
      <p className="wall__note" aria-hidden={drawnOnly || undefined}>
        {note}
      </p>
      <button type="button" className="wall__turner" onClick={page.toggle}>
        {page.stopped ? p.startTurning : p.stopTurning}
      </button>
    </div>
  );
}
