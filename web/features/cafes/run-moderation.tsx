import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useRef, useState, type FormEvent } from 'react';
import type { Board, Idea } from '../../../contracts/cafes.js';
import { cafeModerationEndpoints } from '../../../contracts/cafes.endpoints.js';
import { Button } from '../../components/button.js';
import { LoadError } from '../../components/load-error.js';
import { NativeField } from '../../components/native-field.js';
import { SelectField } from '../../components/select-field.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { fieldId } from '../../lib/form-errors.js';
import { useT } from '../../lib/i18n/cafe-board.js';
import { cafesStrings } from '../../lib/strings/cafes.js';
import { strings } from '../../lib/strings.js';
import { similarKey, storeBoard } from './cafe-api.js';
import { harvestKey } from './harvest-query.js';
import { IdeaResult } from './results.js';

const r = cafesStrings.run;

/**
 * Sticker dots on a flip chart or hands in the room, counted in for an idea by the host: typed as a
 * total, so a recount replaces it. Shown apart from phone votes everywhere the counts are.
 */
function PaperVotes({
  idea,
  board,
  onDone,
}: {
  idea: Idea;
  board: Board;
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const [error, setError] = useState<string | undefined>();
  const formId = `paper-${idea.id}`;
  const save = useMutation({
    mutationFn: (body: { count: number; kind: 'dots' | 'hands' }) =>
      callEndpoint(cafeModerationEndpoints.countPaperVotes, {
        params: { cafeId: board.cafe.id, ideaId: idea.id },
        body,
      }),
    onSuccess: (next) => {
      storeBoard(client, board.cafe.id, next);
      void client.invalidateQueries({ queryKey: harvestKey(board.cafe.id) });
      onDone(r.paperSaved(idea.text));
    },
    onError: (problem) => onDone(errorText(problem)),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const text = String(form.get('count') ?? '').trim();
    const count = Number(text);
    if (text === '' || !Number.isInteger(count) || count < 0 || count > 1000) {
      setError(r.paperInvalid);
      document.getElementById(fieldId(formId, 'count'))?.focus();
      return;
    }
    setError(undefined);
    save.mutate({ count, kind: form.get('kind') === 'hands' ? 'hands' : 'dots' });
  };
  return (
    <details className="cafe-paper">
      <summary>{r.paperTitle}</summary>
      <form
        id={formId}
        noValidate
        onSubmit={onSubmit}
        className="cafe-quick"
        aria-label={`${r.paperTitle}: ${idea.text}`}
      >
        <NativeField
          id={fieldId(formId, 'count')}
          name="count"
          type="number"
          label={r.paperCount}
          hint={r.paperCountHint}
          error={error}
          defaultValue={String(idea.paperVotes)}
          min={0}
          max={1000}
        />
        <SelectField
          id={fieldId(formId, 'kind')}
          name="kind"
          label={r.paperKind}
          options={[
            { value: 'dots', label: r.paperKinds.dots },
            { value: 'hands', label: r.paperKinds.hands },
          ]}
          defaultValue={idea.paperKind ?? (board.cafe.votingMethod === 'approval' ? 'hands' : 'dots')}
        />
        <Button
          type="submit"
          variant="secondary"
          isPending={save.isPending}
          pendingLabel={strings.common.saving}
          aria-label={r.paperSaveLabel(idea.text)}
        >
          {r.paperSave}
        </Button>
      </form>
    </details>
  );
}

/** One idea as the facilitator sees it: hide or show it again, or correct its words. */
function ModeratedIdea({
  idea,
  board,
  onDone,
}: {
  idea: Idea;
  board: Board;
  onDone: (message: string) => void;
}) {
  const t = useT();
  const client = useQueryClient();
  const [editing, setEditing] = useState(false);
  const editButton = useRef<HTMLButtonElement>(null);
  const formId = `edit-${idea.id}`;
  const stopEditing = () => {
    setEditing(false);
    // Put focus back where it was before the form opened.
    setTimeout(() => editButton.current?.focus(), 0);
  };
  const moderate = useMutation({
    mutationFn: (body: { hidden?: boolean; text?: string }) =>
      callEndpoint(cafeModerationEndpoints.moderateIdea, {
        params: { cafeId: board.cafe.id, ideaId: idea.id },
        body,
      }),
    onSuccess: (next) => {
      storeBoard(client, board.cafe.id, next);
      // Hiding or showing an idea changes the priorities offered for co-production.
      void client.invalidateQueries({ queryKey: harvestKey(board.cafe.id) });
      if (editing) stopEditing();
    },
    onError: (error) => onDone(errorText(error)),
  });
  const onSave = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const text = String(new FormData(event.currentTarget).get('text') ?? '').trim();
    if (text.length >= 2) moderate.mutate({ text });
  };
  return (
    <li className={idea.hidden || idea.mergedInto ? 'cafe-idea cafe-idea--hidden' : 'cafe-idea'}>
      <p className="cafe-idea__text">{idea.text}</p>
      <p className="cafe-idea__meta">
        {t('cafeBoard.ideaMeta', { table: idea.tableNumber, round: idea.round })}
        {idea.author ? ` · ${t('cafeBoard.by', { name: idea.author })}` : ''}
        {idea.hidden ? ` · ${r.hidden}` : ''}
        {idea.mergedInto ? ` · ${r.merged}` : ''}
      </p>
      {idea.hidden && idea.hiddenReason ? (
        <p className="cafe-idea__meta">{r.hiddenByHost(idea.hiddenReason)}</p>
      ) : null}
      <IdeaResult board={board} idea={idea} withCommonGround />
      {editing ? (
        <form id={formId} noValidate onSubmit={onSave} className="cafe-quick">
          <NativeField
            id={fieldId(formId, 'text')}
            name="text"
            label={r.editField}
            hint={r.editHint}
            defaultValue={idea.text}
            maxLength={280}
          />
          <Button type="submit" isPending={moderate.isPending} pendingLabel={strings.common.saving}>
            {r.save}
          </Button>
          <Button variant="secondary" onPress={stopEditing}>
            {strings.common.cancel}
          </Button>
        </form>
      ) : idea.mergedInto ? null : (
        <div className="cafe-controls">
          <Button
            variant="secondary"
            aria-label={idea.hidden ? r.unhideLabel(idea.text) : r.hideLabel(idea.text)}
            onPress={() => moderate.mutate({ hidden: !idea.hidden })}
          >
            {idea.hidden ? r.unhide : r.hide}
          </Button>
          <Button
            ref={editButton}
            variant="secondary"
            aria-label={r.editLabel(idea.text)}
            onPress={() => {
              setEditing(true);
              setTimeout(() => document.getElementById(fieldId(formId, 'text'))?.focus(), 0);
            }}
          >
            {r.edit}
          </Button>
        </div>
      )}
      {!idea.hidden && !idea.mergedInto ? <PaperVotes idea={idea} board={board} onDone={onDone} /> : null}
    </li>
  );
}

/** Every idea, hidden and merged ones too, for the facilitator to tidy. */
export function Moderation({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  return (
    <section className="section" aria-labelledby="moderation-title">
      <h2 id="moderation-title">{r.moderationTitle}</h2>
      {board.cafe.votingMethod === 'agreement' ? <p>{cafesStrings.board.commonGroundExplained}</p> : null}
      {board.ideas.length === 0 ? (
        <p>{r.moderationNone}</p>
      ) : (
        <ul className="cafe-ideas">
          {board.ideas.map((idea) => (
            <ModeratedIdea key={idea.id} idea={idea} board={board} onDone={onDone} />
          ))}
        </ul>
      )}
    </section>
  );
}

/** Likely duplicates, each with a button to merge the later idea into the earlier one. */
export function Duplicates({ board, onDone }: { board: Board; onDone: (message: string) => void }) {
  const client = useQueryClient();
  const cafeId = board.cafe.id;
  const standing = board.ideas.filter((i) => !i.hidden && !i.mergedInto);
  const similar = useQuery({
    queryKey: [...similarKey(cafeId), standing.map((i) => `${i.id}:${i.text}`).join('|')],
    queryFn: () => callEndpoint(cafeModerationEndpoints.similarIdeas, { params: { cafeId } }),
    enabled: standing.length > 1,
  });
  const merge = useMutation({
    mutationFn: (body: { sourceId: string; targetId: string }) =>
      callEndpoint(cafeModerationEndpoints.mergeIdeas, { params: { cafeId }, body }),
    onSuccess: (next) => {
      storeBoard(client, cafeId, next);
      void client.invalidateQueries({ queryKey: harvestKey(cafeId) });
      onDone(r.mergedDone);
    },
    onError: (error) => onDone(errorText(error)),
  });
  const byId = new Map(standing.map((i) => [i.id, i]));
  const position = new Map(standing.map((i, index) => [i.id, index]));
  // The later idea merges into the earlier one (ideas come oldest first), so the first wording stays.
  const pairs = (similar.data?.pairs ?? []).flatMap((p) => {
    const first = byId.get(p.a);
    const second = byId.get(p.b);
    if (!first || !second) return [];
    return (position.get(first.id) ?? 0) <= (position.get(second.id) ?? 0)
      ? [{ a: first, b: second }]
      : [{ a: second, b: first }];
  });
  return (
    <section className="section" aria-labelledby="similar-title">
      <h2 id="similar-title">{r.similarTitle}</h2>
      {similar.isError ? (
        <LoadError error={similar.error} onRetry={() => void similar.refetch()} />
      ) : pairs.length === 0 ? (
        <p>{r.similarNone}</p>
      ) : (
        <ul className="plain-list">
          {pairs.map(({ a, b }) => (
            <li key={`${a.id}-${b.id}`}>
              <Button
                variant="secondary"
                isPending={merge.isPending}
                onPress={() => merge.mutate({ sourceId: b.id, targetId: a.id })}
              >
                {r.merge(b.text, a.text)}
              </Button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
