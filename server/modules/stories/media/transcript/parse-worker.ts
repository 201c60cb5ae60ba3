// The worker thread's side of reading a transcript (see read-transcript.ts): detection and parsing,
// with a problem the person can fix answered as a message rather than thrown across threads.
import { answerWorkerTask } from '../../../../kernel/worker-tasks.js';
import { detectTranscriptKind, parseTranscript } from './parse-transcript.js';
import type { Message } from '../../../../kernel/i18n.js';
import { TranscriptError, type Transcript } from './transcript.js';

export type TranscriptFile = { filename: string; bytes: Uint8Array };
/** A problem crosses to the main thread as the keys and values of its messages. */
export type ParseAnswer = { transcript: Transcript } | { problem: Pick<Message, 'key' | 'values'>[] };

answerWorkerTask<TranscriptFile, ParseAnswer>(async ({ filename, bytes: raw }) => {
  // Bytes arrive as a plain Uint8Array; the parsers read them as a Buffer (no copy).
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  try {
    return { transcript: await parseTranscript({ bytes, kind: detectTranscriptKind(filename, bytes) }) };
  } catch (error) {
    if (error instanceof TranscriptError)
      return { problem: error.problem.map(({ key, values }) => ({ key, values })) };
    throw error;
  }
});
