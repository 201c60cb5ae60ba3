import { availableParallelism } from 'node:os';
import { parentPort, Worker, workerData } from 'node:worker_threads';

/**
 * Heavy, pure work (parsing an uploaded file) runs in a worker thread, so one large upload cannot
 * hold up every other request on the instance. Each task gets its own worker, which is ended when
 * the task's time runs out or its memory is spent; at most a few run at once per instance, the rest
 * wait their turn. Uploads are rare, so a fresh worker per task costs little and leaves nothing
 * behind from one person's file to the next.
 */

/** The task ran out of its time or memory; the worker was ended. */
export class WorkerBudgetExceeded extends Error {
  constructor(readonly budget: 'time' | 'memory') {
    super(`The worker task ran out of ${budget}`);
    this.name = 'WorkerBudgetExceeded';
  }
}

export type WorkerTaskOptions = {
  /** How long the task may run once its worker is up. */
  timeLimitMs: number;
  /** The worker's heap; past it the task fails rather than the instance. */
  memoryLimitMb?: number;
};

const MAX_RUNNING = Math.max(1, Math.min(2, availableParallelism() - 1));
/** Tasks that may wait for a turn; past it a new task is refused at once rather than queued in memory. */
export const MAX_WAITING = 8;
let running = 0;
const waiting: (() => void)[] = [];

/** Every worker is busy and the queue is full: the caller should say "try again shortly". */
export class WorkerQueueFull extends Error {
  constructor() {
    super('Every worker is busy and the queue is full');
    this.name = 'WorkerQueueFull';
  }
}

async function takeTurn(): Promise<() => void> {
  if (running >= MAX_RUNNING && waiting.length >= MAX_WAITING) throw new WorkerQueueFull();
  if (running >= MAX_RUNNING) await new Promise<void>((resolve) => waiting.push(resolve));
  running++;
  return () => {
    running--;
    waiting.shift()?.();
  };
}

// From the sources (development and tests) the worker loads TypeScript through tsx, as the main
// thread does; the compiled server (dist/) runs plain JavaScript.
const FROM_SOURCE = import.meta.url.endsWith('.ts');

function startWorker(entry: URL, input: unknown, memoryLimitMb: number): Worker {
  const file = new URL(`${entry.href}.${FROM_SOURCE ? 'ts' : 'js'}`);
  const resourceLimits = { maxOldGenerationSizeMb: memoryLimitMb };
  if (!FROM_SOURCE) return new Worker(file, { workerData: input, resourceLimits });
  const tsx = import.meta.resolve('tsx/esm/api');
  const bootstrap =
    `import(${JSON.stringify(tsx)})` +
    `.then(({ register }) => { register(); return import(${JSON.stringify(file.href)}); });`;
  return new Worker(bootstrap, { eval: true, workerData: input, resourceLimits });
}

/**
 * Runs the worker entry `entry` (its URL without the extension, e.g.
 * `new URL('./parse-worker', import.meta.url)`) on `input` and resolves with what it answers.
 */
export async function runWorkerTask<T>(entry: URL, input: unknown, options: WorkerTaskOptions): Promise<T> {
  const done = await takeTurn();
  try {
    return await new Promise<T>((resolve, reject) => {
      const worker = startWorker(entry, input, options.memoryLimitMb ?? 512);
      let timer: NodeJS.Timeout | undefined;
      const finish = (settle: () => void) => {
        clearTimeout(timer);
        // The task is settled: whatever the worker says or does from now on changes nothing.
        worker.removeAllListeners();
        worker.on('error', () => undefined);
        worker.terminate().catch(() => undefined);
        settle();
      };
      worker.once('online', () => {
        timer = setTimeout(() => finish(() => reject(new WorkerBudgetExceeded('time'))), options.timeLimitMs);
      });
      worker.once('message', (answer: T) => finish(() => resolve(answer)));
      worker.once('error', (error: Error & { code?: string }) =>
        finish(() =>
          reject(error.code === 'ERR_WORKER_OUT_OF_MEMORY' ? new WorkerBudgetExceeded('memory') : error),
        ),
      );
      worker.once('exit', (code) =>
        finish(() => reject(new Error(`The worker stopped (exit code ${code}) without answering`))),
      );
    });
  } finally {
    done();
  }
}

/** In a worker entry file: answers the task's input with `work`'s result. */
export function answerWorkerTask<I, O>(work: (input: I) => O | Promise<O>): void {
  if (!parentPort) throw new Error('answerWorkerTask runs only in a worker thread');
  const port = parentPort;
  void Promise.resolve(workerData as I)
    .then(work)
    .then((answer) => port.postMessage(answer));
}
