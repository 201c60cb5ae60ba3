import { useMutation } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import {
  CreateTrainingRequestSchema,
  TRAINING_KIND_NAMES,
  TRAINING_KINDS,
  TrainingKindSchema,
  TrainingRecordSchema,
  type CreateTrainingRequest,
  type TrainingRecord,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { apiRequest } from '../../lib/api.js';
import { today } from '../../lib/dates.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { refreshState } from './involvement-api.js';

const t = involvementStrings.training;
const FIELDS = ['kind', 'title', 'provider', 'completedOn', 'refreshDueOn', 'certificateNote'] as const;

/** Training records with completion and refresh dates; ones due soon are flagged in words. */
export function TrainingList({ training }: { training: readonly TrainingRecord[] }) {
  if (training.length === 0) return <p>{t.none}</p>;
  return (
    <ul className="record-list plain-list">
      {training.map((record) => {
        const state = refreshState(record.refreshDueOn);
        return (
          <li key={record.id} className="record">
            <h3 className="record__title">{record.title}</h3>
            <p className="secondary-text">
              {TRAINING_KIND_NAMES[record.kind]} · {t.provider(record.provider)}
            </p>
            <p>
              {t.completed(formatDay(record.completedOn))}
              <br />
              {record.refreshDueOn ? t.refreshDue(formatDay(record.refreshDueOn)) : t.noRefresh}
            </p>
            {state === 'soon' || state === 'overdue' ? (
              <p className={`inv-flag inv-flag--${state}`}>
                <strong>{state === 'soon' ? t.dueSoon : t.overdue}</strong>
              </p>
            ) : null}
            {record.certificateNote ? <p className="inv-prewrap">{record.certificateNote}</p> : null}
          </li>
        );
      })}
    </ul>
  );
}

/** A form to add a training record, to one's own record or (for coordinators) a member's. */
export function TrainingForm({
  formId,
  heading,
  postPath,
  onSaved,
}: {
  formId: string;
  heading: string;
  postPath: string;
  onSaved: (record: TrainingRecord) => void;
}) {
  const form = useFormErrors(FIELDS, 'title');
  const save = useMutation({
    mutationFn: (body: CreateTrainingRequest) =>
      apiRequest(postPath, TrainingRecordSchema, { method: 'POST', body }),
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    const kind = TrainingKindSchema.safeParse(values.kind);
    const request: CreateTrainingRequest = {
      kind: kind.success ? kind.data : 'other',
      title: values.title ?? '',
      provider: values.provider ?? '',
      completedOn: values.completedOn ?? '',
      refreshDueOn: values.refreshDueOn ? values.refreshDueOn : null,
      certificateNote: values.certificateNote ?? '',
    };
    const parsed = CreateTrainingRequestSchema.safeParse(request);
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { completedOn: t.completedMissing });
      return;
    }
    form.clear();
    save.mutate(request, {
      onSuccess: (record) => {
        element.reset();
        onSaved(record);
      },
    });
  };

  return (
    <section className="section narrow" aria-labelledby={`${formId}-title`}>
      <h2 id={`${formId}-title`}>{heading}</h2>
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <SelectField
          id={fieldId(formId, 'kind')}
          name="kind"
          label={t.kind}
          error={form.errorFor('kind')}
          options={TRAINING_KINDS.map((kind) => ({ value: kind, label: TRAINING_KIND_NAMES[kind] }))}
        />
        <NativeField
          id={fieldId(formId, 'title')}
          name="title"
          label={t.courseTitle}
          hint={t.courseTitleHint}
          error={form.errorFor('title')}
          maxLength={200}
        />
        <NativeField
          id={fieldId(formId, 'provider')}
          name="provider"
          label={t.provider_}
          hint={t.providerHint}
          error={form.errorFor('provider')}
          maxLength={200}
        />
        <NativeField
          id={fieldId(formId, 'completedOn')}
          name="completedOn"
          type="date"
          label={t.completedOn}
          error={form.errorFor('completedOn')}
          defaultValue={today()}
        />
        <NativeField
          id={fieldId(formId, 'refreshDueOn')}
          name="refreshDueOn"
          type="date"
          label={t.refreshDueOn}
          hint={t.refreshDueOnHint}
          error={form.errorFor('refreshDueOn')}
        />
        <NativeField
          id={fieldId(formId, 'certificateNote')}
          name="certificateNote"
          label={t.certificateNote}
          error={form.errorFor('certificateNote')}
          maxLength={1000}
          multiline
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={involvementStrings.common.saving}>
          {t.submit}
        </Button>
      </form>
    </section>
  );
}
