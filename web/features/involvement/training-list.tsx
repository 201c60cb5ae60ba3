import { useMutation, useQueryClient, type QueryKey } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import { TRAINING_KIND_NAMES, type TrainingRecord } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDay } from '../../lib/format.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { ConfirmRemoveButtons } from './inline-controls.js';
import { useFocusWhenClosed } from './inline-edit.js';
import { refreshState } from './involvement-api.js';
import { TrainingEditForm } from './training-edit-form.js';

const t = involvementStrings.training;

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
    mutationFn: () =>
      callEndpoint(involvementEndpoints.removeTraining, { params: { trainingId: record.id } }),
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
      <ConfirmRemoveButtons
        yes={t.removeYes}
        isPending={remove.isPending}
        onConfirm={() => remove.mutate()}
        onCancel={onCancel}
      />
    </div>
  );
}
