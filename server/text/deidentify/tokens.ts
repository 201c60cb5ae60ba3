// Words and the gaps between them: most detectors walk the same token list, made once per text.

const TOKEN = /[\p{L}\p{M}\p{N}](?:[\p{L}\p{M}\p{N}]|['’.-](?=[\p{L}\p{M}]))*/gu;

export interface Token {
  start: number;
  end: number;
  text: string;
  cap: boolean;
  /** First word of a sentence, line or quotation, where a capital says nothing. */
  sentenceStart: boolean;
}

export const isUpper = (c: string | undefined): boolean => {
  if (c === undefined || c === '') return false;
  // ASCII letters and digits answered from the code, the rest by case mapping
  const code = c.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  return c !== c.toLowerCase() && c === c.toUpperCase();
};

// what ends a sentence, a line or a clause, or opens a quotation, before a word: a capital after it says nothing
const OPENS_SENTENCE = new Set([...'.!?\n:;"“‘([]…']);

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(text); m !== null; m = TOKEN.exec(text)) {
    let k = m.index - 1;
    while (k >= 0 && (text[k] === ' ' || text[k] === '\t')) k--;
    const prev = k >= 0 ? text[k] : '\n';
    const sentenceStart =
      prev === undefined || OPENS_SENTENCE.has(prev) || (prev === '-' && k > 0 && text[k - 1] === ' ');
    out.push({
      start: m.index,
      end: m.index + m[0].length,
      text: m[0],
      cap: isUpper(m[0][0]),
      sentenceStart,
    });
  }
  return out;
}

/** The commonest gap between two words; `gapIs` answers it without cutting the text. */
export const ONE_SPACE = /^ $/;

/** Whether the text between two tokens (at most three characters) matches `allowed`. */
export function gapIs(text: string, a: Token, b: Token, allowed: RegExp): boolean {
  const width = b.start - a.end;
  if (width > 3 || width < 0) return false;
  // the commonest question, answered without cutting the text
  if (allowed === ONE_SPACE) return width === 1 && text.charCodeAt(a.end) === 32;
  return allowed.test(text.slice(a.end, b.start));
}
