import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { outreachEndpoints } from '../../../contracts/activities.endpoints.js';
import { ApiError, callEndpoint, isApiError } from '../../lib/api.js';
import { errorsFromProblem, fieldId, readForm, type FormError } from '../../lib/form-errors.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import { keys } from './activities-api.js';
import { OrganisationPage, useOrganisationPage } from './shared.js';
import { usePageForm } from '../../lib/contract-form.js';
import './activities.css';

const s = communityStrings.outreach;
const FORM = 'outreach-targets';
const FIELDS = ['areas', 'communities'] as const;
type Field = (typeof FIELDS)[number];

/** One entry a line; blank lines and repeats are dropped. */
function lines(text: string | undefined): string[] {
  return [
    ...new Set(
      (text ?? '')
        .split(/\r?\n/)
        .map((line) => line.trim())
        .filter(Boolean),
    ),
  ];
}

/**
 * The server's problem, next to the field it is about and naming the entry ("DD44X") it could not take,
 * read from error paths like "areas.1".
 */
function problemErrors(error: unknown, sent: Record<Field, string[]>): FormError[] {
  if (!(error instanceof ApiError)) return errorsFromProblem(error, FIELDS, 'areas');
  const errors: FormError[] = [];
  for (const item of error.problem.errors ?? []) {
    const match = /(areas|communities)\D*(\d+)?/.exec(item.path);
    const field = match?.[1] as Field | undefined;
    if (!field || errors.some((e) => e.field === field)) continue;
    const entry = match?.[2] === undefined ? undefined : sent[field][Number(match[2])];
    errors.push({ field, message: entry ? s.entryProblem(entry, item.message) : item.message });
  }
  return errors.length > 0 ? errors : errorsFromProblem(error, FIELDS, 'areas');
}

/** A coordinator edits the organisation's target postcode districts and self-described communities. */
export function OutreachTargetsForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('act-status-message');
  const [version, setVersion] = useState(0);
  const form = usePageForm(FIELDS, 'areas', onErrors);
  const targets = useQuery({
    queryKey: keys.targets(organisationId),
    queryFn: () => callEndpoint(outreachEndpoints.targets, { params: { organisationId } }),
  });
  const save = useMutation({
    mutationFn: (body: { areas: string[]; communities: string[] }) =>
      callEndpoint(outreachEndpoints.setTargets, { params: { organisationId }, body }),
    onSuccess: (next) => {
      client.setQueryData(keys.targets(organisationId), next);
      void client.invalidateQueries({ queryKey: keys.reach(organisationId) });
      form.succeeded();
      setVersion((v) => v + 1);
      status.show(s.saved(next.areas.length, next.communities.length));
    },
    onError: (error, sent) => form.reject(problemErrors(error, sent)),
  });
  if (targets.isPending) return <Loading />;
  if (targets.isError) {
    if (isApiError(targets.error, 404))
      return <p className="callout">{communityStrings.common.onlyCoordinators}</p>;
    return <LoadError error={targets.error} onRetry={() => void targets.refetch()} />;
  }
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    form.clear();
    save.mutate({
      areas: lines(values.areas).map((a) => a.toUpperCase()),
      communities: lines(values.communities),
    });
  };
  const { areas, communities } = targets.data;
  return (
    <>
      <section className="section narrow" aria-labelledby="outreach-current-heading">
        <h2 id="outreach-current-heading">{s.currentTitle}</h2>
        <dl className="act-facts">
          <div>
            <dt>{s.currentAreas}</dt>
            <dd>{areas.length > 0 ? areas.join(', ') : s.noneSet}</dd>
          </div>
          <div>
            <dt>{s.currentCommunities}</dt>
            <dd>{communities.length > 0 ? communities.join(', ') : s.noneSet}</dd>
          </div>
        </dl>
        {status.node}
      </section>
      <section className="section narrow" aria-labelledby="outreach-form-heading">
        <h2 id="outreach-form-heading">{s.formTitle}</h2>
        <ErrorSummary formId={FORM} errors={form.errors} />
        <form key={version} id={FORM} noValidate onSubmit={onSubmit} className="form">
          <NativeField
            id={fieldId(FORM, 'areas')}
            name="areas"
            label={s.areas}
            hint={s.areasHint}
            error={form.errorFor('areas')}
            defaultValue={areas.join('\n')}
            inputClassName="act-lines"
            multiline
          />
          <NativeField
            id={fieldId(FORM, 'communities')}
            name="communities"
            label={s.communities}
            hint={s.communitiesHint}
            error={form.errorFor('communities')}
            defaultValue={communities.join('\n')}
            multiline
          />
          <Button type="submit" isPending={save.isPending} pendingLabel={s.saving}>
            {s.save}
          </Button>
        </form>
        <p>
          <Link to={`/activities/reach?organisation=${organisationId}`}>{s.seeReach}</Link>
        </p>
      </section>
    </>
  );
}

/** For coordinators: the outreach targets the reach view compares against. */
export function OutreachPage() {
  const page = useOrganisationPage(coordinatedOrganisations);
  return (
    <OrganisationPage
      page={page}
      title={s.title}
      lead={s.lead}
      pickerId="outreach-organisation"
      none={activitiesStrings.common.notAllowed}
    >
      {(current) => (
        <OutreachTargetsForm key={current.id} organisationId={current.id} onErrors={page.setHasErrors} />
      )}
    </OrganisationPage>
  );
}
