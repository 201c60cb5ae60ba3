import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { CreateIdeaRequestSchema, type Board, type CreateIdeaRequest } from '../../../contracts/cafes.js';
import { cafeRunningEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { NativeField } from '../../components/native-field.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { strings } from '../../lib/strings.js';
import { boardKey, storeBoard } from './cafe-api.js';

const r = cafesStrings.run;

type Action = keyof typeof r.done;

/** Moves the café along: start, next round, open and close voting, and close (after a confirmation). */
export function Controls({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const { cafe } = board;
  const control = useMutation({
    mutationFn: (action: Action) =>
      callEndpoint(cafeRunningEndpoints.control, { params: { cafeId: cafe.id }, body: { action } }),
    onSuccess: (next, action) => {
      storeBoard(client, cafe.id, next);
      setConfirming(false);
      onDone(r.done[action]);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const button = (
    action: Action,
    label: string,
    variant: 'primary' | 'secondary' | 'warning' = 'primary',
  ) => (
    <Button
      variant={variant}
      isPending={control.isPending && control.variables === action}
      pendingLabel={strings.common.saving}
      onPress={() => control.mutate(action)}
    >
      {label}
    </Button>
  );
  return (
    <div className="cafe-controls">
      {cafe.status === 'planned' ? button('start', r.start) : null}
      {cafe.status === 'live' && cafe.currentRound < cafe.rounds.length
        ? button('next_round', r.nextRound, 'secondary')
        : null}
      {cafe.status === 'live' && !cafe.votingOpen ? button('open_voting', r.openVoting, 'secondary') : null}
      {cafe.votingOpen ? button('close_voting', r.closeVoting, 'secondary') : null}
      {cafe.status !== 'closed' && !confirming ? (
        <Button variant="warning" onPress={() => setConfirming(true)}>
          {r.close}
        </Button>
      ) : null}
      {cafe.status !== 'closed' && confirming ? (
        <div className="callout" role="group" aria-labelledby="close-confirm">
          <p id="close-confirm">{r.closeConfirm}</p>
          <div className="cafe-controls">
            {button('close', r.closeYes, 'warning')}
            <Button variant="secondary" onPress={() => setConfirming(false)}>
              {strings.common.cancel}
            </Button>
          </div>
        </div>
      ) : null}
    </div>
  );
}

const QUICK_FORM = 'quick-entry';
// Only the note shows an error; what the server says about the table is shown there too.
const QUICK_FIELDS = ['text'] as const;

/** The facilitator typing up paper notes: choose the table, type one note, Enter, then the next. */
export function QuickEntry({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const form = useContractForm({ schema: CreateIdeaRequestSchema, fields: QUICK_FIELDS });
  const add = useMutation({
    mutationFn: (body: CreateIdeaRequest) =>
      callEndpoint(cafeRunningEndpoints.addIdea, { params: { cafeId: board.cafe.id }, body }),
    onSuccess: (_created, body) => {
      const input = document.getElementById(fieldId(QUICK_FORM, 'text'));
      if (input instanceof HTMLInputElement) {
        input.value = '';
        input.focus();
      }
      const table = board.cafe.tables.find((t) => t.id === body.tableId);
      onDone(r.quickAdded(table?.number ?? 0));
      void client.invalidateQueries({ queryKey: boardKey(board.cafe.id) });
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = form.parse(event.currentTarget);
    if (body) add.mutate(body);
  };
  return (
    <section className="section" aria-labelledby="quick-title">
      <h2 id="quick-title">{r.quickTitle}</h2>
      <p>{r.quickLead}</p>
      <form id={QUICK_FORM} noValidate onSubmit={onSubmit} className="cafe-quick">
        <div className="field">
          <label className="field__label" htmlFor={fieldId(QUICK_FORM, 'tableId')}>
            {r.quickTable}
          </label>
          <select id={fieldId(QUICK_FORM, 'tableId')} name="tableId" className="cafe-select">
            {board.cafe.tables.map((t) => (
              <option key={t.id} value={t.id}>
                {r.quickTableOption(t.number)}
              </option>
            ))}
          </select>
        </div>
        <NativeField
          id={fieldId(QUICK_FORM, 'text')}
          name="text"
          label={r.quickText}
          error={form.errorFor('text')}
          maxLength={280}
          autoComplete="off"
        />
        <Button type="submit" isPending={add.isPending} pendingLabel={strings.common.saving}>
          {r.quickSubmit}
        </Button>
      </form>
    </section>
  );
}
