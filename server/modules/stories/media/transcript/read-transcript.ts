// Reads an uploaded transcript in a worker thread: a large VTT takes seconds to parse, and on the
// event loop that would hold up every request on the instance meanwhile.
import { rateLimited } from '../../../../kernel/errors.js';
import { Message, message } from '../../../../kernel/i18n.js';
import { runWorkerTask, WorkerBudgetExceeded, WorkerQueueFull } from '../../../../kernel/worker-tasks.js';
import type { ParseAnswer, TranscriptFile } from './parse-worker.js';
import { TranscriptError, type Transcript } from './transcript.js';

/** How long reading one transcript may take; a real one takes well under a second. */
export const TRANSCRIPT_TIME_LIMIT_MS = 20_000;

export async function readTranscript(
  file: TranscriptFile,
  options: { timeLimitMs?: number } = {},
): Promise<Transcript> {
  const timeLimitMs = options.timeLimitMs ?? TRANSCRIPT_TIME_LIMIT_MS;
  let answer: ParseAnswer;
  try {
    answer = await runWorkerTask<ParseAnswer>(new URL('./parse-worker', import.meta.url), file, {
      timeLimitMs,
      memoryLimitMb: 512,
    });
  } catch (error) {
    if (error instanceof WorkerQueueFull) {
      throw rateLimited(message('stories.transcript.busy'), 60);
    }
    if (!(error instanceof WorkerBudgetExceeded)) throw error;
    throw new TranscriptError(
      error.budget === 'time'
        ? message('stories.transcript.tookTooLong', { seconds: Math.ceil(timeLimitMs / 1000) })
        : message('stories.transcript.tooMuchMemory'),
    );
  }
  // The worker sends the problem's messages as plain data; they are made messages again here.
  if ('problem' in answer)
    throw new TranscriptError(...answer.problem.map((part) => new Message(part.key, part.values)));
  return answer.transcript;
}
