// Speaker labels and loose timestamps at the start of a paragraph.
// "Jo:", "JO:", "Speaker 1:", "Dr. Amir Khan:", "P1:" — up to four words, each starting with a capital or
// digit, so ordinary sentences ("It was hard: …") are not mistaken for labels.
const LABEL_WORD = "[\\p{Lu}\\p{Lt}\\d][\\p{L}\\p{M}\\d'’.\\-]*";
const COLON_LABEL = new RegExp(`^(?:>>\\s*)?(${LABEL_WORD}(?: ${LABEL_WORD}){0,3}):(?:\\s+|$)`, 'u');
const BRACKET_LABEL = /^(?:>>\s*)?\[([^\]\n]{1,40})\]:?(?:\s+|$)/u;
const ALL_DIGITS_OR_TIME = /^[\d:.]+$/;

export function splitSpeakerLabel(line: string): { speaker: string; rest: string } | null {
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
export function splitMarkers(
  line: string,
): { ms: number | null; speaker: string | null; rest: string } | null {
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
