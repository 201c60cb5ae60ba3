import type { ReactNode } from 'react';
import { fieldDescribedBy, FieldHintAndError } from './field-message.js';

interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

/**
 * Native radios in a fieldset: a legend, a hint, an optional note beside the choice, an inline error and
 * one optional hint per option, each drawn like RadioGroup's (.radio__input in styles.css) so a choice
 * looks the same on every page. `className` and `optionClassName` carry the feature's own layout.
 * Given `value` and `onChange` the page controls the choice (a filter); otherwise a form reads it.
 * `pills` lays the options out in a row of large tappable pills with their hints kept for screen
 * readers, as filters over a list are.
 */
export function ChoiceField({
  id,
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
  value,
  onChange,
  note,
  noteAfterError = false,
  small = false,
  pills = false,
  className,
  optionClassName,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly ChoiceOption[];
  defaultValue?: string | undefined;
  value?: string;
  onChange?: (value: string) => void;
  note?: ReactNode;
  /** Put the note below the error rather than between the hint and the error. */
  noteAfterError?: boolean;
  small?: boolean;
  pills?: boolean;
  className: string;
  optionClassName?: string;
}) {
  const controlled = value !== undefined;
  return (
    <fieldset
      id={id}
      className={`field radios ${pills ? 'radios--pills ' : ''}${className}`}
      data-invalid={error ? '' : undefined}
      aria-describedby={fieldDescribedBy(id, hint, error)}
    >
      <legend className={small ? 'field__label field__label--small' : 'field__label'}>{legend}</legend>
      <FieldHintAndError id={id} hint={hint} />
      {noteAfterError ? null : note}
      <FieldHintAndError id={id} error={error} />
      {noteAfterError ? note : null}
      <div className="radios__options">
        {options.map((option) => {
          const optionId = `${id}-${option.value}`;
          return (
            <div key={option.value} className={optionClassName ? `radio ${optionClassName}` : 'radio'}>
              <input
                id={optionId}
                className="radio__input"
                type="radio"
                name={name}
                value={option.value}
                {...(controlled
                  ? { checked: value === option.value, onChange: () => onChange?.(option.value) }
                  : { defaultChecked: defaultValue === option.value })}
                aria-describedby={option.hint ? `${optionId}-hint` : undefined}
              />
              <span className="radio__text">
                <label htmlFor={optionId} className="radio__label">
                  {option.label}
                </label>
                {option.hint ? (
                  <span className={pills ? 'visually-hidden' : 'radio__hint'} id={`${optionId}-hint`}>
                    {option.hint}
                  </span>
                ) : null}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
