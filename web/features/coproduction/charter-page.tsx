import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link } from 'react-router';
import {
  CHARTER_LEVELS,
  CreateCharterCommitmentRequestSchema,
  LADDER,
  type CreateCharterCommitmentRequest,
} from '../../../contracts/coproduction.js';
import { charterEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { Button } from '../../components/button.js';
import { ChoiceField } from '../../components/choice-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpoint } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId } from '../../lib/form-errors.js';
import { coordinatedOrganisations, useMe } from '../../lib/session.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { CharterCommitmentItem } from './charter-history.js';
import { api, keys } from './coproduction-api.js';
import './coproduction.css';

const ch = coproductionStrings.charter;
const FIELDS = ['level', 'text'] as const;

function AddCharterCommitment({
  organisation,
  onDone,
}: {
  organisation: { id: string; name: string };
  onDone: (message: string) => void;
}) {
  const client = useQueryClient();
  const formId = `charter-add-${organisation.id}`;
  const form = useContractForm({
    schema: CreateCharterCommitmentRequestSchema,
    fields: FIELDS,
    fallbackField: 'text',
    emptyMessages: { text: ch.textMissing },
    toRequest: (values) => ({
      organisationId: organisation.id,
      level: values.level ?? '',
      text: values.text ?? '',
    }),
  });
  const add = useMutation({
    mutationFn: (body: CreateCharterCommitmentRequest) =>
      callEndpoint(charterEndpoints.createCommitment, { body }),
    onSuccess: () => {
      void client.invalidateQueries({ queryKey: keys.charter });
      onDone(ch.added);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const body = form.parse(element);
    if (body) add.mutate(body, { onSuccess: () => element.reset() });
  };
  return (
    <section className="cop-form-block narrow" aria-labelledby={`${formId}-title`}>
      <h3 id={`${formId}-title`}>{ch.addTitle(organisation.name)}</h3>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <ChoiceField
          className="cop-choices"
          id={fieldId(formId, 'level')}
          name="level"
          legend={ch.level}
          error={form.errorFor('level')}
          options={CHARTER_LEVELS.map((level) => ({
            value: level,
            label: coproductionStrings.levels[level],
          }))}
          defaultValue="organisational"
          small
        />
        <NativeField
          id={fieldId(formId, 'text')}
          name="text"
          label={ch.text}
          hint={ch.textHint}
          error={form.errorFor('text')}
          maxLength={1000}
          multiline
        />
        <Button type="submit" isPending={add.isPending} pendingLabel={coproductionStrings.common.saving}>
          {ch.add}
        </Button>
      </form>
    </section>
  );
}

/** The Working Together charter: every organisation's commitments and where each stands on the ladder. */
export function CharterPage() {
  const me = useMe();
  const status = useFocusedStatus('cop-status');
  const charter = useQuery({ queryKey: keys.charter, queryFn: api.fetchCharter });
  const coordinated = new Set(coordinatedOrganisations(me.data).map((o) => o.id));

  return (
    <>
      <PageHeading>{ch.title}</PageHeading>
      <p>
        <Link to="/coproduction">{coproductionStrings.common.backToHub}</Link>
      </p>
      <p className="lead">{ch.lead}</p>
      <section aria-labelledby="ladder-title">
        <h2 id="ladder-title">{ch.ladderTitle}</h2>
        <ol className="cop-ladder">
          {LADDER.map((rung) => (
            <li key={rung}>
              <strong>{coproductionStrings.rungs[rung]}</strong>
              {`: ${coproductionStrings.rungHints[rung]}`}
            </li>
          ))}
        </ol>
      </section>
      {status.node}
      {charter.isPending ? (
        <Loading />
      ) : charter.isError ? (
        <LoadError error={charter.error} onRetry={() => void charter.refetch()} />
      ) : (
        charter.data.organisations.map((organisation) => {
          const steps = charter.data.ladder.length || LADDER.length;
          return (
            <section key={organisation.id} className="section" aria-labelledby={`org-${organisation.id}`}>
              <h2 id={`org-${organisation.id}`}>{organisation.name}</h2>
              {organisation.commitments.length === 0 ? <p>{ch.none}</p> : null}
              {CHARTER_LEVELS.map((level) => {
                const commitments = organisation.commitments.filter((c) => c.level === level);
                if (commitments.length === 0) return null;
                return (
                  <div key={level}>
                    <h3>{coproductionStrings.levels[level]}</h3>
                    <ul className="plain-list record-list">
                      {commitments.map((commitment) => (
                        <CharterCommitmentItem
                          key={commitment.id}
                          commitment={commitment}
                          steps={steps}
                          onDone={status.show}
                        />
                      ))}
                    </ul>
                  </div>
                );
              })}
              {coordinated.has(organisation.id) ? (
                <AddCharterCommitment organisation={organisation} onDone={status.show} />
              ) : null}
            </section>
          );
        })
      )}
    </>
  );
}
