import { readFileSync } from 'node:fs';
import { zipSync, strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import {
  detectTranscriptKind,
  parseTranscript,
  readTranscript,
  TranscriptError,
  type Transcript,
  type TranscriptKind,
} from './index.js';

const fixture = (name: string): Buffer => readFileSync(new URL(`../../fixtures/${name}`, import.meta.url));
const utf8 = (s: string): Buffer => Buffer.from(s, 'utf8');

/** The words of each segment, read back through its offsets. */
function words(t: Transcript): string[] {
  return t.segments.map((s) => t.text.slice(s.start, s.end));
}

async function parseError(bytes: Buffer, kind: TranscriptKind): Promise<string> {
  try {
    await parseTranscript({ bytes, kind });
  } catch (error) {
    expect(error).toBeInstanceOf(TranscriptError);
    return (error as Error).message;
  }
  throw new Error('expected a TranscriptError');
}

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

function paragraphXml(text: string): string {
  const runs = text
    .split('\n')
    .map(
      (line) =>
        `<w:r><w:t xml:space="preserve">${line.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</w:t></w:r>`,
    )
    .join('<w:r><w:br/></w:r>');
  return `<w:p><w:pPr><w:pStyle w:val="Normal"/></w:pPr>${runs}</w:p>`;
}

/** A minimal but valid .docx: content types, package relationships and the main document part. */
function buildDocx(body: string, extra: Record<string, Uint8Array> = {}): Buffer {
  const files: Record<string, Uint8Array> = {
    '[Content_Types].xml': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
        '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
        '<Default Extension="xml" ContentType="application/xml"/>' +
        '<Override PartName="/word/document.xml" ' +
        'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>' +
        '</Types>',
    ),
    '_rels/.rels': strToU8(
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" ' +
        'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
        'Target="word/document.xml"/></Relationships>',
    ),
    'word/document.xml': strToU8(
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document xmlns:w="${W}"><w:body>${body}` +
        '<w:sectPr/></w:body></w:document>',
    ),
    ...extra,
  };
  return Buffer.from(zipSync(files));
}

describe('parseTranscript: WebVTT', () => {
  it('keeps voices, timestamps and cue text, and skips NOTE and STYLE blocks', async () => {
    const t = await parseTranscript({ bytes: fixture('interview.vtt'), kind: 'vtt' });
    expect(t.text).toBe(
      'Interviewer: Thanks for talking with me today. How did things start to change?\n\n' +
        'Robin Ash: When I walked into the Tuesday group, nobody asked me to explain myself.\n\n' +
        'Interviewer: And now?\n\n' +
        'Robin Ash: Now I help run it & I make the tea.',
    );
    expect(t.segments.map(({ speaker, startMs, endMs }) => ({ speaker, startMs, endMs }))).toEqual([
      { speaker: 'Interviewer', startMs: 1000, endMs: 4500 },
      { speaker: 'Robin Ash', startMs: 5000, endMs: 9250 },
      { speaker: 'Interviewer', startMs: 70_000, endMs: 74_000 },
      { speaker: 'Robin Ash', startMs: 70_000, endMs: 74_000 },
    ]);
    expect(words(t)).toEqual([
      'Thanks for talking with me today. How did things start to change?',
      'When I walked into the Tuesday group, nobody asked me to explain myself.',
      'And now?',
      'Now I help run it & I make the tea.',
    ]);
  });

  it('reads mm:ss.ttt timestamps, CRLF line ends and cues without a speaker', async () => {
    const t = await parseTranscript({ bytes: fixture('short-mmss.vtt'), kind: 'vtt' });
    expect(t.text).toBe('Recovery is not a straight line.');
    expect(t.segments).toEqual([{ start: 0, end: 32, speaker: null, startMs: 2000, endMs: 4000 }]);
  });

  it('takes a caption-style label as the speaker when there is no voice span', async () => {
    const vtt = 'WEBVTT\n\n01:00:00.000 --> 01:00:02.000\n>> JO: It gets easier.\n';
    const t = await parseTranscript({ bytes: utf8(vtt), kind: 'vtt' });
    expect(t.text).toBe('JO: It gets easier.');
    expect(t.segments[0]).toMatchObject({ speaker: 'JO', startMs: 3_600_000, endMs: 3_602_000 });
    expect(words(t)).toEqual(['It gets easier.']);
  });

  it('refuses a file without the WEBVTT header', async () => {
    const message = await parseError(utf8('00:00:01.000 --> 00:00:02.000\nHello\n'), 'vtt');
    expect(message).toBe(
      'This VTT file has no ‘WEBVTT’ line at the start, so it is not a valid WebVTT file.',
    );
  });

  it('names the line of a bad timestamp', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\nFine\n\n00:01:xx.000 --> 00:01:05.000\nBroken\n';
    expect(await parseError(utf8(vtt), 'vtt')).toBe('Line 6: the timestamp ‘00:01:xx.000’ is not valid.');
  });

  it('refuses minutes or seconds of 60 or more', async () => {
    const vtt = 'WEBVTT\n\n00:61:00.000 --> 00:62:00.000\nHello\n';
    expect(await parseError(utf8(vtt), 'vtt')).toBe('Line 3: the timestamp ‘00:61:00.000’ is not valid.');
  });

  it('refuses a cue that ends before it starts', async () => {
    const vtt = 'WEBVTT\n\nid-1\n00:00:05.000 --> 00:00:01.000\nBackwards\n';
    expect(await parseError(utf8(vtt), 'vtt')).toBe(
      'Line 4: the cue ends (00:00:01.000) before it starts (00:00:05.000).',
    );
  });

  it('refuses a cue whose timing line has no arrow', async () => {
    const vtt = 'WEBVTT\n\n00:00:01.000 - 00:00:02.000\nHello\n';
    expect(await parseError(utf8(vtt), 'vtt')).toMatch(/^Line 4: expected a cue timing/);
  });

  it('reads a first cue that follows the header without a blank line', async () => {
    const vtt =
      'WEBVTT\n00:00:01.000 --> 00:00:02.000\nStraight in.\n\n00:00:03.000 --> 00:00:04.000\nNext.\n';
    const t = await parseTranscript({ bytes: utf8(vtt), kind: 'vtt' });
    expect(words(t)).toEqual(['Straight in.', 'Next.']);
    expect(t.segments[0]).toMatchObject({ startMs: 1000, endMs: 2000 });
  });

  it('says when a file has a header but no cues', async () => {
    expect(await parseError(utf8('WEBVTT\n\nNOTE nothing yet\n'), 'vtt')).toBe(
      'This transcript has no text in it.',
    );
  });
});

describe('parseTranscript: SRT', () => {
  it('keeps numbered cues, timestamps and both label styles', async () => {
    const t = await parseTranscript({ bytes: fixture('interview.srt'), kind: 'srt' });
    expect(t.text).toBe(
      'INTERVIEWER: What helped most?\n\n' +
        'Sam: Having someone who had been there. Someone who got it.\n\n' +
        'It took a while.',
    );
    expect(t.segments.map(({ speaker, startMs, endMs }) => ({ speaker, startMs, endMs }))).toEqual([
      { speaker: 'INTERVIEWER', startMs: 1000, endMs: 4000 },
      { speaker: 'Sam', startMs: 4500, endMs: 8000 },
      { speaker: null, startMs: 8500, endMs: 10_000 },
    ]);
    expect(words(t)).toEqual([
      'What helped most?',
      'Having someone who had been there. Someone who got it.',
      'It took a while.',
    ]);
  });

  it('accepts a BOM, CRLF, a full stop for the comma and a blank line inside a cue', async () => {
    const srt =
      '\uFEFF1\r\n00:00:01.000 --> 00:00:02.000\r\nFirst part\r\n\r\nstill cue one\r\n\r\n2\r\n00:00:03,000 --> 00:00:04,000\r\nTwo\r\n';
    const t = await parseTranscript({ bytes: utf8(srt), kind: 'srt' });
    expect(words(t)).toEqual(['First part still cue one', 'Two']);
    expect(t.segments[1]).toMatchObject({ startMs: 3000, endMs: 4000 });
  });

  it('names the line of a malformed timestamp', async () => {
    const srt = '1\n00:00:01,000 --> 00:00:02,000\nOne\n\n2\n00:00:0x,000 --> 00:00:04,000\nTwo\n';
    expect(await parseError(utf8(srt), 'srt')).toBe('Line 6: the timestamp ‘00:00:0x,000’ is not valid.');
  });

  it('refuses a numbered cue without a timing line', async () => {
    const srt = '1\nHello there\n';
    expect(await parseError(utf8(srt), 'srt')).toBe(
      'Line 2: cue 1 has no timing line such as ‘00:00:01,000 --> 00:00:04,000’.',
    );
  });

  it('refuses text that is not SRT at all', async () => {
    expect(await parseError(utf8('Dear diary,\ntoday was good.\n'), 'srt')).toMatch(
      /^Line 1: expected a cue number or a timing .* This does not look like an SRT file\.$/,
    );
  });

  it('refuses a cue that ends before it starts', async () => {
    const srt = '1\n00:00:04,000 --> 00:00:01,000\nBackwards\n';
    expect(await parseError(utf8(srt), 'srt')).toBe(
      'Line 2: the cue ends (00:00:01,000) before it starts (00:00:04,000).',
    );
  });
});

describe('parseTranscript: plain text', () => {
  it('splits on blank lines and speaker labels and keeps line breaks within a turn', async () => {
    const t = await parseTranscript({ bytes: fixture('interview.txt'), kind: 'txt' });
    expect(t.text).toBe(
      'Interviewer: What would you tell someone starting out?\n\n' +
        'Alex: Go to one meeting. Just one.\nThen see how you feel.\n\n' +
        "Interviewer: And if it doesn't help?\n\n" +
        'Alex: Try a different one. There is always another door.',
    );
    expect(t.segments.map((s) => s.speaker)).toEqual(['Interviewer', 'Alex', 'Interviewer', 'Alex']);
    expect(t.segments.every((s) => s.startMs === null && s.endMs === null)).toBe(true);
    expect(words(t)).toEqual([
      'What would you tell someone starting out?',
      'Go to one meeting. Just one.\nThen see how you feel.',
      "And if it doesn't help?",
      'Try a different one. There is always another door.',
    ]);
  });

  it('strips a BOM, normalises CRLF and reads leading timestamps', async () => {
    const txt = '\uFEFF[00:01:02] Jo: First.\r\n(1:05) Sam: Second.\r\n';
    const t = await parseTranscript({ bytes: utf8(txt), kind: 'txt' });
    expect(t.text).toBe('Jo: First.\n\nSam: Second.');
    expect(t.segments).toEqual([
      { start: 4, end: 10, speaker: 'Jo', startMs: 62_000, endMs: null },
      { start: 17, end: 24, speaker: 'Sam', startMs: 65_000, endMs: null },
    ]);
  });

  it('does not take a single "Word:" in a written story for a speaker', async () => {
    const txt = 'I remember it well.\n\nMonday: the first day I went back to the group.';
    const t = await parseTranscript({ bytes: utf8(txt), kind: 'txt' });
    expect(t.segments.map((s) => s.speaker)).toEqual([null, null]);
    expect(t.text).toBe(txt);
    expect(words(t)).toEqual(['I remember it well.', 'Monday: the first day I went back to the group.']);
  });

  it('leaves a time at the start of a sentence in the text', async () => {
    const txt = '10:30 was when the group met.\n\n11:00 came and I stayed.';
    const t = await parseTranscript({ bytes: utf8(txt), kind: 'txt' });
    expect(t.text).toBe(txt);
    expect(t.segments.map((s) => s.startMs)).toEqual([null, null]);
  });

  it('gives a label alone on its line to the words that follow', async () => {
    const txt = 'Interviewer:\nHow are you?\n\nKim:\n\nBetter than last year.';
    const t = await parseTranscript({ bytes: utf8(txt), kind: 'txt' });
    expect(t.text).toBe('Interviewer: How are you?\n\nKim: Better than last year.');
    expect(t.segments.map((s) => s.speaker)).toEqual(['Interviewer', 'Kim']);
    expect(words(t)).toEqual(['How are you?', 'Better than last year.']);
  });

  it('keeps offsets right around characters outside the Basic Multilingual Plane', async () => {
    const t = await parseTranscript({ bytes: utf8('Jo: 🌱 growing\n\nSam: 💚 yes'), kind: 'txt' });
    expect(words(t)).toEqual(['🌱 growing', '💚 yes']);
  });

  it('reads UTF-16 text saved with a byte-order mark', async () => {
    const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Jo: Hello\n\nSam: Hi', 'utf16le')]);
    const t = await parseTranscript({ bytes, kind: 'txt' });
    expect(t.text).toBe('Jo: Hello\n\nSam: Hi');
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Jo: Hello', 'utf16le').swap16()]);
    expect((await parseTranscript({ bytes: be, kind: 'txt' })).text).toBe('Jo: Hello');
  });

  it('refuses bytes that are not UTF-8', async () => {
    const latin1 = Buffer.from('Caf\xe9 au lait', 'latin1');
    expect(await parseError(latin1, 'txt')).toMatch(/^This file is not UTF-8 text\./);
    expect(await parseError(latin1, 'vtt')).toMatch(/^This file is not UTF-8 text\./);
  });

  it('refuses binary data that happens to be valid UTF-8', async () => {
    expect(await parseError(Buffer.from([0x41, 0x00, 0x42]), 'txt')).toMatch(
      /^This file is not UTF-8 text\./,
    );
  });

  it('refuses an empty file and a file of only whitespace', async () => {
    expect(await parseError(Buffer.alloc(0), 'txt')).toBe('This file is empty.');
    expect(await parseError(Buffer.alloc(0), 'docx')).toBe('This file is empty.');
    expect(await parseError(utf8('\uFEFF \n\n\t\n'), 'txt')).toBe('This transcript has no text in it.');
  });

  it('refuses more than 5 MB of text', async () => {
    const big = Buffer.alloc(5 * 1024 * 1024 + 1, 'a');
    expect(await parseError(big, 'txt')).toMatch(/larger than 5 MB of text/);
  });
});

describe('parseTranscript: Word', () => {
  it('reads paragraphs in order with speakers, tabs and line breaks', async () => {
    const body =
      paragraphXml('Interviewer: Where did you find support?') +
      '<w:p/>' +
      paragraphXml('Priya: At the café.\nEvery Thursday.') +
      '<w:p><w:r><w:t>Interviewer:</w:t></w:r><w:r><w:tab/><w:t>Thank you.</w:t></w:r>' +
      '<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del></w:p>';
    const t = await parseTranscript({ bytes: buildDocx(body), kind: 'docx' });
    expect(t.text).toBe(
      'Interviewer: Where did you find support?\n\n' +
        'Priya: At the café.\nEvery Thursday.\n\n' +
        'Interviewer: Thank you.',
    );
    expect(t.segments.map((s) => s.speaker)).toEqual(['Interviewer', 'Priya', 'Interviewer']);
    expect(words(t)).toEqual(['Where did you find support?', 'At the café.\nEvery Thursday.', 'Thank you.']);
  });

  it('reads a text box once, not again from its legacy fallback copy', async () => {
    const mc = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
    const box = (inner: string): string => `<w:txbxContent>${paragraphXml(inner)}</w:txbxContent>`;
    const body =
      paragraphXml('Before the box.') +
      `<w:p><w:r><mc:AlternateContent xmlns:mc="${mc}"><mc:Choice Requires="wps">${box('In the box.')}</mc:Choice>` +
      `<mc:Fallback>${box('In the box.')}<w:br/></mc:Fallback></mc:AlternateContent></w:r></w:p>` +
      paragraphXml('After the box.');
    const t = await parseTranscript({ bytes: buildDocx(body), kind: 'docx' });
    expect(t.text).toBe('Before the box.\n\nIn the box.\n\nAfter the box.');
  });

  it('finds the main part through the package relationships', async () => {
    const docx = buildDocx('', {
      '_rels/.rels': strToU8(
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
          '<Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" ' +
          'Target="/word/document2.xml"/></Relationships>',
      ),
      'word/document2.xml': strToU8(
        `<w:document xmlns:w="${W}"><w:body>${paragraphXml('Moved part.')}</w:body></w:document>`,
      ),
    });
    expect((await parseTranscript({ bytes: docx, kind: 'docx' })).text).toBe('Moved part.');
  });

  it('says a truncated document may be only partly uploaded', async () => {
    const docx = buildDocx(paragraphXml('Jo: A story worth keeping.'));
    const half = docx.subarray(0, Math.floor(docx.length / 2));
    expect(await parseError(half, 'docx')).toBe(
      'This Word document could not be opened: it may be damaged or only partly uploaded. Please upload it again.',
    );
  });

  it('says a renamed text file is not a Word document', async () => {
    expect(await parseError(utf8('Jo: just some text'), 'docx')).toMatch(
      /^This file is not a Word document \(\.docx\), although its name may say so\./,
    );
  });

  it('recognises an old binary .doc file', async () => {
    const doc = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]);
    expect(await parseError(doc, 'docx')).toMatch(/older Word \(\.doc\) file/);
  });

  it('refuses a zip that is not a Word document', async () => {
    const zip = Buffer.from(zipSync({ 'notes.txt': strToU8('hello') }));
    expect(await parseError(zip, 'docx')).toMatch(/^This file is a zip archive but not a Word document/);
  });

  it('refuses a document whose XML is broken', async () => {
    const docx = buildDocx('', { 'word/document.xml': strToU8(`<w:document xmlns:w="${W}"><w:body><w:p>`) });
    expect(await parseError(docx, 'docx')).toMatch(/could not be opened/);
  });

  it('refuses a zip bomb before expanding it', async () => {
    // 21 MB of one repeated paragraph compresses to a few tens of kilobytes.
    const huge = strToU8(
      `<w:document xmlns:w="${W}"><w:body>${paragraphXml('x'.repeat(21 * 1024 * 1024))}</w:body></w:document>`,
    );
    const bomb = Buffer.from(zipSync({ 'word/document.xml': huge }, { level: 9 }));
    expect(bomb.length).toBeLessThan(1024 * 1024);
    expect(await parseError(bomb, 'docx')).toMatch(/expands to more than 20 MB/);
  });

  it('does not trust an entry that understates its expanded size', async () => {
    const xml = strToU8(
      `<w:document xmlns:w="${W}"><w:body>${paragraphXml('y'.repeat(100_000))}</w:body></w:document>`,
    );
    const zip = Buffer.from(zipSync({ 'word/document.xml': xml }, { level: 9 }));
    // Rewrite the declared uncompressed size (local header offset 22, central directory offset 24) to 100.
    zip.writeUInt32LE(100, 22);
    const central = zip.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    zip.writeUInt32LE(100, central + 24);
    expect(await parseError(zip, 'docx')).toMatch(/could not be opened/);
  });
});

describe('detectTranscriptKind', () => {
  it('recognises each format by its content', () => {
    expect(detectTranscriptKind('interview.txt', fixture('interview.vtt'))).toBe('vtt');
    expect(detectTranscriptKind('captions.vtt', fixture('interview.srt'))).toBe('srt');
    expect(detectTranscriptKind('upload', utf8('\uFEFF\n00:00:01,000 --> 00:00:02,000\nHi\n'))).toBe('srt');
    expect(detectTranscriptKind('upload.bin', buildDocx(paragraphXml('Hi')))).toBe('docx');
    expect(detectTranscriptKind('notes', fixture('interview.txt'))).toBe('txt');
  });

  it('uses the name only when the content says nothing more specific', () => {
    expect(detectTranscriptKind('broken.vtt', utf8('Hello'))).toBe('vtt');
    expect(detectTranscriptKind('broken.SRT', utf8('Hello'))).toBe('srt');
    // A text file named .docx is text; a damaged zip named .docx goes to the Word parser for its message.
    expect(detectTranscriptKind('story.docx', utf8('Hello'))).toBe('txt');
    const docx = buildDocx(paragraphXml('Hi'));
    expect(detectTranscriptKind('story.docx', docx.subarray(0, docx.length / 2))).toBe('docx');
  });

  it('reads the opening of UTF-16 files', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('WEBVTT\n', 'utf16le')]);
    const be = Buffer.concat([
      Buffer.from([0xfe, 0xff]),
      Buffer.from('WEBVTT\n', 'utf16le').swap16(),
      Buffer.from([0]),
    ]);
    expect(detectTranscriptKind('a.txt', le)).toBe('vtt');
    expect(detectTranscriptKind('a.txt', be)).toBe('vtt');
  });

  it('sends an unreadable zip to the Word parser for its message', () => {
    const docx = buildDocx(paragraphXml('Hi'));
    expect(detectTranscriptKind('upload', docx.subarray(0, docx.length / 2))).toBe('docx');
  });

  it('refuses files that are clearly something else', () => {
    expect(() => detectTranscriptKind('t.pdf', utf8('%PDF-1.7\n'))).toThrow(TranscriptError);
    expect(() => detectTranscriptKind('t.doc', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1]))).toThrow(
      /older Word/,
    );
    expect(() => detectTranscriptKind('t.zip', Buffer.from(zipSync({ 'a.txt': strToU8('a') })))).toThrow(
      /zip archive, not a Word document/,
    );
  });
});

describe('reading in a worker thread', () => {
  it('answers as the parser does, and passes on the problem a person can fix', async () => {
    const bytes = fixture('interview.vtt');
    expect(await readTranscript({ filename: 'interview.vtt', bytes })).toEqual(
      await parseTranscript({ bytes, kind: 'vtt' }),
    );
    await expect(readTranscript({ filename: 'notes.pdf', bytes: utf8('%PDF-1.7') })).rejects.toThrow(
      'This is a PDF file, which cannot be imported as a transcript. Please export the transcript as plain ' +
        'text (.txt), WebVTT (.vtt), SubRip (.srt) or Word (.docx).',
    );
  });

  it('stops a reading that runs out of time, with a message saying what to do', async () => {
    const cues = Array.from({ length: 15_000 }, (_, i) => `00:00:01.000 --> 00:00:02.000\nLine ${i}\n`);
    const bytes = utf8(`WEBVTT\n\n${cues.join('\n')}`);
    const error = await readTranscript({ filename: 'long.vtt', bytes }, { timeLimitMs: 50 }).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(TranscriptError);
    expect((error as Error).message).toBe(
      'Reading this transcript took longer than 1 second, so it was stopped. Please split it into smaller files.',
    );
  });
});
