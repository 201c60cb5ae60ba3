// Plain text and Word paragraphs: a paragraph per speaker turn, or per blank-line-separated block.
import { splitMarkers } from './speaker-labels.js';
import { TextBuilder, type Transcript } from './transcript.js';

export function parsePlainText(text: string): Transcript {
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

export function parsePlainParagraphs(paragraphs: string[]): Transcript {
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
