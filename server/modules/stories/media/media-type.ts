// Recognises interview recordings by their first bytes, so an upload is accepted for what it is rather
// than for what its name or the browser's Content-Type claims. Only formats people record interviews
// in are listed; anything else (documents, images, programs renamed .mp4) is refused with null.

export interface MediaType {
  kind: 'audio' | 'video';
  mime: string;
  extension: string;
}

/** How many leading bytes a caller should read before calling `sniffMediaType`. */
export const MEDIA_SNIFF_BYTES = 64;

export function sniffMediaType(head: Buffer): MediaType | null {
  return (
    sniffIsoMedia(head) ?? sniffEbml(head) ?? sniffOgg(head) ?? sniffSimple(head) ?? sniffMpegAudio(head)
  );
}

const audio = (mime: string, extension: string): MediaType => ({ kind: 'audio', mime, extension });
const video = (mime: string, extension: string): MediaType => ({ kind: 'video', mime, extension });

function ascii(head: Buffer, start: number, length: number): string {
  if (head.length < start + length) return '';
  return head.toString('latin1', start, start + length);
}

// ISO base media (MP4, M4A, MOV, 3GP): a box of type 'ftyp' first, naming the major brand.
const AUDIO_BRANDS = new Set(['M4A ', 'M4B ', 'M4P ', 'F4A ', 'F4B ']);
// HEIF/AVIF pictures and some camera raws are ftyp boxes too, but they are still images.
const IMAGE_BRANDS = new Set([
  'heic',
  'heix',
  'hevc',
  'hevx',
  'heim',
  'heis',
  'mif1',
  'msf1',
  'avif',
  'avis',
]);
const NON_MEDIA_BRANDS = new Set(['crx ', 'jp2 ', 'jpx ', 'jpm ', 'mjp2']);
// QuickTime files from older cameras may start with a movie atom instead of 'ftyp'.
const QUICKTIME_FIRST_ATOMS = new Set(['moov', 'mdat', 'wide']);

function sniffIsoMedia(head: Buffer): MediaType | null {
  const boxType = ascii(head, 4, 4);
  if (QUICKTIME_FIRST_ATOMS.has(boxType)) return video('video/quicktime', 'mov');
  if (boxType !== 'ftyp') return null;
  const size = head.readUInt32BE(0);
  if (size < 16 && size !== 1) return null;
  const major = ascii(head, 8, 4);
  if (major.length !== 4) return null;
  if (IMAGE_BRANDS.has(major) || NON_MEDIA_BRANDS.has(major)) return null;
  if (AUDIO_BRANDS.has(major)) return audio('audio/mp4', 'm4a');
  if (major === 'qt  ') return video('video/quicktime', 'mov');
  if (major.startsWith('3g2')) return video('video/3gpp2', '3g2');
  if (major.startsWith('3gp')) return video('video/3gpp', '3gp');
  // Remaining brands (isom, mp41, mp42, avc1, iso2…, M4V, dash…) are MP4; an audio-only MP4 with a
  // generic brand cannot be told apart from the first bytes, and browsers play it as video/mp4 anyway.
  return video('video/mp4', 'mp4');
}

// Matroska and WebM share the EBML header; its DocType element (ID 0x4282) says which one.
function sniffEbml(head: Buffer): MediaType | null {
  if (!(head[0] === 0x1a && head[1] === 0x45 && head[2] === 0xdf && head[3] === 0xa3)) return null;
  const at = head.indexOf(Buffer.from([0x42, 0x82]), 4);
  if (at < 0) return null;
  const sizeByte = head[at + 2];
  // The DocType is a short string, so its size is a one-byte EBML integer (0x80 | length).
  if (sizeByte === undefined || (sizeByte & 0x80) === 0) return null;
  const docType = ascii(head, at + 3, sizeByte & 0x7f).replace(/\0+$/, '');
  if (docType === 'webm') return video('video/webm', 'webm');
  if (docType === 'matroska') return video('video/x-matroska', 'mkv');
  return null;
}

// Ogg: the first page's first packet names the codec.
function sniffOgg(head: Buffer): MediaType | null {
  if (ascii(head, 0, 4) !== 'OggS') return null;
  const segments = head[26];
  if (segments === undefined) return null;
  const packet = head.subarray(27 + segments);
  const starts = (s: string): boolean =>
    packet.length >= s.length && packet.toString('latin1', 0, s.length) === s;
  if (starts('OpusHead')) return audio('audio/ogg', 'opus');
  if (starts('\x01vorbis')) return audio('audio/ogg', 'ogg');
  if (starts('Speex   ')) return audio('audio/ogg', 'spx');
  if (starts('\x7fFLAC')) return audio('audio/ogg', 'oga');
  // A skeleton stream comes first in Ogg video files.
  if (starts('\x80theora') || starts('fishead\0') || starts('BBCD')) return video('video/ogg', 'ogv');
  return null;
}

function sniffSimple(head: Buffer): MediaType | null {
  if (ascii(head, 0, 4) === 'fLaC') return audio('audio/flac', 'flac');
  const riff = ascii(head, 0, 4);
  if ((riff === 'RIFF' || riff === 'RF64' || riff === 'BW64') && ascii(head, 8, 4) === 'WAVE') {
    return audio('audio/wav', 'wav');
  }
  // Voice-memo apps on older phones record AMR.
  if (ascii(head, 0, 6) === '#!AMR\n') return audio('audio/amr', 'amr');
  // An ID3v2 tag (version 2–4) precedes the MP3 frames.
  if (ascii(head, 0, 3) === 'ID3' && head[3] !== undefined && head[3] >= 2 && head[3] <= 4) {
    return audio('audio/mpeg', 'mp3');
  }
  return null;
}

// Bare MPEG audio frames begin with an 11- or 12-bit sync of ones; the header's other fields are checked
// too, because two bytes alone would also match, for example, a UTF-16 byte-order mark (FF FE).
function sniffMpegAudio(head: Buffer): MediaType | null {
  const [b0, b1, b2] = head;
  if (b0 !== 0xff || b1 === undefined || b2 === undefined) return null;
  // ADTS (AAC): 12 sync bits, layer 00; sampling-frequency index 0–12.
  if ((b1 & 0xf6) === 0xf0) return ((b2 >> 2) & 0x0f) <= 12 ? audio('audio/aac', 'aac') : null;
  if ((b1 & 0xe0) !== 0xe0) return null;
  const version = (b1 >> 3) & 0x03;
  const layer = (b1 >> 1) & 0x03;
  const bitrate = b2 >> 4;
  const sampleRate = (b2 >> 2) & 0x03;
  // Version 01 and sample-rate 11 are reserved; bitrate 1111 is invalid. Layer I (11) is not used for
  // recordings and would let FF FE/FF FF through, so only Layers III (01) and II (10) count.
  if (version === 0x01 || sampleRate === 0x03 || bitrate === 0x0f || bitrate === 0x00) return null;
  if (layer === 0x01) return audio('audio/mpeg', 'mp3');
  if (layer === 0x02) return audio('audio/mpeg', 'mp2');
  return null;
}
