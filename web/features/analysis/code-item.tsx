import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import type { Code, Codebook } from '../../../contracts/analysis.js';
import { codebookEndpoints } from '../../../contracts/analysis.endpoints.js';
import { Button } from '../../components/button.js';
import { callEndpoint, errorText } from '../../lib/api.js';
import { analysisStrings } from '../../lib/strings/analysis.js';
import { codesInOrder } from './code-tree.js';
import { Memos } from './memos.js';

const s = analysisStrings.codebook;

export function CodeOptions({ codes, except }: { codes: readonly Code[]; except?: string }) {
  return (
    <>
      {codesInOrder(codes)
        .filter(({ code }) => !code.mergedInto && code.id !== except)
        .map(({ code, depth }) => (
          <option key={code.id} value={code.id}>
            {`${'— '.repeat(depth)}${code.name}`}
          </option>
        ))}
    </>
  );
}

/** Choosing another code of the codebook (to move under, or merge into), sent with one button. */
function CodeChoiceForm({
  id,
  label,
  codebook,
  code,
  defaultValue,
  noneLabel,
  isPending,
  submit,
  submitLabel,
  onChoose,
}: {
  id: string;
  label: string;
  codebook: Codebook;
  code: Code;
  defaultValue: string;
  /** The first option, chosen by an empty value. */
  noneLabel: string;
  isPending: boolean;
  submit: string;
  submitLabel: string;
  onChoose: (value: string) => void;
}) {
  return (
    <form
      className="analysis-actions"
      onSubmit={(event) => {
        event.preventDefault();
        onChoose(String(new FormData(event.currentTarget).get('codeId') ?? ''));
      }}
    >
      <div className="field">
        <label className="field__label" htmlFor={id}>
          {label}
        </label>
        <select id={id} name="codeId" className="field__input" defaultValue={defaultValue}>
          <option value="">{noneLabel}</option>
          <CodeOptions codes={codebook.codes} except={code.id} />
        </select>
      </div>
      <Button type="submit" variant="secondary" isPending={isPending} aria-label={submitLabel}>
        {submit}
      </Button>
    </form>
  );
}

/** One code: what it means, and moving, retiring or merging it (its coding always goes with it). */
export function CodeItem({
  projectId,
  code,
  depth,
  codebook,
  onChange,
}: {
  projectId: string;
  code: Code;
  depth: number;
  codebook: Codebook;
  onChange: (next: Codebook, message: string) => void;
}) {
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  const params = { codebookId: codebook.id, codeId: code.id };
  const patch = useMutation({
    mutationFn: (body: { retired?: boolean; parentId?: string | null }) =>
      callEndpoint(codebookEndpoints.updateCode, { params, body }),
    onSuccess: (next, body) => {
      setError('');
      onChange(
        next,
        body.retired === undefined
          ? s.moved(code.name)
          : body.retired
            ? s.retiredDone(code.name)
            : s.restored(code.name),
      );
    },
    onError: (problem) => setError(errorText(problem)),
  });
  const merge = useMutation({
    mutationFn: (intoId: string) => callEndpoint(codebookEndpoints.mergeCode, { params, body: { intoId } }),
    onSuccess: (next, intoId) => {
      setError('');
      onChange(next, s.mergedDone(code.name, next.codes.find((c) => c.id === intoId)?.name ?? ''));
    },
    onError: (problem) => setError(errorText(problem)),
  });
  const id = `code-${code.id}`;
  if (code.mergedInto) {
    return (
      <li className="analysis-code analysis-code--merged" style={{ marginInlineStart: `${depth * 1.5}rem` }}>
        <p>
          <strong>{code.name}</strong>{' '}
          <span className="secondary-text">
            {s.mergedInto(codebook.codes.find((c) => c.id === code.mergedInto)?.name ?? '')}
          </span>
        </p>
      </li>
    );
  }
  return (
    <li className="analysis-code" style={{ marginInlineStart: `${depth * 1.5}rem` }}>
      <p>
        <span className="analysis-swatch" style={{ background: code.colour }} aria-hidden="true" />
        <strong>{code.name}</strong>{' '}
        {code.retired ? <span className="secondary-text">{analysisStrings.coding.retired}</span> : null}
      </p>
      {code.definition ? <p>{code.definition}</p> : null}
      {code.inclusion ? <p>{s.include(code.inclusion)}</p> : null}
      {code.exclusion ? <p>{s.exclude(code.exclusion)}</p> : null}
      {code.examples ? <p>{s.example(code.examples)}</p> : null}
      {error ? (
        <p className="field__error" role="alert">
          {error}
        </p>
      ) : null}
      <Button
        variant="link"
        onPress={() => setOpen(!open)}
        aria-label={s.changeLabel(code.name)}
        aria-expanded={open}
      >
        {s.change}
      </Button>
      {open ? (
        <div className="analysis-code__change">
          <CodeChoiceForm
            id={`${id}-parent`}
            label={s.moveUnder(code.name)}
            codebook={codebook}
            code={code}
            defaultValue={code.parentId ?? ''}
            noneLabel={s.topLevel}
            isPending={patch.isPending}
            submit={s.move}
            submitLabel={s.moveLabel(code.name)}
            onChoose={(value) => patch.mutate({ parentId: value === '' ? null : value })}
          />
          <CodeChoiceForm
            id={`${id}-merge`}
            label={s.mergeInto(code.name)}
            codebook={codebook}
            code={code}
            defaultValue=""
            noneLabel={s.chooseCode}
            isPending={merge.isPending}
            submit={s.merge}
            submitLabel={s.mergeLabel(code.name)}
            onChoose={(value) => {
              if (value) merge.mutate(value);
            }}
          />
          <Button
            variant="secondary"
            onPress={() => patch.mutate({ retired: !code.retired })}
            aria-label={code.retired ? s.restoreLabel(code.name) : s.retireLabel(code.name)}
          >
            {code.retired ? s.restore : s.retire}
          </Button>
          <p className="field__hint">{s.keepsCoding}</p>
        </div>
      ) : null}
      {projectId ? (
        <details className="analysis-details">
          <summary>{analysisStrings.memos.onCode}</summary>
          <Memos
            projectId={projectId}
            targetKind="code"
            targetId={code.id}
            label={analysisStrings.memos.thisCode(code.name)}
          />
        </details>
      ) : null}
    </li>
  );
}
