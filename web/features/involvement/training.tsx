import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  CreateTrainingRequestSchema,
  TRAINING_KIND_NAMES,
  TRAINING_KINDS,
  TrainingKindSchema,
  TrainingRecordSchema,
  type CreateTrainingRequest,
  type TrainingRecord,
  type UpdateTrainingRequest,
} from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiAction, apiRequest, errorText } from '../../lib/api.js';
import { today } from '../../lib/dates.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { formatDay } from '../../lib/format.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { cancelOnEscape, changedFields, useFocusFirstField, useFocusWhenClosed } from './inline-edit.js';
import { refreshState } from './involvement-api.js';

const t = involvementStrings.training;
const c = involvementStrings.common;
const FIELDS = ['kind', 'title', 'provider', 'completedOn', 'refreshDueOn', 'certificateNote'] as const;

type FormErrors = ReturnType<typeof useFormErrors>;

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

/** The fields of a training record, empty for a new one or filled in from `record` to change it. */
function TrainingFields({
  formId,
  form,
  record,
}: {
  formId: string;
  form: FormErrors;
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

/** Who keeps the list (their own page, or a coordinator's), so rows can be changed and deleted. */
export interface TrainingManagement {
  /** The query the list came from, refreshed after a change. */
  queryKey: QueryKey;
  /** Says, with focus, that a record was deleted (its row is gone, so focus cannot stay there). */
  onRemoved: (message: string) => void;
}

/** Training records with completion and refresh dates; ones due soon are flagged in words. */
export function TrainingList({
  training,
  manage,
}: {
  training: readonly TrainingRecord[];
  manage?: TrainingManagement;
}) {
  const [announcement, setAnnouncement] = useState('');
  return (
    <>
      {manage ? <StatusMessage>{announcement || null}</StatusMessage> : null}
      {training.length === 0 ? (
        <p>{t.none}</p>
      ) : (
        <ul className="record-list plain-list">
          {training.map((record) => (
            <TrainingItem key={record.id} record={record} manage={manage} onSaved={setAnnouncement} />
          ))}
        </ul>
      )}
    </>
  );
}

function TrainingItem({
  record,
  manage,
  onSaved,
}: {
  record: TrainingRecord;
  manage: TrainingManagement | undefined;
  onSaved: (message: string) => void;
}) {
  const [mode, setMode] = useState<'view' | 'edit' | 'confirm'>('view');
  const editRef = useFocusWhenClosed(mode === 'edit');
  const removeRef = useFocusWhenClosed(mode === 'confirm');
  const state = refreshState(record.refreshDueOn);
  return (
    <li className="record">
      <h3 className="record__title">{record.title}</h3>
      {mode === 'edit' && manage ? (
        <TrainingEditForm
          record={record}
          queryKey={manage.queryKey}
          onClose={(message) => {
            setMode('view');
            if (message) onSaved(message);
          }}
        />
      ) : (
        <>
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
          {manage ? (
            mode === 'confirm' ? (
              <RemoveTraining record={record} manage={manage} onCancel={() => setMode('view')} />
            ) : (
              <div className="button-group inv-record-actions">
                <Button
                  ref={editRef}
                  variant="secondary"
                  aria-label={t.editLabel(record.title)}
                  onPress={() => setMode('edit')}
                >
                  {t.edit}
                </Button>
                <Button
                  ref={removeRef}
                  variant="link"
                  aria-label={t.removeLabel(record.title)}
                  onPress={() => setMode('confirm')}
                >
                  {t.remove}
                </Button>
              </div>
            )
          ) : null}
        </>
      )}
    </li>
  );
}

function RemoveTraining({
  record,
  manage,
  onCancel,
}: {
  record: TrainingRecord;
  manage: TrainingManagement;
  onCancel: () => void;
}) {
  const client = useQueryClient();
  const [failure, setFailure] = useState('');
  const confirmRef = useRef<HTMLParagraphElement>(null);
  // The question takes focus when it appears, so it is read out first.
  useEffect(() => confirmRef.current?.focus(), []);
  const remove = useMutation({
    mutationFn: () => apiAction(`/api/training/${record.id}`, { method: 'DELETE' }),
    onSuccess: () => {
      manage.onRemoved(t.removed(record.title));
      void client.invalidateQueries({ queryKey: manage.queryKey });
    },
    onError: (error) => setFailure(errorText(error)),
  });
  return (
    <div className="confirm inv-record-actions">
      <p className="confirm__text" ref={confirmRef} tabIndex={-1}>
        {t.removeConfirm(record.title)}
      </p>
      {failure ? (
        <p className="field__error" role="alert">
          {failure}
        </p>
      ) : null}
      <div className="button-group">
        <Button
          variant="warning"
          isPending={remove.isPending}
          pendingLabel={c.saving}
          onPress={() => remove.mutate()}
        >
          {t.removeYes}
        </Button>
        <Button variant="link" onPress={onCancel}>
          {c.cancel}
        </Button>
      </div>
    </div>
  );
}

function TrainingEditForm({
  record,
  queryKey,
  onClose,
}: {
  record: TrainingRecord;
  queryKey: QueryKey;
  /** Closes the form; with a message when something was saved. */
  onClose: (message?: string) => void;
}) {
  const client = useQueryClient();
  const formId = `edit-training-${record.id}`;
  const form = useFormErrors(FIELDS, 'title');
  const formRef = useFocusFirstField();
  const save = useMutation({
    mutationFn: (body: UpdateTrainingRequest) =>
      apiRequest(`/api/training/${record.id}`, TrainingRecordSchema, { method: 'PATCH', body }),
    onSuccess: (saved) => {
      client.setQueryData(queryKey, (old: unknown) => replaceRecord(old, saved));
      void client.invalidateQueries({ queryKey });
      onClose(t.updated(saved.title));
    },
    onError: (error) => form.fromProblem(error),
  });

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const parsed = CreateTrainingRequestSchema.safeParse(requestFrom(values));
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { completedOn: t.completedMissing });
      return;
    }
    form.clear();
    const changes = changedFields(parsed.data, record);
    if (Object.keys(changes).length === 0) {
      onClose(t.unchanged);
      return;
    }
    save.mutate(changes);
  };

  return (
    <div className="inv-edit">
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form
        id={formId}
        ref={formRef}
        noValidate
        onSubmit={onSubmit}
        onKeyDown={cancelOnEscape(() => onClose())}
        className="form"
        aria-label={t.editTitle(record.title)}
      >
        <TrainingFields formId={formId} form={form} record={record} />
        <div className="button-group">
          <Button type="submit" isPending={save.isPending} pendingLabel={c.saving}>
            {t.save}
          </Button>
          <Button variant="link" onPress={() => onClose()}>
            {c.cancel}
          </Button>
        </div>
      </form>
    </div>
  );
}

/** Puts a saved record into a cached answer that lists training (`{ training: [...] }`), in place. */
function replaceRecord(old: unknown, saved: TrainingRecord): unknown {
  if (typeof old !== 'object' || old === null || !('training' in old) || !Array.isArray(old.training))
    return old;
  const training = old.training as TrainingRecord[];
  return { ...old, training: training.map((r) => (r.id === saved.id ? saved : r)) };
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
    const request = requestFrom(values);
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
        <TrainingFields formId={formId} form={form} />
        <Button type="submit" isPending={save.isPending} pendingLabel={involvementStrings.common.saving}>
          {t.submit}
        </Button>
      </form>
    </section>
  );
}
