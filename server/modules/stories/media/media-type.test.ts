import { describe, expect, it } from 'vitest';
import { MEDIA_SNIFF_BYTES, sniffMediaType } from './media-type.js';

/** A head buffer of the sniffing size: the given bytes, then zero padding as in a real file's start. */
function head(...parts: (string | number[])[]): Buffer {
  const bytes = Buffer.concat(
    parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'latin1') : Buffer.from(p))),
  );
  return Buffer.concat([bytes, Buffer.alloc(Math.max(0, MEDIA_SNIFF_BYTES - bytes.length))]);
}

function ftyp(major: string, ...compatible: string[]): Buffer {
  const size = 16 + 4 * compatible.length;
  return head([0, 0, 0, size], 'ftyp', major, [0, 0, 2, 0], compatible.join(''), [0, 0, 0, 8], 'free');
}

function ebml(docType: string): Buffer {
  // EBML header: ID, size, EBMLVersion 1, EBMLReadVersion 1, EBMLMaxIDLength 4, DocType.
  return head(
    [0x1a, 0x45, 0xdf, 0xa3, 0x9f],
    [0x42, 0x86, 0x81, 0x01, 0x42, 0xf7, 0x81, 0x01, 0x42, 0xf2, 0x81, 0x04],
    [0x42, 0x82, 0x80 | docType.length],
    docType,
    [0x42, 0x87, 0x81, 0x04],
  );
}

function ogg(packetStart: string): Buffer {
  // Page header: capture pattern, version, BOS flag, granule, serial, sequence, checksum, 1 segment.
  return head(
    'OggS',
    [0, 2],
    [0, 0, 0, 0, 0, 0, 0, 0],
    [1, 2, 3, 4],
    [0, 0, 0, 0],
    [9, 9, 9, 9],
    [1, 19],
    packetStart,
  );
}

describe('sniffMediaType', () => {
  it.each([
    ['MP4 (isom)', ftyp('isom', 'isom', 'iso2', 'avc1', 'mp41'), 'video', 'video/mp4', 'mp4'],
    ['MP4 (mp42)', ftyp('mp42', 'mp42', 'isom'), 'video', 'video/mp4', 'mp4'],
    ['M4A', ftyp('M4A ', 'M4A ', 'mp42', 'isom'), 'audio', 'audio/mp4', 'm4a'],
    ['MOV', ftyp('qt  ', 'qt  '), 'video', 'video/quicktime', 'mov'],
    ['old MOV', head([0, 0, 0, 8], 'wide', [0, 0, 0, 0], 'mdat'), 'video', 'video/quicktime', 'mov'],
    ['3GP', ftyp('3gp4', '3gp4', 'isom'), 'video', 'video/3gpp', '3gp'],
    ['WebM', ebml('webm'), 'video', 'video/webm', 'webm'],
    ['Matroska', ebml('matroska'), 'video', 'video/x-matroska', 'mkv'],
    ['Ogg Opus', ogg('OpusHead'), 'audio', 'audio/ogg', 'opus'],
    ['Ogg Vorbis', ogg('\x01vorbis'), 'audio', 'audio/ogg', 'ogg'],
    ['Ogg Theora', ogg('\x80theora'), 'video', 'video/ogg', 'ogv'],
    ['MP3 with ID3', head('ID3', [4, 0, 0, 0, 0, 0x0f, 0x76]), 'audio', 'audio/mpeg', 'mp3'],
    ['MP3 frame', head([0xff, 0xfb, 0x90, 0x64]), 'audio', 'audio/mpeg', 'mp3'],
    ['MPEG-2 MP3 frame', head([0xff, 0xf3, 0x84, 0xc4]), 'audio', 'audio/mpeg', 'mp3'],
    [
      'WAV',
      head('RIFF', [0x24, 0x08, 0, 0], 'WAVEfmt ', [16, 0, 0, 0, 1, 0, 2, 0]),
      'audio',
      'audio/wav',
      'wav',
    ],
    ['FLAC', head('fLaC', [0, 0, 0, 0x22]), 'audio', 'audio/flac', 'flac'],
    ['AAC ADTS', head([0xff, 0xf1, 0x50, 0x80, 0x02, 0x1f, 0xfc]), 'audio', 'audio/aac', 'aac'],
    ['AMR', head('#!AMR\n'), 'audio', 'audio/amr', 'amr'],
  ])('recognises %s', (_name, bytes, kind, mime, extension) => {
    expect(sniffMediaType(bytes)).toEqual({ kind, mime, extension });
  });

  it.each([
    ['a PDF renamed .mp4', head('%PDF-1.7\n%\xe2\xe3\xcf\xd3\n')],
    ['a Windows program renamed .mp4', head('MZ', [0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, 0xff, 0xff])],
    ['a Linux program', head('\x7fELF', [2, 1, 1])],
    ['a zip or .docx', head('PK', [3, 4, 20, 0, 6, 0])],
    ['a JPEG photo', head([0xff, 0xd8, 0xff, 0xe0, 0, 0x10], 'JFIF')],
    ['a PNG image', head([0x89], 'PNG\r\n\x1a\n')],
    ['a HEIC photo (ftyp box, image brand)', ftyp('heic', 'mif1', 'heic')],
    ['an AVIF image', ftyp('avif', 'avif', 'mif1')],
    ['an AVI video (not accepted)', head('RIFF', [0, 0, 0, 0], 'AVI LIST')],
    ['a WebP image (RIFF, not WAVE)', head('RIFF', [0, 0, 0, 0], 'WEBPVP8 ')],
    ['an EBML file without a media DocType', ebml('other')],
    ['an Ogg stream of an unknown codec', ogg('unknownX')],
    ['UTF-16 text (FF FE looks like a frame sync)', Buffer.from('\ufeffWEBVTT', 'utf16le')],
    ['plain text', head('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n')],
    ['an empty buffer', Buffer.alloc(0)],
    ['a few bytes only', Buffer.from([0xff])],
    ['zeros', Buffer.alloc(64)],
  ])('returns null for %s', (_name, bytes) => {
    expect(sniffMediaType(bytes)).toBeNull();
  });

  it('copes with a head shorter than the boxes it inspects', () => {
    expect(sniffMediaType(Buffer.from([0, 0, 0, 0x20, 0x66, 0x74, 0x79, 0x70]))).toBeNull();
    expect(sniffMediaType(Buffer.from('OggS'))).toBeNull();
    expect(sniffMediaType(Buffer.from([0x1a, 0x45, 0xdf, 0xa3]))).toBeNull();
  });
});
