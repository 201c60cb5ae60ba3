import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  SafeguardingAlertListResponseSchema,
  SafeguardingAlertSchema,
  UpdateAlertRequestSchema,
  type SafeguardingAlert,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest } from '../../lib/api.js';
import { formatDateTime } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { hasRole, useMe } from '../../lib/session.js';
import { storiesStrings } from '../../lib/strings/stories.js';

const s = storiesStrings.safeguarding;
const alertsKey = ['safeguarding', 'alerts'] as const;

function AlertItem({ alert, index }: { alert: SafeguardingAlert; index: number }) {
  const queryClient = useQueryClient();
  const formId = `alert-${alert.id}`;
  const form = useFormErrors(['actionNote', 'status'], 'actionNote');
  const [updated, setUpdated] = useState(false);
  const update = useMutation({
    mutationFn: (body: { status: 'acknowledged' | 'closed'; actionNote: string }) =>
      apiRequest(`/api/safeguarding/alerts/${alert.id}`, SafeguardingAlertSchema, { method: 'PATCH', body }),
    onSuccess: () => {
      setUpdated(true);
      void queryClient.invalidateQueries({ queryKey: alertsKey });
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setUpdated(false);
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const status =
      submitter instanceof HTMLButtonElement && submitter.value === 'closed' ? 'closed' : 'acknowledged';
    const values = readForm(event.currentTarget);
    const parsed = UpdateAlertRequestSchema.safeParse({ status, actionNote: values.actionNote ?? '' });
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { actionNote: s.enterNote });
      return;
    }
    form.clear();
    update.mutate(parsed.data);
  };
  return (
    <li className="record">
      <h2 className="record__title">
        <span className={`tag tag--${alert.status}`}>{s.statuses[alert.status]}</span>{' '}
        {s.raised(formatDateTime(alert.createdAt))}
        <span className="visually-hidden"> ({index + 1})</span>
      </h2>
      {alert.acknowledgedAt ? (
        <p className="secondary-text">{s.acknowledgedOn(formatDateTime(alert.acknowledgedAt))}</p>
      ) : null}
      {alert.closedAt ? <p className="secondary-text">{s.closedOn(formatDateTime(alert.closedAt))}</p> : null}
      <h3>{s.evidence}</h3>
      <ul>
        {alert.evidence.map(({ text: sentence }, position) => (
          <li key={`${position}-${sentence}`}>
            <q>{sentence}</q>
          </li>
        ))}
      </ul>
      <p>
        <Link to={`/safeguarding/stories/${alert.storyId}`}>{s.original}</Link>
      </p>
      {alert.actionNote ? (
        <p>
          <strong>{s.actionNote}:</strong> {alert.actionNote}
        </p>
      ) : null}
      <StatusMessage>{updated ? s.updated : null}</StatusMessage>
      {alert.status === 'closed' ? null : (
        <>
          <ErrorSummary formId={formId} errors={form.errors} />
          <form id={formId} noValidate onSubmit={onSubmit} className="form">
            <TextField
              id={fieldId(formId, 'actionNote')}
              name="actionNote"
              label={s.note}
              hint={s.noteHint}
              multiline
              error={form.errorFor('actionNote')}
            />
            <div className="button-group">
              {alert.status === 'open' ? (
                <Button
                  type="submit"
                  name="status"
                  value="acknowledged"
                  isPending={update.isPending}
                  pendingLabel={s.saving}
                >
                  {s.acknowledge}
                </Button>
              ) : null}
              <Button
                type="submit"
                variant={alert.status === 'open' ? 'secondary' : 'primary'}
                name="status"
                value="closed"
                isPending={update.isPending}
                pendingLabel={s.saving}
              >
                {s.close}
              </Button>
            </div>
          </form>
        </>
      )}
    </li>
  );
}

export function AlertsPage() {
  const me = useMe();
  const lead = hasRole(me.data, 'safeguarding_lead');
  const alerts = useQuery({
    queryKey: alertsKey,
    queryFn: () => apiRequest('/api/safeguarding/alerts', SafeguardingAlertListResponseSchema),
    enabled: lead,
  });
  if (me.isPending) return <Loading />;
  if (!lead) return <NotFound />;
  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {alerts.isPending ? <Loading /> : null}
      {alerts.isError ? <LoadError error={alerts.error} onRetry={() => void alerts.refetch()} /> : null}
      {alerts.data && alerts.data.alerts.length === 0 ? <p>{s.none}</p> : null}
      {alerts.data && alerts.data.alerts.length > 0 ? (
        <ul className="plain-list record-list">
          {alerts.data.alerts.map((alert, index) => (
            <AlertItem key={alert.id} alert={alert} index={index} />
          ))}
        </ul>
      ) : null}
    </>
  );
}
