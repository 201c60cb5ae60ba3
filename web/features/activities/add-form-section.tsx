import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import type { FormEvent, ReactNode } from 'react';
import type { z } from 'zod';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { useContractForm, type ContractFormOptions } from '../../lib/contract-form.js';
import type { FormError } from '../../lib/form-errors.js';

/**
 * A form that adds to a list: checked with its contract, sent, then the list is refreshed, the form
 * emptied and what was saved said (and focused).
 */
export function useAddForm<S extends z.ZodType, R>(
  options: ContractFormOptions<S> & {
    send: (body: z.output<S>) => Promise<R>;
    /** The list the new thing goes into. */
    refresh: QueryKey;
    saved: (result: R) => string;
  },
) {
  const client = useQueryClient();
  const status = useFocusedStatus('act-status-message');
  const form = useContractForm(options);
  const add = useMutation({
    mutationFn: options.send,
    onSuccess: (result) => {
      void client.invalidateQueries({ queryKey: options.refresh });
      form.succeeded();
      status.show(options.saved(result));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (body) add.mutate(body, { onSuccess: () => element.reset() });
  };
  return { form, onSubmit, isPending: add.isPending, status: status.node };
}

/**
 * A section under a list with the form that adds to it: heading, lead, error summary, the form, and
 * after it what saving said. The heading's id is `${formId}-heading`.
 */
export function AddFormSection({
  formId,
  formKey,
  title,
  lead,
  errors,
  onSubmit,
  after,
  children,
}: {
  formId: string;
  /** A new key empties the form. */
  formKey?: number;
  title: string;
  lead: string;
  errors: readonly FormError[];
  onSubmit: (event: FormEvent<HTMLFormElement>) => void;
  after: ReactNode;
  children: ReactNode;
}) {
  const headingId = `${formId}-heading`;
  return (
    <section className="section narrow" aria-labelledby={headingId}>
      <h2 id={headingId}>{title}</h2>
      <p>{lead}</p>
      <ErrorSummary formId={formId} errors={errors} />
      <form key={formKey} id={formId} noValidate onSubmit={onSubmit} className="form">
        {children}
      </form>
      {after}
    </section>
  );
}
