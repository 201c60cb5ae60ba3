// Small helpers for running the detectors' patterns.

/** Calls `fn` for every match of a global pattern, from the start of the text. */
export function each(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

/** The same pattern without the i flag, for use on lowercased text (case-sensitive scans are faster). */
export const lowerVariant = (re: RegExp): RegExp => new RegExp(re.source, re.flags.replace('i', ''));
