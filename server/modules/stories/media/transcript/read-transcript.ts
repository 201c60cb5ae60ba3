// Reads an uploaded transcript in a worker thread: a large VTT takes seconds to parse, and on the
// event loop that would hold up every request on the instance meanwhile.
import { rateLimited } from '../../../../kernel/errors.js';
import { runWorkerTask, WorkerBudgetExceeded, WorkerQueueFull } from '../../../../kernel/worker-tasks.js';
import type { ParseAnswer, TranscriptFile } from './parse-worker.js';
import { TranscriptError, type Transcript } from './transcript.js';

/** How long reading one transcript may take; a real one takes well under a second. */
export const TRANSCRIPT_TIME_LIMIT_MS = 20_000;

function seconds(ms: number): string {
  const whole = Math.ceil(ms / 1000);
  return whole === 1 ? '1 second' : `${whole} seconds`;
}

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
      throw rateLimited('Cairn is reading other transcripts just now. Try again in a minute.', 60);
    }
    if (!(error instanceof WorkerBudgetExceeded)) throw error;
    throw new TranscriptError(
      error.budget === 'time'
        ? `Reading this transcript took longer than ${seconds(timeLimitMs)}, so it was stopped. Please split it into smaller files.`
        : 'This transcript needs more memory to read than Cairn allows. Please split it into smaller files.',
    );
  }
  if ('problem' in answer) throw new TranscriptError(answer.problem);
  return answer.transcript;
}
