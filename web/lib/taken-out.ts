import { markStrings } from './strings/marks.js';

const words = markStrings.takenOut;
const general = markStrings.general;

/**
 * Marks in a shared story's text, each with the words a reader sees instead. The text may hold the
 * detector's own marks ("[PERSON]") or the plainer ones a reviewer chose ("[name]", "[removed]").
 * Generalised places ("[hospital]") and the safeguarding mark "[…]" read well as they are.
 */
const READABLE = new Map<string, string>([
  ...Object.entries(words)
    .filter(([type]) => type !== 'removed')
    .flatMap(([type, text]): [string, string][] => {
      const chosen = general[type];
      return chosen
        ? [
            [`[${type}]`, text],
            [chosen, text],
          ]
        : [[`[${type}]`, text]];
    }),
  [markStrings.removed, words.removed],
]);

const MARK = /\[[^\][\n]{1,40}\]/g;

/** A shared story's text with every "taken out" mark in words a reader understands. */
export function withReadableMarks(text: string): string {
  return text.replace(MARK, (mark) => READABLE.get(mark) ?? mark);
}
