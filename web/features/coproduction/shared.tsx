import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState, type HTMLInputAutoCompleteAttribute, type ReactNode } from 'react';
import { StatusMessage } from '../../components/status-message.js';
import { isApiError } from '../../lib/api.js';
import { formatDate } from '../../lib/format.js';
import type { MeResponse } from '../../../contracts/people.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { strings } from '../../lib/strings.js';
import { api, keys } from './coproduction-api.js';

const c = coproductionStrings.common;

/** A status message that takes focus when it changes, so keyboard and screen reader users land on it. */
export function useFocusedStatus() {
  const [status, setStatus] = useState({ text: '', count: 0 });
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (status.count > 0) ref.current?.focus();
  }, [status]);
  const show = (text: string) => setStatus((previous) => ({ text, count: previous.count + 1 }));
  const node = (
    <div ref={ref} tabIndex={-1} className="cop-status">
      <StatusMessage>{status.text || null}</StatusMessage>
    </div>
  );
  return { show, node };
}

export function errorText(error: unknown): string {
  return isApiError(error) ? error.problem.detail : strings.errors.generic;
}

/** A calendar date ("2026-03-14") in words, read as a date rather than a moment in time. */
export function formatDay(date: string): string {
  return formatDate(`${date}T12:00:00`);
}

interface FieldProps {
  id: string;
  name: string;
  label: string;
  hint?: string | undefined;
  error?: string | undefined;
  type?: 'text' | 'number' | 'date';
  defaultValue?: string;
  autoComplete?: HTMLInputAutoCompleteAttribute;
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
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const size = width ?? (type === 'number' || type === 'date' ? 'short' : 'full');
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
          className="field__input field__input--textarea"
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
          className={`field__input field__input--${size}`}
          aria-describedby={describedBy}
          aria-invalid={error ? true : undefined}
          defaultValue={defaultValue}
          {...input}
        />
      )}
    </div>
  );
}

interface ChoiceOption {
  value: string;
  label: string;
  hint?: string;
}

/** Native radios in a fieldset: a legend, a hint, an inline error and an optional note beside the choice. */
export function Choices({
  id,
  name,
  legend,
  hint,
  error,
  options,
  defaultValue,
  note,
  small = false,
}: {
  id: string;
  name: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  options: readonly ChoiceOption[];
  defaultValue?: string | undefined;
  note?: ReactNode;
  small?: boolean;
}) {
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  return (
    <fieldset
      id={id}
      className="field cop-choices"
      data-invalid={error ? '' : undefined}
      aria-describedby={describedBy}
    >
      <legend className={small ? 'field__label field__label--small' : 'field__label'}>{legend}</legend>
      {hint ? (
        <span className="field__hint" id={hintId}>
          {hint}
        </span>
      ) : null}
      {note}
      {error ? (
        <span className="field__error" id={errorId}>
          <span className="visually-hidden">{strings.errors.summaryTitle}: </span>
          {error}
        </span>
      ) : null}
      {options.map((option) => {
        const optionId = `${id}-${option.value}`;
        return (
          <div key={option.value} className="cop-choice">
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
                <span className="cop-choice__hint" id={`${optionId}-hint`}>
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

/** A labelled progress bar with the percentage in words beside it. */
export function Progress({ id, value }: { id: string; value: number }) {
  const clamped = Math.max(0, Math.min(100, value));
  return (
    <div className="cop-progress">
      <label htmlFor={id} className="cop-progress__label">
        {c.progress(clamped)}
      </label>
      <progress id={id} className="cop-progress__bar" max={100} value={clamped}>
        {`${clamped}%`}
      </progress>
    </div>
  );
}

/** The partnership's organisations, for choosing who owns a commitment or an action. */
export function usePartnershipOrganisations(me: MeResponse | null | undefined) {
  const partnershipId = me?.partnership?.id ?? '';
  const query = useQuery({
    queryKey: keys.public(partnershipId),
    queryFn: () => api.fetchPublic(partnershipId),
    enabled: partnershipId !== '',
  });
  const fromMemberships = [
    ...new Map((me?.memberships ?? []).map((m) => [m.organisationId, m.organisationName])),
  ].map(([id, name]) => ({ id, name }));
  return query.data?.organisations ?? fromMemberships;
}
