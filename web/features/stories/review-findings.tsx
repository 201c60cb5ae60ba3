import { useEffect, useRef, useState, type ReactNode } from 'react';
import type { PiiFinding, RedactionDecision } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { storiesStrings } from '../../lib/strings/stories.js';
import { withReadableMarks } from '../../lib/taken-out.js';

const s = storiesStrings.review;

export type Action = RedactionDecision['action'];

function typeName(type: string): string {
  return s.types[type] ?? s.unknownType;
}

/** The general word offered for a finding: the toolkit's own for places ("[hospital]"), else a plain one. */
export function generalWord(finding: PiiFinding): string {
  if (finding.type === 'FACILITY') return finding.replacement;
  return s.general[finding.type] ?? finding.replacement;
}

/** Findings in order, without overlaps (the server refuses overlapping redactions). */
export function orderedFindings(findings: readonly PiiFinding[]): PiiFinding[] {
  const sorted = [...findings].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: PiiFinding[] = [];
  let at = 0;
  for (const finding of sorted) {
    if (finding.start < at || finding.end <= finding.start) continue;
    out.push(finding);
    at = finding.end;
  }
  return out;
}

function decisionLabel(action: Action, finding: PiiFinding): string {
  if (action === 'keep') return s.decisionKeep;
  if (action === 'redact') return s.decisionRemove;
  return s.decisionReplace(generalWord(finding));
}

interface FindingProps {
  index: number;
  finding: PiiFinding;
  action: Action;
  onChange: (action: Action) => void;
}

/** One highlight: a button that opens its choices (keep, remove, replace) just after it. */
function Finding({ index, finding, action, onChange }: FindingProps) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const firstChoice = useRef<HTMLInputElement>(null);
  const wasOpen = useRef(false);
  useEffect(() => {
    if (open) firstChoice.current?.focus();
    else if (wasOpen.current) buttonRef.current?.focus();
    wasOpen.current = open;
  }, [open]);
  const id = `finding-${index}`;
  const type = typeName(finding.type);
  const choices: { value: Action; label: string }[] = [
    { value: 'keep', label: s.keep },
    { value: 'redact', label: s.remove },
    { value: 'generalise', label: s.replace(generalWord(finding)) },
  ];
  return (
    <>
      <button
        ref={buttonRef}
        type="button"
        className={`finding finding--${action}`}
        aria-expanded={open}
        aria-controls={`${id}-choices`}
        aria-label={s.highlightLabel(finding.text, type, decisionLabel(action, finding))}
        onClick={() => setOpen((value) => !value)}
      >
        <mark className="finding__text">{finding.text}</mark>
        {action === 'keep' ? null : (
          <span className="finding__replacement" aria-hidden="true">
            {' '}
            {withReadableMarks(action === 'redact' ? s.removed : generalWord(finding))}
          </span>
        )}
      </button>
      {open ? (
        <fieldset className="finding__choices" id={`${id}-choices`}>
          <legend>{s.choiceLegend(finding.text, type)}</legend>
          {choices.map((choice, position) => (
            <label key={choice.value} className="finding__choice">
              <input
                ref={position === 0 ? firstChoice : undefined}
                type="radio"
                className="radio__input"
                name={id}
                value={choice.value}
                checked={action === choice.value}
                onChange={() => onChange(choice.value)}
              />{' '}
              {choice.label}
            </label>
          ))}
          <Button variant="secondary" onPress={() => setOpen(false)}>
            {s.done}
          </Button>
        </fieldset>
      ) : null}
    </>
  );
}

/** The original with each finding as a highlight that opens its choices. */
export function Highlighted({
  text,
  findings,
  actions,
  setAction,
}: {
  text: string;
  findings: readonly PiiFinding[];
  actions: readonly Action[];
  setAction: (index: number, action: Action) => void;
}) {
  const parts: ReactNode[] = [];
  let at = 0;
  findings.forEach((finding, index) => {
    if (finding.start > at) parts.push(text.slice(at, finding.start));
    parts.push(
      <Finding
        key={`${finding.start}-${finding.end}`}
        index={index}
        finding={finding}
        action={actions[index] ?? 'redact'}
        onChange={(action) => setAction(index, action)}
      />,
    );
    at = finding.end;
  });
  parts.push(text.slice(at));
  return <div className="story-text story-text--review">{parts}</div>;
}
