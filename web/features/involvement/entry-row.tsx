import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { involvementEndpoints } from '../../../contracts/involvement.endpoints.js';
import { INVOLVEMENT_ROLE_NAMES, type InvolvementEntry } from '../../../contracts/people.js';
import { Button } from '../../components/button.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { formatDay } from '../../lib/format.js';
import { formatPence } from '../../lib/money.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { EntryEditForm } from './entry-edit-form.js';
import { ConfirmRemoveButtons } from './inline-controls.js';
import { useFocusWhenClosed } from './inline-edit.js';
import { formatNumber, keys } from './involvement-api.js';
import type { Range } from './range-form.js';

const l = involvementStrings.log;

/** One row of the log, with Edit (a form in the row below) and Delete (after a question). */
export function EntryRow({
  entry,
  range,
  onRemoved,
  onFailed,
  onSaved,
}: {
  entry: InvolvementEntry;
  range: Range;
  onRemoved: (message: string) => void;
  onFailed: (message: string) => void;
  /** Says what was saved without taking focus, which goes back to the Edit button. */
  onSaved: (message: string) => void;
}) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [editing, setEditing] = useState(false);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const removeRef = useFocusWhenClosed(confirming);
  const editRef = useFocusWhenClosed(editing);
  const day = formatDay(entry.occurredOn);
  const keptOnMeeting = entry.source === 'coproduction_meeting';

  useEffect(() => {
    if (confirming) confirmRef.current?.focus();
  }, [confirming]);

  const remove = useMutation({
    mutationFn: () => callEndpoint(involvementEndpoints.removeEntry, { params: { entryId: entry.id } }),
    onSuccess: () => {
      onRemoved(l.removed(entry.personName, day));
      void client.invalidateQueries({ queryKey: keys.logAll(entry.organisationId) });
    },
    onError: (error) => {
      setConfirming(false);
      onFailed(errorText(error));
    },
  });

  return (
    <>
      <tr>
        <td className="nowrap">{day}</td>
        <td>{entry.personName}</td>
        <td>{INVOLVEMENT_ROLE_NAMES[entry.role]}</td>
        <td className="table__details">
          {entry.activity}
          {keptOnMeeting ? <span className="secondary-text"> ({l.fromMeeting})</span> : null}
        </td>
        <td>{formatNumber(entry.hours)}</td>
        <td>{formatPence(entry.expensesPence)}</td>
        <td>{involvementStrings.payments[entry.paymentChoice]}</td>
        <td>
          {keptOnMeeting ? (
            <span className="secondary-text">{l.changeOnMeeting}</span>
          ) : confirming ? (
            <div className="confirm">
              <p className="confirm__text" ref={confirmRef} tabIndex={-1}>
                {l.removeConfirm(entry.personName, day)}
              </p>
              <ConfirmRemoveButtons
                yes={l.removeYes}
                isPending={remove.isPending}
                onConfirm={() => remove.mutate()}
                onCancel={() => setConfirming(false)}
              />
            </div>
          ) : (
            <div className="button-group inv-row-actions">
              <Button
                ref={editRef}
                variant="secondary"
                aria-label={l.editLabel(entry.personName, day)}
                aria-expanded={editing}
                onPress={() => setEditing((open) => !open)}
              >
                {l.edit}
              </Button>
              <Button
                ref={removeRef}
                variant="link"
                aria-label={l.removeLabel(entry.personName, day)}
                onPress={() => {
                  setEditing(false);
                  setConfirming(true);
                }}
              >
                {l.remove}
              </Button>
            </div>
          )}
        </td>
      </tr>
      {editing && !keptOnMeeting ? (
        <tr className="inv-edit-row">
          <td colSpan={8}>
            <EntryEditForm
              entry={entry}
              range={range}
              onClose={(message) => {
                setEditing(false);
                if (message) onSaved(message);
              }}
              onMovedOut={onRemoved}
            />
          </td>
        </tr>
      ) : null}
    </>
  );
}
