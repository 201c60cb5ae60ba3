import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import {
  LADDER,
  SelfAssessmentRequestSchema,
  type CharterCommitment,
  type SelfAssessmentRequest,
} from '../../../contracts/coproduction.js';
import { charterEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { today } from '../../lib/dates.js';
import { fieldId } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { api, keys } from './coproduction-api.js';
import { TableScroll } from '../../components/table-scroll.js';

const ch = coproductionStrings.charter;
const FIELDS = ['rung', 'evidence', 'assessedOn'] as const;

function AssessmentForm({
  commitmentId,
  onDone,
}: {
  commitmentId: string;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const formId = `assess-${commitmentId}`;
  const form = useContractForm({
    schema: SelfAssessmentRequestSchema,
    fields: FIELDS,
    fallbackField: 'evidence',
    emptyMessages: { rung: ch.rungMissing, evidence: ch.evidenceMissing },
    toRequest: (values) => ({
      rung: values.rung ?? '',
      evidence: values.evidence ?? '',
      assessedOn: values.assessedOn ?? '',
    }),
  });
  const save = useMutation({
    mutationFn: (body: SelfAssessmentRequest) =>
      callEndpoint(charterEndpoints.addSelfAssessment, { params: { commitmentId }, body }),
    onSuccess: (history) => {
      client.setQueryData(keys.charterHistory(commitmentId), history);
      void client.invalidateQueries({ queryKey: keys.charter });
      onDone(ch.assessed);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (body) save.mutate(body, { onSuccess: () => element.reset() });
  };
  return (
    <section className="cop-form-block" aria-labelledby={`${formId}-title`}>
      <h5 id={`${formId}-title`} className="cop-h5">
        {ch.assessTitle}
      </h5>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <ChoiceField
          className="cop-choices"
          id={fieldId(formId, 'rung')}
          name="rung"
          legend={ch.rungLabel}
          error={form.errorFor('rung')}
          options={LADDER.map((rung) => ({
            value: rung,
            label: coproductionStrings.rungs[rung],
            hint: coproductionStrings.rungHints[rung],
          }))}
          small
        />
        <NativeField
          id={fieldId(formId, 'evidence')}
          name="evidence"
          label={ch.evidenceLabel}
          hint={ch.evidenceHint}
          error={form.errorFor('evidence')}
          maxLength={5000}
          multiline
        />
        <NativeField
          id={fieldId(formId, 'assessedOn')}
          name="assessedOn"
          type="date"
          label={ch.assessedOn}
          hint={ch.assessedOnHint}
          error={form.errorFor('assessedOn')}
          defaultValue={today()}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={coproductionStrings.common.saving}>
          {ch.assess}
        </Button>
      </form>
    </section>
  );
}

function History({ commitment }: { commitment: CharterCommitment }) {
  const history = useQuery({
    queryKey: keys.charterHistory(commitment.id),
    queryFn: () => api.fetchCharterHistory(commitment.id),
  });
  if (history.isPending) return <Loading />;
  if (history.isError) return <LoadError error={history.error} onRetry={() => void history.refetch()} />;
  const { assessments, ladder } = history.data;
  if (assessments.length === 0) return <p>{ch.noHistory}</p>;
  const steps = ladder.length || LADDER.length;
  return (
    <div className="cop-history">
      <figure className="cop-chart">
        <figcaption className="visually-hidden">{ch.chartCaption(commitment.text)}</figcaption>
        <ol className="cop-chart__bars" aria-hidden="true">
          {assessments.map((a) => (
            <li key={a.id} className="cop-chart__column">
              <span className="cop-chart__track">
                <span className="cop-chart__bar" style={{ height: `${(a.step / steps) * 100}%` }} />
              </span>
              <span className="cop-chart__value">{a.step}</span>
              <span className="cop-chart__date">{formatDay(a.assessedOn)}</span>
            </li>
          ))}
        </ol>
      </figure>
      <TableScroll label={ch.tableCaption}>
        <table className="table">
          <caption className="visually-hidden">{ch.tableCaption}</caption>
          <thead>
            <tr>
              <th scope="col">{ch.date}</th>
              <th scope="col">{ch.rung}</th>
              <th scope="col">{ch.evidence}</th>
            </tr>
          </thead>
          <tbody>
            {assessments.map((a) => (
              <tr key={a.id}>
                <th scope="row" className="nowrap">
                  {formatDay(a.assessedOn)}
                </th>
                <td>{`${coproductionStrings.rungs[a.rung]} (${coproductionStrings.common.stepOf(a.step, steps)})`}</td>
                <td className="cop-prewrap">{a.evidence}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </div>
  );
}

/** One charter commitment: its latest rung, and on opening, its history and a self-assessment form. */
export function CharterCommitmentItem({
  commitment,
  steps,
  onDone,
}: {
  commitment: CharterCommitment;
  steps: number;
  onDone: (message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const latest = commitment.latest;
  return (
    <li className="record">
      <h4 className="record__title">{commitment.text}</h4>
      <p>
        {latest
          ? ch.latest(
              coproductionStrings.rungs[latest.rung],
              latest.step,
              steps,
              formatDay(latest.assessedOn),
            )
          : ch.notAssessed}
      </p>
      <details className="cop-details" onToggle={(event) => setOpen(event.currentTarget.open)}>
        <summary>{ch.history}</summary>
        {open ? (
          <>
            <History commitment={commitment} />
            {commitment.mayEdit ? <AssessmentForm commitmentId={commitment.id} onDone={onDone} /> : null}
          </>
        ) : null}
      </details>
    </li>
  );
}
