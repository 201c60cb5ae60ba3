// Who is in a café on this phone, and where the phone keeps that café's waiting actions and answered
// pairs: small on its own, because the join page needs it and must stay light on a phone.

/** Where this phone keeps a café's waiting actions. */
export function queueName(cafeId: string): string {
  return `cairn:cafe-queue:${cafeId}`;
}

/** Where this phone keeps the pairs it has answered in a café. */
export function answeredName(cafeId: string): string {
  return `cairn:cafe-pairs:${cafeId}`;
}

/** Where this phone keeps the board it last showed for a café (see kept-board.ts). */
export function keptBoardName(cafeId: string): string {
  return `cairn:cafe-board:${cafeId}`;
}

/** Where this phone keeps who is in a café on it: the participant who joined it here last. */
export function participantName(cafeId: string): string {
  return `cairn:cafe-participant:${cafeId}`;
}

/**
 * Where this phone keeps ideas typed in a café that could not be sent as typed: the seat they were
 * typed from is no longer this phone's, or the café refused them. Never sent unasked, and never lost
 * unasked. A phone in a room is often shared, so the words are shown only to the seat they were typed
 * from; anyone else who joins the café here is told only how many there are and asked whether they
 * were theirs: "Yes" shows them the words to add or delete, "No" deletes them unseen.
 */
export function setAsideName(cafeId: string): string {
  return `cairn:cafe-set-aside:${cafeId}`;
}

/** How long ideas set aside are offered back: a café is a live event, so a day. */
export const SET_ASIDE_FOR_MS = 24 * 60 * 60 * 1000;

/**
 * One idea set aside, with when (to let it go after a day) and the seat whose person may read it: the
 * one it was typed from, or the one who said it was theirs (null or missing: nobody yet).
 */
export type SetAsideIdea = { text: string; at: number; shownTo?: string | null };

/** A list this phone keeps under `name`: empty when there is none, it is unreadable or storage is off. */
export function readStoredList(name: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(name) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

function isSetAsideIdea(idea: unknown): idea is SetAsideIdea {
  if (typeof idea !== 'object' || idea === null) return false;
  const { text, at, shownTo } = idea as Record<string, unknown>;
  return (
    typeof text === 'string' &&
    typeof at === 'number' &&
    (shownTo === undefined || shownTo === null || typeof shownTo === 'string')
  );
}

/** The ideas set aside on this phone for this café, oldest first, dropping any older than a day. */
export function loadSetAside(cafeId: string, now = Date.now()): SetAsideIdea[] {
  return readStoredList(setAsideName(cafeId)).filter(
    (idea): idea is SetAsideIdea =>
      isSetAsideIdea(idea) && now - idea.at <= SET_ASIDE_FOR_MS && idea.at <= now,
  );
}

export function saveSetAside(cafeId: string, ideas: readonly SetAsideIdea[]): void {
  try {
    if (ideas.length === 0) localStorage.removeItem(setAsideName(cafeId));
    else localStorage.setItem(setAsideName(cafeId), JSON.stringify(ideas));
  } catch {
    // Storage full or turned off: the words live only as long as the page.
  }
}

/**
 * Sets ideas aside (each text once), each to be shown only to the seat it was typed from (`by`; null
 * when not known, so shown to nobody until someone says it was theirs); answers what is set aside now.
 */
export function setIdeasAside(
  cafeId: string,
  ideas: readonly { text: string; by: string | null }[],
  now = Date.now(),
): SetAsideIdea[] {
  const kept = loadSetAside(cafeId, now);
  // each text once: neither one already kept nor one seen earlier in this list
  const seen = new Set(kept.map((k) => k.text));
  const fresh = ideas.filter((idea) => !seen.has(idea.text) && Boolean(seen.add(idea.text)));
  const next = [...kept, ...fresh.map(({ text, by }) => ({ text, at: now, shownTo: by }))];
  if (fresh.length > 0) saveSetAside(cafeId, next);
  return next;
}

/**
 * The ideas set aside here that the person in seat `participantId` may read (typed from that seat, or
 * said to be theirs), and how many others wait whose words they may not read until they say so.
 */
export function setAsideFor(
  ideas: readonly SetAsideIdea[],
  participantId: string | null | undefined,
): { theirs: SetAsideIdea[]; unclaimed: number } {
  const theirs = ideas.filter((idea) => !!participantId && idea.shownTo === participantId);
  return { theirs, unclaimed: ideas.length - theirs.length };
}

/**
 * The person in seat `participantId` answered "Were they yours?": yes shows them the words of every
 * idea set aside here they could not read; no deletes those unread. Answers what is set aside now.
 */
export function answerSetAside(cafeId: string, participantId: string, mine: boolean): SetAsideIdea[] {
  const ideas = loadSetAside(cafeId);
  const next = mine
    ? ideas.map((idea) => ({ ...idea, shownTo: participantId }))
    : setAsideFor(ideas, participantId).theirs;
  saveSetAside(cafeId, next);
  return next;
}

/** The ideas waiting to be sent on this phone for this café, whoever typed them, with whose seat. */
function waitingIdeas(cafeId: string): { text: string; by: string | null }[] {
  return readStoredList(queueName(cafeId)).flatMap((action: unknown) => {
    const { kind, body, by } = (action ?? {}) as { kind?: unknown; body?: { text?: unknown }; by?: unknown };
    if (kind !== 'idea' || typeof body?.text !== 'string') return [];
    return [{ text: body.text, by: typeof by === 'string' ? by : null }];
  });
}

/**
 * Lets go of what waits to be sent for this café on this phone (it can no longer be sent as made),
 * setting the words of any idea in it aside first, so they are offered back rather than lost.
 */
export function dropWaiting(cafeId: string): void {
  setIdeasAside(cafeId, waitingIdeas(cafeId));
  try {
    localStorage.removeItem(queueName(cafeId));
  } catch {
    // Storage turned off: nothing was kept.
  }
}

/** Who is in this café on this phone now, if anyone is known to be. */
export function participantHere(cafeId: string): string | null {
  try {
    return localStorage.getItem(participantName(cafeId));
  } catch {
    return null;
  }
}

/**
 * Notes that `participantId` is the one in this café on this phone now (they joined, or were shown its
 * board). When someone else was, what they left waiting to be sent, and the pairs they answered, are
 * dropped: sent now, they would count as the new person's. The words of their ideas are set aside
 * instead (see `setAsideName`): most often it is the same person joining again, and they are asked.
 */
export function keepParticipant(cafeId: string, participantId: string): void {
  try {
    const before = localStorage.getItem(participantName(cafeId));
    if (before !== null && before !== participantId) {
      dropWaiting(cafeId);
      localStorage.removeItem(answeredName(cafeId));
    }
    localStorage.setItem(participantName(cafeId), participantId);
  } catch {
    // Storage turned off: nothing is kept for anyone, so nothing needs telling apart.
  }
}
