import type { z } from 'zod';
import { readForm, useFormErrors, type FormError } from './form-errors.js';

/**
 * A form's errors, tied to the page's error flag (the document title): problems found before sending
 * (`reject`, `rejectZod`) or by the server (`failed`) set it, a success (`succeeded`) clears it.
 */
export function usePageForm(
  fields: readonly string[],
  fallbackField: string,
  onErrors: (has: boolean) => void,
) {
  const form = useFormErrors(fields, fallbackField);
  return {
    ...form,
    reject: (errors: FormError[]) => {
      onErrors(true);
      form.setErrors(errors);
    },
    rejectZod: (error: z.ZodError) => {
      onErrors(true);
      form.fromZod(error);
    },
    failed: (error: unknown) => {
      onErrors(true);
      form.fromProblem(error);
    },
    succeeded: () => onErrors(false),
  };
}

export interface ContractFormOptions<S extends z.ZodType> {
  /** The contract's request schema: the form checks exactly what the server will. */
  schema: S;
  /** The form's fields in page order, so the error summary follows the page. */
  fields: readonly string[];
  /** Where an error that names no field is shown. */
  fallbackField?: string;
  /** GOV.UK-style messages for fields left empty ("Enter your email address"). */
  emptyMessages?: Record<string, string>;
  /** Turns the form's text values into the request (numbers, lists, optional fields); values as they are by default. */
  toRequest?: (values: Record<string, string>) => unknown;
  /** Tells the page whether the form has errors (its title says so). */
  onErrors?: (has: boolean) => void;
}

/**
 * A form checked with its contract before it is sent, and shown the server's own problems after:
 * `parse(event.currentTarget)` gives the request, or null once the errors are on the page. What the
 * person typed stays in the form either way.
 */
export function useContractForm<S extends z.ZodType>(options: ContractFormOptions<S>) {
  const noop = () => undefined;
  const form = usePageForm(
    options.fields,
    options.fallbackField ?? options.fields[0] ?? '',
    options.onErrors ?? noop,
  );
  return {
    ...form,
    parse(element: HTMLFormElement): z.output<S> | null {
      const values = readForm(element);
      const parsed = options.schema.safeParse(options.toRequest ? options.toRequest(values) : values);
      if (parsed.success) {
        form.clear();
        return parsed.data;
      }
      (options.onErrors ?? noop)(true);
      form.fromZod(parsed.error, values, options.emptyMessages);
      return null;
    },
  };
}
