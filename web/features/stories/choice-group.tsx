import type { ReactNode } from 'react';
import { storiesStrings } from '../../lib/strings/stories.js';

interface Choice {
  value: string;
  label: string;
  hint?: string;
}

interface ChoiceGroupProps {
  id: string;
  name: string;
  legend: string;
  hint?: string;
  error?: string | undefined;
  type?: 'radio' | 'checkbox';
  choices: readonly Choice[];
  selected: readonly string[];
  onChange: (value: string, checked: boolean) => void;
  /** Shown under a choice while it is selected, e.g. the questions that choice needs answered. */
  reveal?: (value: string) => ReactNode;
}

/** Native radios or checkboxes in a fieldset, in the GOV.UK pattern, whose selection the page controls. */
export function ChoiceGroup({
  id,
  name,
  legend,
  hint,
  error,
  type = 'radio',
  choices,
  selected,
  onChange,
  reveal,
}: ChoiceGroupProps) {
  const describedBy = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset
      id={id}
      className={error ? 'field field--error choices' : 'field choices'}
      aria-describedby={describedBy || undefined}
    >
      <legend className="field__label">{legend}</legend>
      {hint ? (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {error ? (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{storiesStrings.errorPrefix}</span>
          {error}
        </p>
      ) : null}
      {choices.map((choice) => {
        const inputId = `${id}-${choice.value}`;
        const checked = selected.includes(choice.value);
        return (
          <div key={choice.value} className="choice">
            <input
              id={inputId}
              type={type}
              name={name}
              value={choice.value}
              checked={checked}
              // Radios look as they do on every page; checkboxes keep the browser's, in the accent colour.
              className={type === 'radio' ? 'radio__input' : 'choice__input'}
              aria-describedby={choice.hint ? `${inputId}-hint` : undefined}
              onChange={(event) => onChange(choice.value, event.target.checked)}
            />
            <label htmlFor={inputId} className="choice__label">
              {choice.label}
            </label>
            {choice.hint ? (
              <p id={`${inputId}-hint`} className="choice__hint">
                {choice.hint}
              </p>
            ) : null}
            {checked && reveal ? <div className="choice__reveal">{reveal(choice.value)}</div> : null}
          </div>
        );
      })}
    </fieldset>
  );
}
