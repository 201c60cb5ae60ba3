import type { Board } from '../../../contracts/cafes.js';
import { MADE_BY_HEADER } from '../../../contracts/cafes.values.js';
import {
  answeredName,
  participantHere,
  participantName,
  queueName,
  readStoredList,
  setAsideName,
  setIdeasAside,
} from './phone-participant.js';

export {
  answerSetAside,
  answeredName,
  dropWaiting,
  keepParticipant,
  keptBoardName,
  loadSetAside,
  participantHere,
  participantName,
  queueName,
  saveSetAside,
  setAsideFor,
  setAsideName,
  setIdeasAside,
  type SetAsideIdea,
} from './phone-participant.js';

// A participant's café actions kept on the phone while the connection is down, and sent in order when
// it returns. Each carries an Idempotency-Key made when the action was, so sending it again (the
// answer was lost, or two tabs send the same queue) never counts it twice: the server answers a key
// it has seen with what it already did.

export type HelpBody = { ideaId: string; helping: boolean; contact?: string | null; consent?: boolean };
/** "Which matters more?": the two ideas as shown, and which one was picked (or neither). */
export type PairBody = { leftId: string; rightId: string; choice: 'left' | 'right' | 'cant_decide' };

/** One action, as it will be sent. */
export type CafeAction =
  | { kind: 'vote'; body: { ideaId: string; dots: number } }
  | { kind: 'statement'; body: { ideaId: string; vote: 1 | -1 | 0 } }
  | { kind: 'help'; body: HelpBody }
  | { kind: 'pair'; body: PairBody }
  | { kind: 'idea'; body: { text: string } };

/**
 * One action waiting, with its key and who made it: the participant in the café on this phone then
 * (null when none was known). Only that person's actions are ever sent; see `queueForHere`.
 */
export type QueuedAction = CafeAction & { key: string; by?: string | null };

/** Where each kind of action is sent. */
export const ACTION_PATHS = {
  vote: 'votes',
  statement: 'statement-votes',
  help: 'help',
  pair: 'pairwise',
  idea: 'ideas',
} satisfies Record<CafeAction['kind'], string>;

/**
 * How an action is sent: to its path, with its key, and naming the seat it was made from, so the server
 * refuses it (409, with why in words) if this phone no longer holds that seat when it arrives.
 */
export function actionRequest(cafeId: string, action: QueuedAction) {
  return {
    path: `/api/cafes/${cafeId}/${ACTION_PATHS[action.kind]}`,
    options: {
      method: 'POST' as const,
      body: action.body,
      idempotencyKey: action.key,
      ...(action.by ? { headers: { [MADE_BY_HEADER]: action.by } } : {}),
    },
  };
}

/** A random key that also works on a page served without HTTPS, where crypto.randomUUID is missing. */
export function newRequestKey(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
}

function isQueuedAction(value: unknown): value is QueuedAction {
  if (typeof value !== 'object' || value === null) return false;
  const { kind, key, body, by } = value as Record<string, unknown>;
  return (
    typeof key === 'string' &&
    (by === undefined || by === null || typeof by === 'string') &&
    typeof kind === 'string' &&
    kind in ACTION_PATHS &&
    typeof body === 'object' &&
    body !== null
  );
}

/**
 * The actions waiting on this phone for this café made by whoever is in it here now, oldest first.
 * One kept before the phone noted who made each is taken as theirs: joining as someone else dropped
 * everything kept before.
 */
export function loadQueue(cafeId: string): QueuedAction[] {
  const here = participantHere(cafeId);
  return readStoredList(queueName(cafeId))
    .filter(isQueuedAction)
    .map((action) => ({ ...action, by: action.by === undefined ? here : action.by }))
    .filter((action) => action.by === here);
}

/**
 * The actions a page should hold for this café, checked against who is in it on this phone now. A page
 * loads the queue once and keeps it in memory, but someone else may since have joined the same café on
 * this phone in another tab, and the phone sends their cookie from then on: what the person before
 * left waiting must never be sent as the new person's. So when anything `held` was made by someone
 * other than the one here now, the page holds instead what the phone keeps for the one here now.
 */
export function queueForHere(cafeId: string, held: readonly QueuedAction[]): QueuedAction[] {
  return holdsSomeoneElses(cafeId, held) ? loadQueue(cafeId) : [...held];
}

/** Whether anything `held` was made by someone other than the one in this café on this phone now. */
function holdsSomeoneElses(cafeId: string, held: readonly QueuedAction[]): boolean {
  const here = participantHere(cafeId);
  return held.some((action) => action.by !== here);
}

/**
 * Makes a page hold what the phone keeps for the one in this café here now, when what it holds was
 * made by someone else (see `queueForHere`), and answers what it holds then. Decided by who made each
 * action, never by how many wait: the new person's queue may be just as long as the page's.
 */
export function recheckHeld(cafeId: string, held: Pick<HeldQueue, 'read' | 'hold'>): QueuedAction[] {
  const now = held.read();
  if (!holdsSomeoneElses(cafeId, now)) return now;
  const here = loadQueue(cafeId);
  held.hold(here);
  return here;
}

/** A page's waiting actions in memory: read them, hold others instead, or keep what is left after a send. */
export type HeldQueue = {
  read(): QueuedAction[];
  /** Holds `next` instead, without touching what the phone keeps (it is another person's now). */
  hold(next: QueuedAction[]): void;
  /** Keeps `next` after one was sent or refused, on the phone too. */
  keep(next: QueuedAction[]): void;
};

/** How one action is sent, and what a failure to send it means. */
export type Sender = {
  post(action: QueuedAction): Promise<void>;
  /** No answer came: the action stays, to be sent when the connection returns. */
  couldNotReach(error: unknown): boolean;
  /** A refusal in words, to tell the participant why it did not count. */
  describe(error: unknown): string;
};

/**
 * Sends what a page holds, oldest first, until it is all sent or the connection fails again (then
 * answers null). Before each, checks who is in the café on this phone now (see `queueForHere`), so
 * the person before's actions are never sent under the next person's cookie. Answers how many were
 * sent and the words of every refusal (the café moved on: voting closed, the idea was hidden; the
 * seat it was made from is no longer this phone's), each refused action let go: a refused idea's
 * words are set aside to be offered back to the seat it was typed from (see `setAsideName`), never lost.
 */
export async function sendWaiting(
  cafeId: string,
  held: HeldQueue,
  sender: Sender,
): Promise<{ sent: number; refused: string[] } | null> {
  const refused: string[] = [];
  let sent = 0;
  for (;;) {
    const [first] = recheckHeld(cafeId, held);
    if (!first) return { sent, refused };
    try {
      await sender.post(first);
      sent += 1;
    } catch (error) {
      if (sender.couldNotReach(error)) return null;
      refused.push(sender.describe(error));
      if (first.kind === 'idea') setIdeasAside(cafeId, [{ text: first.body.text, by: first.by ?? null }]);
    }
    // Read again: someone else may have joined while it was on its way.
    held.keep(queueForHere(cafeId, held.read()).filter((action) => action.key !== first.key));
  }
}

/**
 * Whether a change another tab made to this phone's storage (a `storage` event's key; null when it
 * was all cleared) touches what is waiting in this café, who is in it here, or the ideas set aside.
 */
export function touchesQueue(cafeId: string, key: string | null): boolean {
  return (
    key === null ||
    key === queueName(cafeId) ||
    key === participantName(cafeId) ||
    key === setAsideName(cafeId)
  );
}

export function saveQueue(cafeId: string, queue: QueuedAction[]): void {
  try {
    if (queue.length === 0) localStorage.removeItem(queueName(cafeId));
    else localStorage.setItem(queueName(cafeId), JSON.stringify(queue));
  } catch {
    // Storage full or turned off: the queue lives only as long as the page.
  }
}

/**
 * The board as the participant expects it once their waiting actions are sent: their own dots,
 * views and ticks as they left them. The room's counts change only when the server has them.
 */
export function withQueued(board: Board, queue: QueuedAction[]): Board {
  if (!board.me || queue.length === 0) return board;
  const votes = new Map(Object.entries(board.me.votes));
  const statementVotes = { ...board.me.statementVotes };
  const helping = new Set(board.me.helping);
  const withContact = new Set(board.me.helpingWithContact);
  for (const action of queue) {
    if (action.kind === 'vote') {
      if (action.body.dots > 0) votes.set(action.body.ideaId, action.body.dots);
      else votes.delete(action.body.ideaId);
    } else if (action.kind === 'statement') {
      statementVotes[action.body.ideaId] = action.body.vote;
    } else if (action.kind === 'help') {
      const { ideaId, helping: on, contact } = action.body;
      if (on) helping.add(ideaId);
      else helping.delete(ideaId);
      if (!on || contact === null || contact === '') withContact.delete(ideaId);
      else if (contact) withContact.add(ideaId);
    }
  }
  const used = [...votes.values()].reduce((sum, dots) => sum + dots, 0);
  return {
    ...board,
    me: {
      ...board.me,
      votes: Object.fromEntries(votes),
      statementVotes,
      helping: [...helping],
      helpingWithContact: [...withContact],
      dotsLeft: Math.max(0, board.cafe.dotsPerPerson - used),
    },
  };
}

/** One pair of ideas, whichever side each was shown on. */
export function pairName(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

/**
 * The pairs this phone has answered in this café, sent or still waiting in its queue, so a reload
 * (even with the connection down) never offers one of them again. Only which two ideas, never the
 * choice made.
 */
export function loadAnswered(cafeId: string): Set<string> {
  // unreadable: start again from the queue alone
  const answered = new Set(
    readStoredList(answeredName(cafeId)).filter((name): name is string => typeof name === 'string'),
  );
  for (const action of loadQueue(cafeId))
    if (action.kind === 'pair') answered.add(pairName(action.body.leftId, action.body.rightId));
  return answered;
}

export function saveAnswered(cafeId: string, answered: ReadonlySet<string>): void {
  try {
    if (answered.size === 0) localStorage.removeItem(answeredName(cafeId));
    else localStorage.setItem(answeredName(cafeId), JSON.stringify([...answered]));
  } catch {
    // Storage full or turned off: the pairs are remembered only as long as the page.
  }
}

/**
 * The next two ideas to compare while the phone cannot ask the server: a pair of standing ideas this
 * phone has not answered yet, sides drawn at random so position favours neither; null once every pair
 * has been answered. The server's own choice (pairs shown least across the room first) takes over as
 * soon as the connection returns.
 */
export function nextPairOnPhone(
  ideaIds: readonly string[],
  answered: ReadonlySet<string>,
  random: () => number = Math.random,
): { leftId: string; rightId: string } | null {
  const ideas = [...new Set(ideaIds)];
  const fresh: [string, string][] = [];
  ideas.forEach((a, i) => {
    for (const b of ideas.slice(i + 1)) if (!answered.has(pairName(a, b))) fresh.push([a, b]);
  });
  const picked = fresh[Math.min(fresh.length - 1, Math.floor(random() * fresh.length))];
  if (!picked) return null;
  const [a, b] = picked;
  return random() < 0.5 ? { leftId: a, rightId: b } : { leftId: b, rightId: a };
}
