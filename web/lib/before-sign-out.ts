// Work on screen that is kept on this device until the server has it (a story being written) says so
// here, so signing out can send it first instead of treating it as lost.

const savers = new Set<() => Promise<unknown>>();

/** Asks signing out to run `save` first; returns the function that stops asking. */
export function saveBeforeSignOut(save: () => Promise<unknown>): () => void {
  savers.add(save);
  return () => void savers.delete(save);
}

/** Runs every save asked for; one that fails leaves its work as it was, kept on this device. */
export async function saveEverythingBeforeSignOut(): Promise<void> {
  await Promise.allSettled([...savers].map((save) => save()));
}
