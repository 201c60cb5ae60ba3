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

/** Where this phone keeps who is in a café on it: the participant who joined it here last. */
export function participantName(cafeId: string): string {
  return `cairn:cafe-participant:${cafeId}`;
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
 * dropped: sent now, they would count as the new person's.
 */
export function keepParticipant(cafeId: string, participantId: string): void {
  try {
    const before = localStorage.getItem(participantName(cafeId));
    if (before !== null && before !== participantId) {
      localStorage.removeItem(queueName(cafeId));
      localStorage.removeItem(answeredName(cafeId));
    }
    localStorage.setItem(participantName(cafeId), participantId);
  } catch {
    // Storage turned off: nothing is kept for anyone, so nothing needs telling apart.
  }
}
