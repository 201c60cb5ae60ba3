// Turns an interview transcript (TXT, WebVTT, SRT or Word .docx) into story text plus per-paragraph
// segments that keep who spoke and when. Everything here is pure: bytes in, text out, no I/O, so the
// upload route can stream the file to disk first and call this with the bytes it kept.
export { detectTranscriptKind, parseTranscript } from './parse-transcript.js';
export {
  MAX_DOCX_EXPANDED_BYTES,
  MAX_TRANSCRIPT_TEXT_BYTES,
  TranscriptError,
  type Transcript,
  type TranscriptKind,
  type TranscriptSegment,
} from './transcript.js';
