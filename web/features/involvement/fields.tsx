import { useEffect, useRef, useState, type ReactNode } from 'react';
import { StatusMessage } from '../../components/status-message.js';
import { isApiError } from '../../lib/api.js';
import { strings } from '../../lib/strings.js';
import { involvementStrings } from '../../lib/strings/involvement.js';

/** A status message that takes focus when it changes, so keyboard and screen reader users land on it. */
export function useFocusedStatus() {
  const [status, setStatus] = useState({ text: '', count: 0 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status.count > 0) ref.current?.focus();
  }, [status]);
  const show = (text: string) => setStatus((previous) => ({ text, count: previous.count + 1 }));
  const node = (
    <div ref={ref} tabIndex={-1} className="inv-status">
      <StatusMessage>{status.text || null}</StatusMessage>
    </div>
  );
  return { show, node };
}

export function errorText(error: unknown): string {
  return isApiError(error) ? error.problem.detail : strings.errors.generic;
}

function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ') || undefined;
}

function HintAndError({
  id,
  hint,
  error,
}: {
  id: string;
  hint?: string | undefined;
  error?: string | undefined;
}) {
  return (
    <>
      {hint ? (
        <span className="field__hint" id={`${id}-hint`}>
          {hint}
        </span>
      ) : null}
      {error ? (
        <span className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{strings.errors.summaryTitle}: </span>
          {error}
        </span>
      ) : null}
    </>
  );
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'number' | 'date';
  defaultValue?: string;
  inputMode?: 'decimal' | 'numeric';
  maxLength?: number;
  min?: number;
  max?: number;
  step?: number | 'any';
  multiline?: boolean;
  width?: 'full' | 'medium' | 'short';
}

/** A labelled native field in the GOV.UK pattern, so dates and numbers use the browser's own controls. */
export function Field({
  id,
  name,
  label,
  hint,
  error,
  type = 'text',
  multiline = false,
  width,
  defaultValue,
  ...input
}: FieldProps) {
  const described = describedBy(id, hint, error);
  const size = width ?? (type === 'number' || type === 'date' ? 'short' : 'full');
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      {multiline ? (
        <textarea
          id={id}
          name={name}
          className="field__input field__input--textarea"
          rows={3}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          defaultValue={defaultValue}
          maxLength={input.maxLength}
        />
      ) : (
        <input
          id={id}
          name={name}
          type={type}
          className={`field__input field__input--${size}`}
          aria-describedby={described}
          aria-invalid={error ? true : undefined}
          defaultValue={defaultValue}
          {...input}
        />
      )}
    </div>
  );
}

interface Option {
  value: string;
  label: string;
}

/** A labelled native select. Controlled when `value` is given, otherwise it keeps its own value. */
export function SelectField({
  id,
  name,
  label,
  hint,
  error,
  options,
  placeholder,
  defaultValue,
  value,
  onChange,
}: {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly Option[];
  placeholder?: string;
  defaultValue?: string;
  value?: string;
  onChange?: (value: string) => void;
}) {
  const control =
    value === undefined
      ? { defaultValue: defaultValue ?? (placeholder ? '' : options[0]?.value) }
      : { value, onChange: (event: { target: { value: string } }) => onChange?.(event.target.value) };
  return (
    <div className="field" data-invalid={error ? '' : undefined}>
      <label className="field__label" htmlFor={id}>
        {label}
      </label>
      <HintAndError id={id} hint={hint} error={error} />
      <select
        id={id}
        name={name}
        className="select"
        aria-describedby={describedBy(id, hint, error)}
        aria-invalid={error ? true : undefined}
        {...control}
      >
        {placeholder ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Native radios in a fieldset: a legend, a hint, an optional note beside the choice and an inline error. */
export function Choices({
  id,
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
  note,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly Option[];
  defaultValue?: string;
  note?: ReactNode;
}) {
  return (
    <fieldset
      id={id}
      className="field inv-choices"
      data-invalid={error ? '' : undefined}
      aria-describedby={describedBy(id, hint, error)}
    >
      <legend className="field__label">{legend}</legend>
      <HintAndError id={id} hint={hint} error={error} />
      {note}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="inv-choice">
            <input
              id={optionId}
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={defaultValue === option.value}
            />
            <label htmlFor={optionId}>{option.label}</label>
          </div>
        );
      })}
    </fieldset>
  );
}

/** The voucher warning, in words, wherever a payment choice is made or shown. */
export function PaymentWarning({ text, id }: { text: string; id?: string }) {
  return (
    <div className="inv-warning" id={id}>
      <p className="inv-warning__title">{involvementStrings.common.paymentWarningTitle}</p>
      <p>{text}</p>
    </div>
  );
}
