// What every transcript format shares: the result, the error a person can fix, the size limits,
// and the builder that joins paragraphs into story text.
import { message, say, type Message } from '../../../../kernel/i18n.js';

export type TranscriptKind = 'txt' | 'vtt' | 'srt' | 'docx';

/**
 * One paragraph of the story text. `start`/`end` are UTF-16 offsets into `Transcript.text` of the words
 * spoken, not counting the "Speaker: " prefix that precedes them in the text when `speaker` is set.
 */
export interface TranscriptSegment {
  start: number;
  end: number;
  speaker: string | null;
  startMs: number | null;
  endMs: number | null;
}

export interface Transcript {
  text: string;
  segments: TranscriptSegment[];
}

/**
 * A problem with the uploaded file that the person can fix, safe to show them: catalogue messages
 * (stories.transcript.*), said in their language when the answer is written. `message` is the
 * English, for logs and tests.
 */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
  readonly problem: readonly Message[];

  constructor(...problem: Message[]) {
    super(say(problem, 'en'));
    this.problem = problem;
  }
}

export const MB = 1024 * 1024;
/** Transcripts of even a very long interview are well under this; more is a wrong file or an attack. */
export const MAX_TRANSCRIPT_TEXT_BYTES = 5 * MB;
/**
 * Cues or paragraphs in one transcript. A three-hour interview captioned every two seconds has about
 * 5,400; far more is a wrong file or an attack, and each one costs work to store and show.
 */
export const MAX_TRANSCRIPT_SEGMENTS = 20_000;
/** How far a .docx may expand when unzipped before it is treated as a zip bomb. */
export const MAX_DOCX_EXPANDED_BYTES = 20 * MB;

export class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: TranscriptSegment[] = [];

  add(speaker: string | null, words: string, startMs: number | null, endMs: number | null): void {
    const body = words.trim();
    if (body === '') return;
    if (this.segments.length >= MAX_TRANSCRIPT_SEGMENTS) {
      throw new TranscriptError(
        message('stories.transcript.tooManyCues', { count: MAX_TRANSCRIPT_SEGMENTS }),
      );
    }
    if (this.segments.length > 0) this.push('\n\n');
    if (speaker !== null) this.push(`${speaker}: `);
    const start = this.length;
    this.push(body);
    this.segments.push({ start, end: this.length, speaker, startMs, endMs });
  }

  build(): Transcript {
    return { text: this.parts.join(''), segments: this.segments };
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    // Checked as we go so a huge cue list cannot build a huge string first.
    if (this.length > MAX_TRANSCRIPT_TEXT_BYTES) throw tooLarge();
  }
}

export function tooLarge(): TranscriptError {
  return new TranscriptError(
    message('stories.transcript.tooLarge', { megabytes: MAX_TRANSCRIPT_TEXT_BYTES / MB }),
  );
}

export function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
