/**
 * Work a request starts but does not wait for, begun only after its answer has gone out. The app
 * waits for it before it closes, and the development outbox waits for it before it reads, so what an
 * answered request queued is always there to read.
 */
export type BackgroundWork = {
  /** Runs `work` after the current answer is sent; a failure is logged as `what`, never answered. */
  afterAnswer(what: string, work: () => Promise<unknown>): void;
  /** Resolves once every piece of work started so far has finished. */
  settled(): Promise<void>;
};

export function createBackgroundWork(logError: (message: string, error: unknown) => void): BackgroundWork {
  const pending = new Set<Promise<void>>();
  return {
    afterAnswer(what, work) {
      // setImmediate runs after the handler's promise settles and Fastify writes the answer, so none
      // of the work's time shows in the answer's.
      const run = new Promise<void>((resolve) => setImmediate(resolve))
        .then(work)
        .then(
          () => undefined,
          (error: unknown) => logError(`${what} failed`, error),
        )
        .finally(() => pending.delete(run));
      pending.add(run);
    },
    async settled() {
      while (pending.size > 0) await Promise.all(pending);
    },
  };
}
