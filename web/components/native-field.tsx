import type { HTMLInputAutoCompleteAttribute } from 'react';
import { fieldDescribedBy, FieldHintAndError } from './field-message.js';

interface NativeFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'number' | 'date' | 'time' | 'datetime-local' | 'url';
  defaultValue?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  autoCapitalize?: string;
  spellCheck?: boolean;
  inputMode?: 'decimal' | 'numeric';
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number | 'any';
  multiline?: boolean;
  /** Width of the box; numbers, dates and times are short unless told otherwise. */
  width?: 'full' | 'medium' | 'short';
  inputClassName?: string;
  /**
   * Writing direction: "ltr" for what is always written left to right (codes, email addresses, phone
   * numbers) even on a right-to-left page; "auto" for what a person may write in either.
   */
  dir?: 'ltr' | 'auto';
}

/**
 * A labelled field in the same GOV.UK pattern as `TextField`, built on plain inputs so pages load no
 * component library on a slow phone, and numbers, dates and times use the browser's own controls.
 */
export function NativeField({
  id,
  name,
  label,
  hint,
  error,
  type = 'text',
  multiline = false,
  width,
  inputClassName,
  defaultValue,
  ...input
}: NativeFieldProps) {
  const describedBy = fieldDescribedBy(id, hint, error);
  const size = width ?? (type === 'number' || type === 'date' || type === 'time' ? 'short' : 'full');
  const classes = (...names: (string | undefined)[]) => names.filter(Boolean).join(' ');
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <FieldHintAndError id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea
          id={id}
          name={name}
          className={classes('field__input', 'field__input--textarea', inputClassName)}
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          defaultValue={defaultValue}
          maxLength={input.maxLength}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          className={classes('field__input', `field__input--${size}`, inputClassName)}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          defaultValue={defaultValue}
          {...input}
        />
      )}
    </div>
  );
}
