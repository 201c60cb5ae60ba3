// Sentence splitting for evidence and risk: a single linear scan, no regular-expression backtracking.

export interface Sentence {
  start: number;
  end: number;
  text: string;
}

const MAX_SENTENCE = 2000;

const ABBREVIATION = /(?:^|\s)(?:dr|mr|mrs|ms|st|no|vs|etc|e\.g|i\.e|approx|dept|rd|ave)$/i;

/**
 * Split text into sentences at . ! ? … and line breaks; very long runs are cut into bounded pieces.
 * With `lowercase`, a full stop before a lowercase word ends a sentence too (text messages are written
 * all in lower case), except after an abbreviation such as "Dr." or "e.g.".
 */
export function splitSentences(text: string, options: { lowercase?: boolean } = {}): Sentence[] {
  const out: Sentence[] = [];
  let start = 0;
  const push = (end: number): void => {
    let a = start;
    let b = end;
    while (a < b && /\s/.test(text[a] ?? '')) a++;
    while (b > a && /\s/.test(text[b - 1] ?? '')) b--;
    if (b > a) out.push({ start: a, end: b, text: text.slice(a, b) });
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\n') {
      push(i + 1);
    } else if (c === '.' || c === '!' || c === '?' || c === '…') {
      let j = i + 1;
      while (j < text.length && /[.!?…"”’')\]]/.test(text[j] ?? '')) j++;
      const next = text[j];
      // "Dr. Okafor", "e.g. this": a full stop before a lowercase letter does not end the sentence
      const ends = options.lowercase
        ? next === ' ' && !(c === '.' && ABBREVIATION.test(text.slice(Math.max(0, i - 8), i)))
        : next === ' ' && !/[a-z]/.test(text[j + 1] ?? '');
      if (next === undefined || next === '\n' || ends) {
        push(j);
        i = j - 1;
      }
    } else if (i - start >= MAX_SENTENCE) {
      push(i);
    }
  }
  push(text.length);
  return out;
}
