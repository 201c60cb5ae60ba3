import { useEffect, useState, type RefObject } from 'react';
import type { Application } from '../../../contracts/analysis.js';

export type Span = { start: number; end: number };

/** Sentences as the reader sees them: ends at . ! or ? followed by a space, and at line breaks. */
export function sentencesOf(text: string): Span[] {
  const spans: Span[] = [];
  const pattern = /[^.!?\n]+(?:[.!?]+["'”’)\]]*|$)/g;
  for (let m = pattern.exec(text); m !== null; m = pattern.exec(text)) {
    const raw = m[0];
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ start: m.index + lead, end: m.index + lead + trimmed.length });
    if (raw.length === 0) pattern.lastIndex++;
  }
  return spans;
}

/** The text cut at every application boundary, so covered stretches can be marked. */
export function segmentsOf(text: string, applications: readonly Application[]) {
  const cuts = new Set([0, text.length]);
  for (const a of applications) {
    cuts.add(a.start);
    cuts.add(a.end);
  }
  const points = [...cuts].filter((n) => n >= 0 && n <= text.length).sort((a, b) => a - b);
  return points.slice(0, -1).map((start, i) => {
    const end = points[i + 1] ?? text.length;
    const covering = applications.filter((a) => a.start < end && a.end > start).length;
    return { start, end, covering };
  });
}

/** Where a DOM point falls in the container's text, counted as the story's own offsets. */
function offsetWithin(container: HTMLElement, node: Node, offset: number): number {
  const range = document.createRange();
  range.setStart(container, 0);
  range.setEnd(node, offset);
  return range.toString().length;
}

/**
 * What is selected in the story: words chosen with the mouse or a finger inside it, or whole sentences
 * ticked with the keyboard (`toggleSentence`). Either way it is one span of the story's text.
 */
export function useStorySelection(textRef: RefObject<HTMLDivElement | null>, sentences: readonly Span[]) {
  const [selection, setSelection] = useState<Span | null>(null);
  const [checked, setChecked] = useState<number[]>([]);

  // A selection made with the mouse or a finger inside the story becomes the span to code.
  useEffect(() => {
    const onChange = () => {
      const container = textRef.current;
      const current = window.getSelection();
      if (!container || !current || current.rangeCount === 0 || current.isCollapsed) return;
      const range = current.getRangeAt(0);
      if (!range.intersectsNode(container)) return;
      // A selection running past the story (a triple click selects the whole block) is cut to the story.
      const whole = document.createRange();
      whole.selectNodeContents(container);
      const start =
        range.compareBoundaryPoints(Range.START_TO_START, whole) <= 0
          ? 0
          : offsetWithin(container, range.startContainer, range.startOffset);
      const end =
        range.compareBoundaryPoints(Range.END_TO_END, whole) >= 0
          ? (container.textContent ?? '').length
          : offsetWithin(container, range.endContainer, range.endOffset);
      if (end > start) {
        setChecked([]);
        setSelection({ start, end });
      }
    };
    document.addEventListener('selectionchange', onChange);
    return () => document.removeEventListener('selectionchange', onChange);
  }, [textRef]);

  const toggleSentence = (index: number) => {
    const next = checked.includes(index)
      ? checked.filter((i) => i !== index)
      : [...checked, index].sort((a, b) => a - b);
    setChecked(next);
    const chosen = next.map((i) => sentences[i]).filter((x): x is Span => x !== undefined);
    const first = chosen[0];
    const last = chosen[chosen.length - 1];
    setSelection(first && last ? { start: first.start, end: last.end } : null);
  };
  const clear = () => {
    setSelection(null);
    setChecked([]);
    window.getSelection()?.removeAllRanges();
  };
  return { selection, checked, toggleSentence, clear };
}
