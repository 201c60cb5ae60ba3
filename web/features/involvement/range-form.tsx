import type { FormEvent } from 'react';
import { InvolvementRangeQuerySchema } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { involvementStrings } from '../../lib/strings/involvement.js';

const l = involvementStrings.log;
const RANGE_FORM = 'log-range';
const RANGE_FIELDS = ['from', 'to'] as const;

export type Range = { from: string; to: string };

/** The dates the log shows, checked as the API checks them (the end on or after the start). */
export function RangeForm({ range, onChange }: { range: Range; onChange: (range: Range) => void }) {
  const form = useContractForm({
    schema: InvolvementRangeQuerySchema,
    fields: RANGE_FIELDS,
    emptyMessages: { from: l.fromMissing, to: l.toMissing },
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const next = form.parse(event.currentTarget);
    if (next) onChange({ from: next.from, to: next.to });
  };
  return (
    <section className="section" aria-labelledby="range-title">
      <h2 id="range-title">{l.rangeTitle}</h2>
      <ErrorSummary formId={RANGE_FORM} errors={form.errors} headingLevel={3} />
      <form id={RANGE_FORM} noValidate onSubmit={onSubmit} className="form">
        <p className="field__hint">{l.rangeHint}</p>
        <div className="inv-range">
          <NativeField
            id={fieldId(RANGE_FORM, 'from')}
            name="from"
            type="date"
            label={l.from}
            error={form.errorFor('from')}
            defaultValue={range.from}
          />
          <NativeField
            id={fieldId(RANGE_FORM, 'to')}
            name="to"
            type="date"
            label={l.to}
            error={form.errorFor('to')}
            defaultValue={range.to}
          />
        </div>
        <Button type="submit" variant="secondary">
          {l.show}
        </Button>
      </form>
    </section>
  );
}
