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
 * typed from is no longer this phone's, or the café refused them. The words are offered back to
 * whoever is in the café here next ("Add it" or "Delete it"), never sent unasked, and never lost unasked.
 */
export function setAsideName(cafeId: string): string {
  return `cairn:cafe-set-aside:${cafeId}`;
}

/** How long ideas set aside are offered back: a café is a live event, so a day. */
export const SET_ASIDE_FOR_MS = 24 * 60 * 60 * 1000;

/** One idea set aside, with when (to let it go after a day). */
export type SetAsideIdea = { text: string; at: number };

/** A list this phone keeps under `name`: empty when there is none, it is unreadable or storage is off. */
export function readStoredList(name: string): unknown[] {
  try {
    const parsed: unknown = JSON.parse(localStorage.getItem(name) ?? '[]');
    return Array.isArray(parsed) ? parsed : [];
  } catch {
    return [];
  }
}

/** The ideas set aside on this phone for this café, oldest first, dropping any older than a day. */
export function loadSetAside(cafeId: string, now = Date.now()): SetAsideIdea[] {
  return readStoredList(setAsideName(cafeId)).filter(
    (idea): idea is SetAsideIdea =>
      typeof idea === 'object' &&
      idea !== null &&
      typeof (idea as SetAsideIdea).text === 'string' &&
      typeof (idea as SetAsideIdea).at === 'number' &&
      now - (idea as SetAsideIdea).at <= SET_ASIDE_FOR_MS &&
      (idea as SetAsideIdea).at <= now,
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

/** Sets `texts` aside (each once), to be offered back; answers what is set aside now. */
export function setIdeasAside(cafeId: string, texts: readonly string[], now = Date.now()): SetAsideIdea[] {
  const kept = loadSetAside(cafeId, now);
  const fresh = texts.filter((text) => !kept.some((idea) => idea.text === text));
  const next = [...kept, ...fresh.map((text) => ({ text, at: now }))];
  if (fresh.length > 0) saveSetAside(cafeId, next);
  return next;
}

/** The words of the ideas waiting to be sent on this phone for this café, whoever typed them. */
function waitingIdeas(cafeId: string): string[] {
  return readStoredList(queueName(cafeId)).flatMap((action: unknown) => {
    const { kind, body } = (action ?? {}) as { kind?: unknown; body?: { text?: unknown } };
    return kind === 'idea' && typeof body?.text === 'string' ? [body.text] : [];
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
 * dropped: sent now, they would count as the new person's. The words of their ideas are set aside to
 * be offered back instead (see `setAsideName`): most often it is the same person joining again.
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
