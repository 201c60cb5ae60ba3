// Turns an interview transcript (TXT, WebVTT, SRT or Word .docx) into story text plus per-paragraph
// segments that keep who spoke and when. The parsers are pure: bytes in, text out, no I/O, so the
// upload route can stream the file in first, then hand the bytes to a worker thread (readTranscript).
export { detectTranscriptKind, parseTranscript } from './parse-transcript.js';
export { readTranscript, TRANSCRIPT_TIME_LIMIT_MS } from './read-transcript.js';
export {
  MAX_DOCX_EXPANDED_BYTES,
  MAX_TRANSCRIPT_SEGMENTS,
  MAX_TRANSCRIPT_TEXT_BYTES,
  TranscriptError,
  type Transcript,
  type TranscriptKind,
  type TranscriptSegment,
} from './transcript.js';
