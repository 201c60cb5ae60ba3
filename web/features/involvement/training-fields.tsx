import {
  CreateTrainingRequestSchema,
  TRAINING_KIND_NAMES,
  TRAINING_KINDS,
  TrainingKindSchema,
  type CreateTrainingRequest,
  type TrainingRecord,
} from '../../../contracts/people.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { useContractForm } from '../../lib/contract-form.js';
import { today } from '../../lib/dates.js';
import { fieldId } from '../../lib/form-errors.js';
import { involvementStrings } from '../../lib/strings/involvement.js';

const t = involvementStrings.training;
const FIELDS = ['kind', 'title', 'provider', 'completedOn', 'refreshDueOn', 'certificateNote'] as const;

/** What a training form holds, as a request; kinds the browser made up fall back to "other". */
function requestFrom(values: Record<string, string>): CreateTrainingRequest {
  const kind = TrainingKindSchema.safeParse(values.kind);
  return {
    kind: kind.success ? kind.data : 'other',
    title: values.title ?? '',
    provider: values.provider ?? '',
    completedOn: values.completedOn ?? '',
    refreshDueOn: values.refreshDueOn ? values.refreshDueOn : null,
    certificateNote: values.certificateNote ?? '',
  };
}

/** A training form (new or changed), checked as a whole record with the contract. */
export function useTrainingForm() {
  return useContractForm({
    schema: CreateTrainingRequestSchema,
    fields: FIELDS,
    fallbackField: 'title',
    emptyMessages: { completedOn: t.completedMissing },
    toRequest: requestFrom,
  });
}

type TrainingFormErrors = ReturnType<typeof useTrainingForm>;

/** The fields of a training record, empty for a new one or filled in from `record` to change it. */
export function TrainingFields({
  formId,
  form,
  record,
}: {
  formId: string;
  form: TrainingFormErrors;
  record?: TrainingRecord;
}) {
  return (
    <>
      <SelectField
        id={fieldId(formId, 'kind')}
        name="kind"
        label={t.kind}
        error={form.errorFor('kind')}
        options={TRAINING_KINDS.map((kind) => ({ value: kind, label: TRAINING_KIND_NAMES[kind] }))}
        defaultValue={record?.kind}
      />
      <NativeField
        id={fieldId(formId, 'title')}
        name="title"
        label={t.courseTitle}
        hint={t.courseTitleHint}
        error={form.errorFor('title')}
        maxLength={200}
        defaultValue={record?.title}
      />
      <NativeField
        id={fieldId(formId, 'provider')}
        name="provider"
        label={t.provider_}
        hint={t.providerHint}
        error={form.errorFor('provider')}
        maxLength={200}
        defaultValue={record?.provider}
      />
      <NativeField
        id={fieldId(formId, 'completedOn')}
        name="completedOn"
        type="date"
        label={t.completedOn}
        error={form.errorFor('completedOn')}
        defaultValue={record ? record.completedOn : today()}
      />
      <NativeField
        id={fieldId(formId, 'refreshDueOn')}
        name="refreshDueOn"
        type="date"
        label={t.refreshDueOn}
        hint={t.refreshDueOnHint}
        error={form.errorFor('refreshDueOn')}
        defaultValue={record?.refreshDueOn ?? undefined}
      />
      <NativeField
        id={fieldId(formId, 'certificateNote')}
        name="certificateNote"
        label={t.certificateNote}
        error={form.errorFor('certificateNote')}
        maxLength={1000}
        multiline
        defaultValue={record?.certificateNote}
      />
    </>
  );
}
