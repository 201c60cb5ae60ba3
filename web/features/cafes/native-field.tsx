import type { HTMLInputAutoCompleteAttribute } from 'react';
import { strings } from '../../lib/strings.js';

interface NativeFieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'number' | 'date' | 'time' | 'url';
  defaultValue?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
  autoCapitalize?: string;
  spellCheck?: boolean;
  maxLength?: number;
  min?: number;
  max?: number;
  multiline?: boolean;
  inputClassName?: string;
}

/**
 * A labelled field in the same GOV.UK pattern as `TextField`, built on plain inputs so the café's
 * participant pages load no component library on a slow phone, and numbers, dates and times work.
 */
export function NativeField({
  id,
  name,
  label,
  hint,
  error,
  type = 'text',
  multiline = false,
  inputClassName,
  ...input
}: NativeFieldProps) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const className = `field__input ${type === 'number' || type === 'time' ? 'field__input--short' : ''} ${inputClassName ?? ''}`;
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      {hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={errorId}>
          <span className="visually-hidden">{strings.errors.summaryTitle}: </span>
          {error}
        </span>
      ) : null}
      {multiline ? (
        <textarea
          id={id}
          name={name}
          className={`${className} field__input--textarea`}
          rows={3}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          defaultValue={input.defaultValue}
          maxLength={input.maxLength}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          className={className}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          {...input}
        />
      )}
    </div>
  );
}
