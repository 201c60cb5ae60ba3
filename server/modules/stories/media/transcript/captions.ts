// Cue-based formats (WebVTT and SRT): a paragraph per cue, with its timing and speaker.
import { message } from '../../../../kernel/i18n.js';
import { splitSpeakerLabel } from './speaker-labels.js';
import { TextBuilder, TranscriptError, type Transcript } from './transcript.js';

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
      throw new TranscriptError(
        message('stories.transcript.invalidTimestamp', { line: lineNo, text: truncate(s) }),
      );
    return ms;
  };
  const startMs = parse(left);
  const endMs = parse(right);
  if (endMs < startMs) {
    throw new TranscriptError(
      message('stories.transcript.endsBeforeStart', {
        line: lineNo,
        end: formatMs(endMs, decimal),
        start: formatMs(startMs, decimal),
      }),
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

export function parseVtt(text: string): Transcript {
  if (!/^WEBVTT(?:[ \t\n]|$)/.test(text)) {
    throw new TranscriptError(message('stories.transcript.noWebvtt'));
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
        message('stories.transcript.expectedVttTiming', {
          line: block.line + timingIndex,
          text: truncate(timingLine ?? first),
        }),
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

export function parseSrt(text: string): Transcript {
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
        message('stories.transcript.expectedSrtTiming', { line: block.line, text: truncate(first) }),
      );
    }
    const timingLine = block.lines[timingIndex];
    if (timingLine === undefined || !timingLine.includes('-->')) {
      throw new TranscriptError(
        message('stories.transcript.srtNoTiming', { line: block.line + timingIndex, cue: first.trim() }),
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
