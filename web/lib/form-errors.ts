import { useCallback, useState } from 'react';
import type { z } from 'zod';
import { ApiError } from './api.js';
import { translate, translateContractMessage } from './i18n/i18n.js';

/** One problem with what someone entered: a field (or the whole form when `field` is null) and what to do. */
export interface FormError {
  field: string | null;
  message: string;
}

/** The id of a form control, so the error summary can link to it. */
export function fieldId(formId: string, field: string): string {
  return `${formId}-${field}`;
}

/** Maps an error path from the API ("email", "body.email", "/body/email") to one of the form's fields. */
export function fieldFromPath(path: string, fields: readonly string[]): string | null {
  const segments = path.split(/[./]/).filter((segment) => segment !== '' && segment !== 'body');
  for (const segment of segments) {
    if (fields.includes(segment)) return segment;
  }
  return null;
}

export function errorsFromZod(error: z.ZodError, fields: readonly string[]): FormError[] {
  const seen = new Set<string>();
  const errors: FormError[] = [];
  for (const issue of error.issues) {
    const field = fieldFromPath(issue.path.map(String).join('.'), fields);
    const key = field ?? '';
    if (seen.has(key)) continue;
    seen.add(key);
    errors.push({ field, message: translateContractMessage(issue.message) });
  }
  // Keep the order of the fields on the page.
  return errors.sort((a, b) => order(a.field, fields) - order(b.field, fields));
}

function order(field: string | null, fields: readonly string[]): number {
  return field === null ? -1 : fields.indexOf(field);
}

export function errorsFromProblem(
  error: unknown,
  fields: readonly string[],
  fallbackField?: string,
): FormError[] {
  if (!(error instanceof ApiError))
    return [{ field: fallbackField ?? null, message: translate('errors.generic') }];
  const problem = error.problem;
  const fieldErrors: FormError[] = [];
  for (const item of problem.errors ?? []) {
    const field = fieldFromPath(item.path, fields);
    if (field && !fieldErrors.some((existing) => existing.field === field)) {
      fieldErrors.push({ field, message: item.message });
    }
  }
  if (fieldErrors.length > 0)
    return fieldErrors.sort((a, b) => order(a.field, fields) - order(b.field, fields));
  return [{ field: fallbackField ?? null, message: problem.detail }];
}

/** Holds a form's errors and answers "what is wrong with this field?". */
export function useFormErrors(fields: readonly string[], fallbackField?: string) {
  const [errors, setErrors] = useState<FormError[]>([]);
  const fromZod = useCallback(
    (error: z.ZodError, values?: Record<string, string>, emptyMessages?: Record<string, string>) =>
      setErrors(
        values && emptyMessages
          ? mergeEmptyFieldErrors(values, emptyMessages, errorsFromZod(error, fields))
          : errorsFromZod(error, fields),
      ),
    [fields],
  );
  const fromProblem = useCallback(
    (error: unknown) => setErrors(errorsFromProblem(error, fields, fallbackField)),
    [fields, fallbackField],
  );
  const clear = useCallback(() => setErrors([]), []);
  const errorFor = useCallback(
    (field: string) => errors.find((error) => error.field === field)?.message,
    [errors],
  );
  return { errors, setErrors, fromZod, fromProblem, clear, errorFor };
}

/**
 * Messages for fields left empty, in the GOV.UK style ("Enter your email address"), which read better than
 * a format error for a field that was never filled in. Other checks come from the contract schemas.
 */
export function mergeEmptyFieldErrors(
  values: Record<string, string>,
  messages: Record<string, string>,
  errors: readonly FormError[],
): FormError[] {
  return errors.map((error) => {
    const message = error.field ? messages[error.field] : undefined;
    return message && (values[error.field ?? ''] ?? '').trim() === '' ? { ...error, message } : error;
  });
}

/** Reads a form's text fields by name. */
export function readForm(form: HTMLFormElement): Record<string, string> {
  const values: Record<string, string> = {};
  for (const [key, value] of new FormData(form)) {
    if (typeof value === 'string') values[key] = value;
  }
  return values;
}
