// The worker thread's side of reading a transcript (see read-transcript.ts): detection and parsing,
// with a problem the person can fix answered as a message rather than thrown across threads.
import { answerWorkerTask } from '../../../../kernel/worker-tasks.js';
import { detectTranscriptKind, parseTranscript } from './parse-transcript.js';
import { TranscriptError, type Transcript } from './transcript.js';

export type TranscriptFile = { filename: string; bytes: Uint8Array };
export type ParseAnswer = { transcript: Transcript } | { problem: string };

answerWorkerTask<TranscriptFile, ParseAnswer>(async ({ filename, bytes: raw }) => {
  // Bytes arrive as a plain Uint8Array; the parsers read them as a Buffer (no copy).
  const bytes = Buffer.from(raw.buffer, raw.byteOffset, raw.byteLength);
  try {
    return { transcript: await parseTranscript({ bytes, kind: detectTranscriptKind(filename, bytes) }) };
  } catch (error) {
    if (error instanceof TranscriptError) return { problem: error.message };
    throw error;
  }
});
