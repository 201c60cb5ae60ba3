// Text decoding: UTF-8, or UTF-16 with a byte-order mark; anything else is not a transcript.
import { message } from '../../../../kernel/i18n.js';
import { MAX_TRANSCRIPT_TEXT_BYTES, startsWith, tooLarge, TranscriptError } from './transcript.js';

export function decodeText(bytes: Buffer): string {
  if (bytes.length > MAX_TRANSCRIPT_TEXT_BYTES) throw tooLarge();
  let text: string;
  // Windows tools often save "Unicode" text as UTF-16 with a byte-order mark; accept it rather than refuse.
  if (startsWith(bytes, [0xff, 0xfe])) text = decodeWith('utf-16le', bytes.subarray(2));
  else if (startsWith(bytes, [0xfe, 0xff])) text = decodeWith('utf-16be', bytes.subarray(2));
  else text = decodeWith('utf-8', bytes).replace(/^\uFEFF/, '');
  // NUL never appears in real text; its presence means a binary file (audio, image…) was chosen.
  if (text.includes('\u0000')) throw notText();
  return text.replace(/\r\n?/g, '\n');
}

function decodeWith(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw notText();
  }
}

function notText(): TranscriptError {
  return new TranscriptError(message('stories.transcript.notUtf8'));
}
