import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { useParams } from 'react-router';
import { supportLineEndpoints } from '../../../contracts/stories.endpoints.js';
import { UpdateSupportLinesRequestSchema } from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { callEndpoint, isApiError } from '../../lib/api.js';
import { useContractForm } from '../../lib/contract-form.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { storiesStrings } from '../../lib/strings/stories.js';

const s = storiesStrings.supportLinesSettings;
const MAX_LINES = 10;
const FIELDS = Array.from({ length: MAX_LINES }, (_, i) => [
  `lines.${i}.name`,
  `lines.${i}.contact`,
  `lines.${i}.hours`,
]).flat();

type Line = { name: string; contact: string; hours: string };

function SupportLinesForm({ organisationId, initial }: { organisationId: string; initial: Line[] }) {
  const formId = 'support-lines';
  const queryClient = useQueryClient();
  const [lines, setLines] = useState<Line[]>(initial);
  const form = useContractForm({
    schema: UpdateSupportLinesRequestSchema,
    fields: FIELDS,
    fallbackField: 'lines.0.name',
    toRequest: (values) => ({ lines: linesFrom(values) }),
  });
  const [saved, setSaved] = useState(false);
  const save = useMutation({
    mutationFn: (body: { lines: Line[] }) =>
      callEndpoint(supportLineEndpoints.update, { params: { organisationId }, body }),
    onSuccess: () => {
      setSaved(true);
      void queryClient.invalidateQueries({ queryKey: ['support-lines', organisationId] });
    },
    onError: (error) => form.fromProblem(error),
  });
  function linesFrom(values: Record<string, string>): Line[] {
    return lines.map((_, i) => ({
      name: values[`lines.${i}.name`] ?? '',
      contact: values[`lines.${i}.contact`] ?? '',
      hours: values[`lines.${i}.hours`] ?? '',
    }));
  }
  const collect = (element: HTMLFormElement): Line[] => linesFrom(readForm(element));
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setSaved(false);
    const body = form.parse(event.currentTarget);
    if (body) save.mutate({ lines: body.lines });
  };
  return (
    <>
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        {lines.map((line, i) => (
          <fieldset key={`${i}-${line.name}`} className="fieldset">
            <legend>{s.line(i + 1)}</legend>
            <TextField
              id={fieldId(formId, `lines.${i}.name`)}
              name={`lines.${i}.name`}
              label={s.name}
              defaultValue={line.name}
              error={form.errorFor(`lines.${i}.name`)}
            />
            <TextField
              id={fieldId(formId, `lines.${i}.contact`)}
              name={`lines.${i}.contact`}
              label={s.contact}
              hint={s.contactHint}
              defaultValue={line.contact}
              error={form.errorFor(`lines.${i}.contact`)}
            />
            <TextField
              id={fieldId(formId, `lines.${i}.hours`)}
              name={`lines.${i}.hours`}
              label={s.hours}
              defaultValue={line.hours}
              error={form.errorFor(`lines.${i}.hours`)}
            />
            {lines.length > 1 ? (
              <Button
                type="button"
                variant="secondary"
                onPress={() => {
                  const element = document.getElementById(formId);
                  const current = element instanceof HTMLFormElement ? collect(element) : lines;
                  setLines(current.filter((_, j) => j !== i));
                }}
              >
                {s.remove(i + 1)}
              </Button>
            ) : null}
          </fieldset>
        ))}
        <div className="button-group">
          {lines.length < MAX_LINES ? (
            <Button
              type="button"
              variant="secondary"
              onPress={() => {
                const element = document.getElementById(formId);
                const current = element instanceof HTMLFormElement ? collect(element) : lines;
                setLines([...current, { name: '', contact: '', hours: '' }]);
              }}
            >
              {s.add}
            </Button>
          ) : null}
          <Button type="submit" isPending={save.isPending} pendingLabel={s.saving}>
            {s.save}
          </Button>
        </div>
        <StatusMessage>{saved ? s.saved : null}</StatusMessage>
      </form>
    </>
  );
}

/** A coordinator sets the support lines their organisation shows to storytellers at risk. */
export function SupportLinesPage() {
  const { organisationId = '' } = useParams();
  const query = useQuery({
    queryKey: ['support-lines', organisationId],
    queryFn: () => callEndpoint(supportLineEndpoints.get, { params: { organisationId } }),
  });
  if (query.isPending) return <Loading />;
  if (query.isError) {
    return isApiError(query.error, 404) ? (
      <NotFound />
    ) : (
      <LoadError error={query.error} onRetry={() => void query.refetch()} />
    );
  }
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {query.data.isDefault ? <p>{s.usingDefaults}</p> : null}
      <SupportLinesForm
        organisationId={organisationId}
        initial={query.data.lines.map((l) => ({ name: l.name, contact: l.contact, hours: l.hours }))}
      />
    </>
  );
}
