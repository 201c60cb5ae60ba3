// Turns an interview transcript (TXT, WebVTT, SRT or Word .docx) into story text plus per-paragraph
// segments that keep who spoke and when. Everything here is pure: bytes in, text out, no I/O, so the
// upload route can stream the file to disk first and call this with the bytes it kept.
import { unzipSync } from 'fflate';
import { SaxesParser } from 'saxes';

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

/** A problem with the uploaded file that the person can fix; the message is safe to show them. */
export class TranscriptError extends Error {
  override readonly name = 'TranscriptError';
}

const MB = 1024 * 1024;
/** Transcripts of even a very long interview are well under this; more is a wrong file or an attack. */
export const MAX_TRANSCRIPT_TEXT_BYTES = 5 * MB;
/** How far a .docx may expand when unzipped before it is treated as a zip bomb. */
export const MAX_DOCX_EXPANDED_BYTES = 20 * MB;

const SUPPORTED =
  'Please export the transcript as plain text (.txt), WebVTT (.vtt), SubRip (.srt) or Word (.docx).';

export async function parseTranscript(input: { bytes: Buffer; kind: TranscriptKind }): Promise<Transcript> {
  const { bytes, kind } = input;
  if (bytes.length === 0) throw new TranscriptError('This file is empty.');
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
      throw new TranscriptError(`Transcripts of type '${String(kind)}' are not supported. ${SUPPORTED}`);
  }
  if (transcript.segments.length === 0) throw new TranscriptError('This transcript has no text in it.');
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
    throw new TranscriptError(`This is a zip archive, not a Word document. ${SUPPORTED}`);
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
    throw new TranscriptError(`This is an older Word (.doc) file. Please save it as .docx. ${SUPPORTED}`);
  }
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new TranscriptError(`This is a PDF file, which cannot be imported as a transcript. ${SUPPORTED}`);
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

// ---------------------------------------------------------------------------------------------------
// Building the text

class TextBuilder {
  private readonly parts: string[] = [];
  private length = 0;
  readonly segments: TranscriptSegment[] = [];

  add(speaker: string | null, words: string, startMs: number | null, endMs: number | null): void {
    const body = words.trim();
    if (body === '') return;
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

function tooLarge(): TranscriptError {
  return new TranscriptError(
    `This transcript is larger than ${MAX_TRANSCRIPT_TEXT_BYTES / MB} MB of text. Please split it into smaller files.`,
  );
}

// ---------------------------------------------------------------------------------------------------
// Text decoding

function decodeText(bytes: Buffer): string {
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
  return new TranscriptError(
    'This file is not UTF-8 text. If it is a transcript, open it in a text editor and save it with UTF-8 encoding.',
  );
}

// ---------------------------------------------------------------------------------------------------
// Speaker labels and loose timestamps

// "Jo:", "JO:", "Speaker 1:", "Dr. Amir Khan:", "P1:" — up to four words, each starting with a capital or
// digit, so ordinary sentences ("It was hard: …") are not mistaken for labels.
const LABEL_WORD = "[\\p{Lu}\\p{Lt}\\d][\\p{L}\\p{M}\\d'’.\\-]*";
const COLON_LABEL = new RegExp(`^(?:>>\\s*)?(${LABEL_WORD}(?: ${LABEL_WORD}){0,3}):(?:\\s+|$)`, 'u');
const BRACKET_LABEL = /^(?:>>\s*)?\[([^\]\n]{1,40})\]:?(?:\s+|$)/u;
const ALL_DIGITS_OR_TIME = /^[\d:.]+$/;

function splitSpeakerLabel(line: string): { speaker: string; rest: string } | null {
  const m = COLON_LABEL.exec(line) ?? BRACKET_LABEL.exec(line);
  const speaker = m?.[1]?.trim();
  if (!m || !speaker || speaker.length > 40 || ALL_DIGITS_OR_TIME.test(speaker)) return null;
  return { speaker, rest: line.slice(m[0].length) };
}

// "[00:01:02] Jo: …", "(1:02) …" or "00:01:02 - Jo: …" at the start of a paragraph in exported notes.
const LEADING_TIME = /^([[(])?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)([\])])?(?:\s*[-–]\s*|\s+)/;

/**
 * A paragraph's leading timestamp, speaker label, or both. A bare time ("10:30 we met…") is prose, so a
 * time counts only when it is bracketed or followed by a speaker label.
 */
function splitMarkers(line: string): { ms: number | null; speaker: string | null; rest: string } | null {
  const body = line.trimStart();
  const m = LEADING_TIME.exec(body);
  const stamp = m?.[2];
  const ms = m && stamp !== undefined ? looseTimeToMs(stamp) : null;
  if (m && ms !== null) {
    const afterTime = body.slice(m[0].length);
    const labelled = splitSpeakerLabel(afterTime);
    const bracketed = (m[1] === '[' && m[3] === ']') || (m[1] === '(' && m[3] === ')');
    if (labelled) return { ms, speaker: labelled.speaker, rest: labelled.rest };
    if (bracketed) return { ms, speaker: null, rest: afterTime };
  }
  const labelled = splitSpeakerLabel(body);
  return labelled ? { ms: null, speaker: labelled.speaker, rest: labelled.rest } : null;
}

function looseTimeToMs(stamp: string): number | null {
  const [clock = '', frac = ''] = stamp.split(/[.,]/);
  const parts = clock.split(':').map(Number);
  let h = 0;
  let m: number | undefined;
  let s: number | undefined;
  if (parts.length === 3) [h = 0, m, s] = parts;
  else [m, s] = parts;
  if (m === undefined || s === undefined || m >= 60 || s >= 60) return null;
  return ((h * 60 + m) * 60 + s) * 1000 + Number(frac.padEnd(3, '0') || '0');
}

// ---------------------------------------------------------------------------------------------------
// Plain text and Word paragraphs

function parsePlainText(text: string): Transcript {
  // A paragraph ends at a blank line; a line that opens with a speaker label or time starts a new one too.
  const lines = text.split('\n').map((l) => l.trimEnd());
  const useMarkers = usesMarkers(lines);
  const paragraphs: string[] = [];
  let current: string[] = [];
  const flush = (): void => {
    if (current.length > 0) paragraphs.push(current.join('\n'));
    current = [];
  };
  for (const line of lines) {
    if (line.trim() === '') flush();
    else {
      if (useMarkers && current.length > 0 && splitMarkers(line) !== null) flush();
      current.push(line);
    }
  }
  flush();
  return buildParagraphs(paragraphs, useMarkers);
}

function parsePlainParagraphs(paragraphs: string[]): Transcript {
  return buildParagraphs(paragraphs, usesMarkers(paragraphs));
}

// A single "Monday: …" in a written story is prose, not a speaker; labels and times count only when the
// file uses them more than once or opens with one.
function usesMarkers(lines: string[]): boolean {
  const first = lines.find((l) => l.trim() !== '');
  if (first !== undefined && splitMarkers(first) !== null) return true;
  let n = 0;
  for (const line of lines) if (splitMarkers(line) !== null && ++n >= 2) return true;
  return false;
}

function buildParagraphs(paragraphs: string[], useMarkers: boolean): Transcript {
  const out = new TextBuilder();
  // A label alone on its line ("Interviewer:" then the words in the next paragraph) applies to what follows.
  let pending: { speaker: string | null; ms: number | null } | null = null;
  for (const paragraph of paragraphs) {
    const marked = useMarkers ? splitMarkers(paragraph) : null;
    let speaker = marked?.speaker ?? null;
    let startMs = marked?.ms ?? null;
    const body = (marked ? marked.rest : paragraph).trim();
    if (!marked && pending) {
      ({ speaker, ms: startMs } = pending);
    }
    if (body === '') {
      if (marked) pending = { speaker, ms: startMs };
      continue;
    }
    pending = null;
    out.add(speaker, body, startMs, null);
  }
  return out.build();
}

// ---------------------------------------------------------------------------------------------------
// Cue-based formats (WebVTT and SRT)

interface Block {
  /** 1-based line number of the block's first line, for error messages. */
  line: number;
  lines: string[];
}

function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let current: Block | null = null;
  text.split('\n').forEach((raw, i) => {
    const line = raw.trimEnd();
    if (line.trim() === '') {
      current = null;
      return;
    }
    if (current === null) {
      current = { line: i + 1, lines: [] };
      blocks.push(current);
    }
    current.lines.push(line);
  });
  return blocks;
}

function formatMs(ms: number, decimal: ',' | '.'): string {
  const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
  const h = Math.floor(ms / 3_600_000);
  const m = Math.floor(ms / 60_000) % 60;
  const s = Math.floor(ms / 1000) % 60;
  return `${pad(h)}:${pad(m)}:${pad(s)}${decimal}${pad(ms % 1000, 3)}`;
}

interface Timing {
  startMs: number;
  endMs: number;
}

function parseTiming(
  line: string,
  lineNo: number,
  stamp: RegExp,
  toMs: (m: RegExpExecArray) => number | null,
  decimal: ',' | '.',
): Timing {
  const arrow = line.indexOf('-->');
  const left = line.slice(0, arrow).trim();
  const right = (
    line
      .slice(arrow + 3)
      .trim()
      .split(/\s+/)[0] ?? ''
  ).trim();
  const parse = (s: string): number => {
    const m = stamp.exec(s);
    const ms = m ? toMs(m) : null;
    if (ms === null)
      throw new TranscriptError(`Line ${lineNo}: the timestamp '${truncate(s)}' is not valid.`);
    return ms;
  };
  const startMs = parse(left);
  const endMs = parse(right);
  if (endMs < startMs) {
    throw new TranscriptError(
      `Line ${lineNo}: the cue ends (${formatMs(endMs, decimal)}) before it starts (${formatMs(startMs, decimal)}).`,
    );
  }
  return { startMs, endMs };
}

function clockToMs(h: string | undefined, m: string, s: string, frac: string): number | null {
  const hh = h === undefined ? 0 : Number(h);
  const mm = Number(m);
  const ss = Number(s);
  if (mm >= 60 || ss >= 60) return null;
  return ((hh * 60 + mm) * 60 + ss) * 1000 + Number(frac.padEnd(3, '0'));
}

// WebVTT: "hh:mm:ss.ttt" (hours may be more than two digits) or "mm:ss.ttt".
const VTT_STAMP = /^(?:(\d{2,}):)?(\d{2}):(\d{2})\.(\d{3})$/;
const vttToMs = (m: RegExpExecArray): number | null => clockToMs(m[1], m[2] ?? '', m[3] ?? '', m[4] ?? '');

function parseVtt(text: string): Transcript {
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) {
    throw new TranscriptError(
      "This VTT file has no 'WEBVTT' line at the start, so it is not a valid WebVTT file.",
    );
  }
  const out = new TextBuilder();
  const [header, ...blocks] = blocksOf(text);
  // The first block is the header ("WEBVTT" plus optional metadata lines). Some tools leave out the blank
  // line before the first cue; its timing line is then inside the header block.
  const timingInHeader = header ? header.lines.findIndex((l) => l.includes('-->')) : -1;
  if (header && timingInHeader > 0) {
    blocks.unshift({ line: header.line + timingInHeader, lines: header.lines.slice(timingInHeader) });
  }
  for (const block of blocks) {
    const first = block.lines[0] ?? '';
    if (/^(?:NOTE|STYLE|REGION)(?:[ \t]|$)/.test(first)) continue;
    let timingIndex = first.includes('-->') ? 0 : 1;
    const timingLine = block.lines[timingIndex];
    if (timingLine === undefined || !timingLine.includes('-->')) {
      throw new TranscriptError(
        `Line ${block.line + timingIndex}: expected a cue timing such as '00:01:02.345 --> 00:01:05.000' ` +
          `but found '${truncate(timingLine ?? first)}'.`,
      );
    }
    const timing = parseTiming(timingLine, block.line + timingIndex, VTT_STAMP, vttToMs, '.');
    timingIndex++;
    const payload = block.lines.slice(timingIndex).join('\n');
    for (const run of vttRuns(payload)) {
      addCueText(out, run.speaker, run.text, timing);
    }
  }
  return out.build();
}

/** Splits a cue payload into runs by `<v Speaker>` voice spans, dropping all other markup. */
function vttRuns(payload: string): { speaker: string | null; text: string }[] {
  const runs: { speaker: string | null; text: string }[] = [];
  let speaker: string | null = null;
  let text = '';
  const flush = (): void => {
    if (text.trim() !== '') runs.push({ speaker, text });
    text = '';
  };
  for (const token of payload.split(/(<[^>]*>)/)) {
    if (!token.startsWith('<') || !token.endsWith('>')) {
      text += token;
      continue;
    }
    const voice = /^<v(?:\.[^\s>]*)?[ \t]+([^>]*)>$/.exec(token);
    if (voice) {
      flush();
      speaker = decodeEntities(voice[1] ?? '').trim() || null;
    } else if (token === '</v>') {
      flush();
      speaker = null;
    }
    // Other tags (<i>, <b>, <c.class>, <lang>, <ruby>, karaoke timestamps) carry styling only.
  }
  flush();
  return runs.map((r) => ({ speaker: r.speaker, text: decodeEntities(r.text) }));
}

function decodeEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', nbsp: ' ', quot: '"', apos: "'" };
  return s.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X'))
      return safeFromCodePoint(parseInt(name.slice(2), 16), whole);
    if (name.startsWith('#')) return safeFromCodePoint(parseInt(name.slice(1), 10), whole);
    const lower = name.toLowerCase();
    if (lower === 'lrm' || lower === 'rlm') return '';
    return named[lower] ?? whole;
  });
}

function safeFromCodePoint(cp: number, fallback: string): string {
  return Number.isInteger(cp) && cp > 0 && cp <= 0x10ffff ? String.fromCodePoint(cp) : fallback;
}

/** Adds a cue's words; a caption label ("JO:", "[Jo]") stands in for a missing voice span. */
function addCueText(out: TextBuilder, speaker: string | null, raw: string, timing: Timing): void {
  // Captions wrap lines for the screen, not for meaning, so lines join into one sentence flow.
  let words = raw
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '')
    .join(' ');
  if (speaker === null) {
    const labelled = splitSpeakerLabel(words);
    if (labelled) {
      speaker = labelled.speaker;
      words = labelled.rest;
    }
  }
  out.add(speaker, words, timing.startMs, timing.endMs);
}

// SRT: "hh:mm:ss,mmm"; a full stop instead of the comma is a common export variant and is accepted.
const SRT_STAMP = /^(\d{1,3}):(\d{2}):(\d{2})[,.](\d{1,3})$/;
const srtToMs = (m: RegExpExecArray): number | null => clockToMs(m[1], m[2] ?? '', m[3] ?? '', m[4] ?? '');

function parseSrt(text: string): Transcript {
  const cues: { timing: Timing; lines: string[] }[] = [];
  for (const block of blocksOf(text)) {
    const first = block.lines[0] ?? '';
    let timingIndex: number;
    if (first.includes('-->')) timingIndex = 0;
    else if (/^\d+$/.test(first.trim())) timingIndex = 1;
    else {
      // Some tools leave blank lines inside a cue's text: such a block continues the previous cue.
      const previous = cues[cues.length - 1];
      if (previous) {
        previous.lines.push(...block.lines);
        continue;
      }
      throw new TranscriptError(
        `Line ${block.line}: expected a cue number or a timing such as '00:00:01,000 --> 00:00:04,000' ` +
          `but found '${truncate(first)}'. This does not look like an SRT file.`,
      );
    }
    const timingLine = block.lines[timingIndex];
    if (timingLine === undefined || !timingLine.includes('-->')) {
      throw new TranscriptError(
        `Line ${block.line + timingIndex}: cue ${first.trim()} has no timing line such as ` +
          `'00:00:01,000 --> 00:00:04,000'.`,
      );
    }
    const timing = parseTiming(timingLine, block.line + timingIndex, SRT_STAMP, srtToMs, ',');
    cues.push({ timing, lines: block.lines.slice(timingIndex + 1) });
  }
  const out = new TextBuilder();
  for (const cue of cues) {
    // SRT allows <i>, <b>, <u>, <font …> and ASS-style {\an8} overrides; none of them is story text.
    const raw = cue.lines
      .join('\n')
      .replace(/<[^>]*>/g, '')
      .replace(/\{\\[^}]*\}/g, '');
    addCueText(out, null, decodeEntities(raw), cue.timing);
  }
  return out.build();
}

function truncate(s: string): string {
  return s.length > 60 ? `${s.slice(0, 57)}...` : s;
}

// ---------------------------------------------------------------------------------------------------
// Word (.docx)

const WORD_NAMESPACES = new Set([
  'http://schemas.openxmlformats.org/wordprocessingml/2006/main',
  'http://purl.oclc.org/ooxml/wordprocessingml/main',
]);
const MARKUP_COMPATIBILITY = 'http://schemas.openxmlformats.org/markup-compatibility/2006';
const OFFICE_DOCUMENT_REL = /\/officeDocument$/;

function damagedDocx(): TranscriptError {
  return new TranscriptError(
    'This Word document could not be opened: it may be damaged or only partly uploaded. Please upload it again.',
  );
}

function extractDocxParagraphs(bytes: Buffer): string[] {
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) {
      throw new TranscriptError(
        'This is an older Word (.doc) file. Please save it as .docx and upload it again.',
      );
    }
    throw new TranscriptError(
      'This file is not a Word document (.docx), although its name may say so. ' +
        'If it is a plain-text transcript, save it as .txt and upload it again.',
    );
  }
  const rels = unzipEntry(bytes, '_rels/.rels');
  const mainPart = (rels && officeDocumentTarget(rels)) ?? 'word/document.xml';
  const xml = unzipEntry(bytes, mainPart);
  if (xml === null) {
    throw new TranscriptError(
      'This file is a zip archive but not a Word document: it has no document text in it.',
    );
  }
  return wordParagraphs(xml);
}

/**
 * Reads one entry, refusing before inflating it if its declared size is over the limit. The inflater is
 * given an output buffer of exactly the declared size, so an entry that lies about its size cannot
 * expand past it either (the surplus is dropped and the XML then fails to parse).
 */
function unzipEntry(bytes: Buffer, name: string): string | null {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(bytes, {
      filter: (file) => {
        if (file.name !== name) return false;
        if (file.originalSize > MAX_DOCX_EXPANDED_BYTES) {
          throw new TranscriptError(
            `This Word document expands to more than ${MAX_DOCX_EXPANDED_BYTES / MB} MB when opened, ` +
              'which is far larger than any transcript, so it was not opened.',
          );
        }
        return true;
      },
    });
  } catch (error) {
    if (error instanceof TranscriptError) throw error;
    throw damagedDocx();
  }
  const entry = entries[name];
  if (entry === undefined) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(entry);
  } catch {
    throw damagedDocx();
  }
}

function officeDocumentTarget(relsXml: string): string | null {
  let target: string | null = null;
  const parser = new SaxesParser();
  parser.on('opentag', (tag) => {
    const type = tag.attributes.Type;
    const to = tag.attributes.Target;
    if (
      target === null &&
      typeof type === 'string' &&
      typeof to === 'string' &&
      OFFICE_DOCUMENT_REL.test(type)
    ) {
      target = to.replace(/^\//, '');
    }
  });
  try {
    parser.write(relsXml).close();
  } catch {
    throw damagedDocx();
  }
  return target;
}

/** Paragraph texts in document order: runs' text, tabs and line breaks; deleted text is left out. */
function wordParagraphs(xml: string): string[] {
  const paragraphs: string[] = [];
  // Text boxes nest paragraphs inside paragraphs, so open paragraphs form a stack.
  const open: string[] = [];
  let inText = false;
  // Word stores text boxes twice (modern shape and a legacy fallback); only the first copy is read.
  let fallbackDepth = 0;
  const append = (s: string): void => {
    const top = open.length - 1;
    if (top >= 0) open[top] += s;
  };
  const parser = new SaxesParser({ xmlns: true });
  parser.on('opentag', (tag) => {
    if (fallbackDepth > 0 || (tag.uri === MARKUP_COMPATIBILITY && tag.local === 'Fallback')) {
      fallbackDepth++;
      return;
    }
    if (!WORD_NAMESPACES.has(tag.uri)) return;
    switch (tag.local) {
      case 'p':
        open.push('');
        break;
      case 't':
        inText = true;
        break;
      case 'tab':
        append('\t');
        break;
      case 'br':
      case 'cr':
        append('\n');
        break;
      case 'noBreakHyphen':
        append('-');
        break;
    }
  });
  parser.on('text', (t) => {
    if (inText && fallbackDepth === 0) append(t);
  });
  parser.on('closetag', (tag) => {
    if (fallbackDepth > 0) {
      fallbackDepth--;
      return;
    }
    if (!WORD_NAMESPACES.has(tag.uri)) return;
    if (tag.local === 't') inText = false;
    else if (tag.local === 'p') {
      const paragraph = open.pop() ?? '';
      if (paragraph.trim() !== '') paragraphs.push(paragraph);
    }
  });
  try {
    parser.write(xml).close();
  } catch {
    throw damagedDocx();
  }
  return paragraphs;
}

/** Central-directory names of a zip, without inflating anything; null if it cannot be read. */
function zipEntryNames(bytes: Buffer): string[] | null {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(file.name);
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}
