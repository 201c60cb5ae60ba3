import type { ReactNode } from 'react';
import { fieldDescribedBy, FieldHintAndError } from './field-message.js';

interface ChoiceOption {
  value: string;
  label: string;
  hint?: string | undefined;
}

/**
 * Native radios in a fieldset: a legend, a hint, an optional note beside the choice, an inline error and
 * one optional hint per option. `className` and `optionClassName` carry the feature's own layout.
 */
export function ChoiceField({
  id,
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
  note,
  noteAfterError = false,
  small = false,
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
  note?: ReactNode;
  /** Put the note below the error rather than between the hint and the error. */
  noteAfterError?: boolean;
  small?: boolean;
  className: string;
  optionClassName: string;
}) {
  return (
    <fieldset
      id={id}
      className={`field ${className}`}
      data-invalid={error ? '' : undefined}
      aria-describedby={fieldDescribedBy(id, hint, error)}
    >
      <legend className={small ? 'field__label field__label--small' : 'field__label'}>{legend}</legend>
      <FieldHintAndError id={id} hint={hint} />
      {noteAfterError ? null : note}
      <FieldHintAndError id={id} error={error} />
      {noteAfterError ? note : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className={optionClassName}>
            <input
              id={optionId}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
              aria-describedby={option.hint ? `${optionId}-hint` : undefined}
            />
            <span>
              <label htmlFor={optionId}>{option.label}</label>
              {option.hint ? (
                <span className={`${optionClassName}__hint`} id={`${optionId}-hint`}>
                  {option.hint}
                </span>
              ) : null}
            </span>
          </div>
        );
      })}
    </fieldset>
  );
}
