import { storedNames } from '../../lib/offline-pages.js';
import { keptBoardName, loadSetAside, queueName, readStoredList, setAsideName } from './phone-participant.js';

// What a participant saved in a café on this device and Cairn does not have yet: votes, ticks, choices
// and ideas waiting to send, and ideas set aside to offer back. Signing out deletes everything kept for
// cafés (forgetEveryCafe), so it asks first, as it does for a story's unsaved words. Small, and free of
// the café pages' own code, because the signed-in menu loads it.

/** A café with something of the person's on this device that has not reached Cairn. */
export interface UnsentCafe {
  cafeId: string;
  /** The café's title, from the board kept on this device ('' when none is kept). */
  title: string;
  /** How many things: each vote, tick, choice or idea waiting, and each idea set aside. */
  count: number;
}

const QUEUE = queueName('');
const SET_ASIDE = setAsideName('');

function read(name: string): unknown {
  try {
    return JSON.parse(localStorage.getItem(name) ?? 'null');
  } catch {
    return null;
  }
}

/** The café's title as the board kept for it says, read by hand so no validation library is needed. */
function keptTitle(cafeId: string): string {
  const kept = read(keptBoardName(cafeId)) as { board?: { cafe?: { title?: unknown } } } | null;
  const title = kept?.board?.cafe?.title;
  return typeof title === 'string' ? title : '';
}

/** Every café with something on this device that Cairn does not have yet, and how much. */
export function cafesAtSignOut(): UnsentCafe[] {
  const ids = new Set<string>();
  for (const name of storedNames()) {
    if (name.startsWith(QUEUE)) ids.add(name.slice(QUEUE.length));
    else if (name.startsWith(SET_ASIDE)) ids.add(name.slice(SET_ASIDE.length));
  }
  return [...ids].flatMap((cafeId) => {
    const count = readStoredList(queueName(cafeId)).length + loadSetAside(cafeId).length;
    return count > 0 ? [{ cafeId, title: keptTitle(cafeId), count }] : [];
  });
}
