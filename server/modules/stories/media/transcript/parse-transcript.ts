// Which format a file is, decided from its content, and the parser for it.
import { message } from '../../../../kernel/i18n.js';
import { parseSrt, parseVtt } from './captions.js';
import { decodeText } from './decode-text.js';
import { extractDocxParagraphs, zipEntryNames } from './docx.js';
import { parsePlainParagraphs, parsePlainText } from './plain-text.js';
import {
  MAX_TRANSCRIPT_TEXT_BYTES,
  startsWith,
  tooLarge,
  TranscriptError,
  type Transcript,
  type TranscriptKind,
} from './transcript.js';

/** Follows the refusal of a file of another kind. */
const SUPPORTED = message('stories.transcript.supported');

export async function parseTranscript(input: { bytes: Buffer; kind: TranscriptKind }): Promise<Transcript> {
  const { bytes, kind } = input;
  if (bytes.length === 0) throw new TranscriptError(message('stories.transcript.empty'));
  let transcript: Transcript;
  switch (kind) {
    case 'txt':
      transcript = parsePlainText(decodeText(bytes));
      break;
    case 'vtt':
      transcript = parseVtt(decodeText(bytes));
      break;
    case 'srt':
      transcript = parseSrt(decodeText(bytes));
      break;
    case 'docx':
      transcript = parsePlainParagraphs(extractDocxParagraphs(bytes));
      break;
    default:
      throw new TranscriptError(
        message('stories.transcript.unsupportedType', { kind: String(kind) }),
        SUPPORTED,
      );
  }
  if (transcript.segments.length === 0) throw new TranscriptError(message('stories.transcript.noText'));
  if (Buffer.byteLength(transcript.text, 'utf8') > MAX_TRANSCRIPT_TEXT_BYTES) throw tooLarge();
  return transcript;
}

/**
 * Decides the transcript format from the file's content, using the name only to break ties (so a
 * `.vtt` without its header still gets the precise "no WEBVTT line" message from the parser).
 * Throws a TranscriptError for files that are clearly something else (PDF, old .doc, other zips).
 */
export function detectTranscriptKind(filename: string, bytes: Buffer): TranscriptKind {
  const ext = /\.([a-z0-9]+)$/i.exec(filename)?.[1]?.toLowerCase() ?? '';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const names = zipEntryNames(bytes);
    // An unreadable zip is most likely a partly uploaded document: the Word parser says so precisely.
    if (names === null) return 'docx';
    if (names.includes('word/document.xml') || ext === 'docx') return 'docx';
    throw new TranscriptError(message('stories.transcript.zipArchive'), SUPPORTED);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new TranscriptError(message('stories.transcript.olderDoc'), SUPPORTED);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new TranscriptError(message('stories.transcript.pdf'), SUPPORTED);
  }
  // Only the opening is needed to recognise a text format; decoding all of it is the parser's job.
  const start = bytes.subarray(0, 1024);
  let head: string;
  if (startsWith(start, [0xff, 0xfe])) head = start.subarray(2).toString('utf16le');
  else if (startsWith(start, [0xfe, 0xff])) {
    // swap16 needs an even length; a short file may end on half a character.
    head = Buffer.from(start.subarray(2, 2 + ((start.length - 2) & ~1)))
      .swap16()
      .toString('utf16le');
  } else head = start.toString('utf8').replace(/^\uFEFF/, '');
  if (/^WEBVTT(?:[ \t\r\n]|$)/.test(head)) return 'vtt';
  if (/^\s*(?:\d+[ \t]*\r?\n)?[ \t]*\d{1,3}:\d{2}:\d{2}[,.]\d{1,3}[ \t]*-->/.test(head)) return 'srt';
  if (ext === 'vtt') return 'vtt';
  if (ext === 'srt') return 'srt';
  return 'txt';
}
