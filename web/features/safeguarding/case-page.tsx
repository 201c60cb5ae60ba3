import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { FormEvent } from 'react';
import { Link, useParams } from 'react-router';
import {
  AlertCaseSchema,
  CASE_ACTIONS,
  CaseEntryRequestSchema,
  SafeguardingAlertSchema,
  UpdateAlertRequestSchema,
  type AlertCase,
  type CasePerson,
} from '../../../contracts/stories.js';
import { Button } from '../../components/button.js';
import { CheckboxField } from '../../components/checkbox-field.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NativeField } from '../../components/native-field.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { RadioGroup } from '../../components/radio-group.js';
import { TextField } from '../../components/text-field.js';
import { apiRequest, isApiError } from '../../lib/api.js';
import { formatDate, formatDateTime } from '../../lib/format.js';
import { fieldId, readForm, useFormErrors } from '../../lib/form-errors.js';
import { safeguardingStrings } from '../../lib/strings/safeguarding.js';
import { AlertStatusTag, EvidenceList } from './alert-parts.js';
import { alertsKey } from './alerts-page.js';
import './safeguarding.css';

const s = safeguardingStrings;
const caseKey = (alertId: string) => ['safeguarding', 'case', alertId] as const;

/** A person and every way of reaching them, as links a lead can use from a phone. */
function PersonFacts({ person }: { person: CasePerson }) {
  const ways = [
    person.email ? { label: s.who.email, value: person.email, href: `mailto:${person.email}` } : null,
    person.mobileNumber
      ? { label: s.who.mobile, value: person.mobileNumber, href: `tel:${person.mobileNumber}` }
      : null,
    person.contact
      ? {
          label: s.who.contact,
          value: person.contact,
          href: person.contact.includes('@')
            ? `mailto:${person.contact}`
            : `tel:${person.contact.replace(/\s/g, '')}`,
        }
      : null,
  ].filter((way) => way !== null);
  return (
    <>
      <p>
        <strong>{person.name}</strong> ({person.hasAccount ? s.who.account : s.who.noAccount})
      </p>
      {ways.length > 0 ? (
        <dl className="safeguarding-facts">
          {ways.map((way) => (
            <div key={way.label} className="safeguarding-facts__row">
              <dt>{way.label}</dt>
              <dd>
                <a href={way.href}>{way.value}</a>
              </dd>
            </div>
          ))}
        </dl>
      ) : null}
    </>
  );
}

function WhoSection({ found }: { found: AlertCase }) {
  const reachable = found.storytellers.some((p) => p.email || p.mobileNumber || p.contact);
  return (
    <section aria-labelledby="case-who">
      <h2 id="case-who">{s.who.title}</h2>
      {found.storytellers.map((person, index) => (
        <PersonFacts key={`${index}-${person.name}`} person={person} />
      ))}
      {reachable ? null : <p>{s.who.noContact}</p>}
      <h3>{s.who.collectorTitle}</h3>
      {found.collector ? <PersonFacts person={found.collector} /> : <p>{s.who.wroteItThemselves}</p>}
    </section>
  );
}

function StorySection({ found }: { found: AlertCase }) {
  return (
    <section aria-labelledby="case-story">
      <h2 id="case-story">{s.story.title}</h2>
      <dl className="safeguarding-facts">
        <dt>{s.story.titleLabel}</dt>
        <dd>{found.story.title || s.story.untitled}</dd>
        <dt>{s.story.organisation}</dt>
        <dd>{found.organisationName}</dd>
        <dt>{s.story.recorded}</dt>
        <dd>{formatDate(found.story.createdAt)}</dd>
        <dt>{s.story.shared}</dt>
        <dd>{found.story.held ? s.story.held : s.story.released}</dd>
      </dl>
      {found.raisedByName ? <p>{s.evidence.raisedBy(found.raisedByName)}</p> : null}
      <EvidenceList evidence={found.evidence} />
      <p>
        <Link to={`/safeguarding/${found.id}/story`}>{s.story.read}</Link>
      </p>
    </section>
  );
}

function CaseLog({ found }: { found: AlertCase }) {
  return (
    <section aria-labelledby="case-log">
      <h2 id="case-log">{s.log.title}</h2>
      {found.caseLog.length === 0 ? <p>{s.log.none}</p> : null}
      <ol className="plain-list safeguarding-log">
        {found.caseLog.map((entry) => (
          <li key={entry.id}>
            <p>
              <strong>{s.actions[entry.action]}</strong> —{' '}
              {s.log.by(entry.recordedByName, formatDateTime(entry.happenedAt))}
              {Math.abs(Date.parse(entry.recordedAt) - Date.parse(entry.happenedAt)) > 10 * 60_000 ? (
                <span className="secondary-text">
                  {' '}
                  ({s.log.recordedLater(formatDateTime(entry.recordedAt))})
                </span>
              ) : null}
            </p>
            <p className="safeguarding-note">{entry.note}</p>
          </li>
        ))}
      </ol>
    </section>
  );
}

const ENTRY_FIELDS = ['action', 'happenedAt', 'note'] as const;

function RecordEntryForm({ found }: { found: AlertCase }) {
  const queryClient = useQueryClient();
  const formId = 'case-entry';
  const form = useFormErrors(ENTRY_FIELDS, 'note');
  const status = useFocusedStatus('safeguarding-status');
  const save = useMutation({
    mutationFn: (body: unknown) =>
      apiRequest(`/api/safeguarding/alerts/${found.id}/case-entries`, AlertCaseSchema, {
        method: 'POST',
        body,
      }),
    onSuccess: (updated, _body) => {
      queryClient.setQueryData(caseKey(found.id), updated);
      void queryClient.invalidateQueries({ queryKey: alertsKey });
      status.show(s.record.saved);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const element = event.currentTarget;
    const values = readForm(element);
    // The browser gives local time without a zone; Date reads it as local time.
    const when = values.happenedAt ? new Date(values.happenedAt) : null;
    const parsed = CaseEntryRequestSchema.safeParse({
      action: values.action || undefined,
      note: values.note ?? '',
      ...(when && !Number.isNaN(when.getTime()) ? { happenedAt: when.toISOString() } : {}),
    });
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { action: s.record.chooseAction, note: s.record.enterNote });
      return;
    }
    form.clear();
    save.mutate(parsed.data, { onSuccess: () => element.reset() });
  };
  return (
    <section aria-labelledby="case-record">
      <h2 id="case-record">{s.record.title}</h2>
      {status.node}
      <ErrorSummary formId={formId} errors={form.errors} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form">
        <RadioGroup
          id={fieldId(formId, 'action')}
          name="action"
          label={s.record.action}
          error={form.errorFor('action')}
          options={CASE_ACTIONS.map((action) => ({ value: action, label: s.actions[action] }))}
        />
        <NativeField
          id={fieldId(formId, 'happenedAt')}
          name="happenedAt"
          type="datetime-local"
          width="medium"
          label={s.record.when}
          hint={s.record.whenHint}
          error={form.errorFor('happenedAt')}
        />
        <TextField
          id={fieldId(formId, 'note')}
          name="note"
          label={s.record.note}
          hint={s.record.noteHint}
          multiline
          error={form.errorFor('note')}
        />
        <Button type="submit" isPending={save.isPending} pendingLabel={s.record.saving}>
          {s.record.save}
        </Button>
      </form>
    </section>
  );
}

function CloseForm({ found }: { found: AlertCase }) {
  const queryClient = useQueryClient();
  const formId = 'case-close';
  const form = useFormErrors(['actionNote'], 'actionNote');
  const status = useFocusedStatus('safeguarding-status');
  const update = useMutation({
    mutationFn: (body: { status: 'acknowledged' | 'closed'; actionNote: string }) =>
      apiRequest(`/api/safeguarding/alerts/${found.id}`, SafeguardingAlertSchema, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      void queryClient.invalidateQueries({ queryKey: caseKey(found.id) });
      void queryClient.invalidateQueries({ queryKey: alertsKey });
      status.show(updated.status === 'closed' ? s.close.closed : s.close.acknowledged);
    },
    onError: (error) => form.fromProblem(error),
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const next =
      submitter instanceof HTMLButtonElement && submitter.value === 'acknowledged'
        ? 'acknowledged'
        : 'closed';
    const values = readForm(event.currentTarget);
    const tell = event.currentTarget.elements.namedItem('tellStoryteller');
    const parsed = UpdateAlertRequestSchema.safeParse({
      status: next,
      actionNote: values.actionNote ?? '',
      ...(tell instanceof HTMLInputElement ? { tellStoryteller: tell.checked } : {}),
    });
    if (!parsed.success) {
      form.fromZod(parsed.error, values, { actionNote: s.close.enterNote });
      return;
    }
    form.clear();
    update.mutate(parsed.data);
  };
  const anyAccount = found.storytellers.some((p) => p.hasAccount);
  return (
    <section aria-labelledby="case-close-title">
      {status.node}
      {found.status === 'closed' ? null : (
        <>
          <h2 id="case-close-title">{s.close.title}</h2>
          <p>{s.close.lead}</p>
          <p>{anyAccount ? s.close.toldByMail : s.close.noAccount}</p>
          <ErrorSummary formId={formId} errors={form.errors} />
          <form id={formId} noValidate onSubmit={onSubmit} className="form">
            <TextField
              id={fieldId(formId, 'actionNote')}
              name="actionNote"
              label={s.close.note}
              multiline
              error={form.errorFor('actionNote')}
            />
            {anyAccount ? (
              <CheckboxField
                id={fieldId(formId, 'tellStoryteller')}
                name="tellStoryteller"
                label={s.close.tell}
                hint={s.close.tellHint}
                defaultChecked
              />
            ) : null}
            <div className="button-group">
              {found.status === 'open' ? (
                <Button
                  type="submit"
                  variant="secondary"
                  name="status"
                  value="acknowledged"
                  isPending={update.isPending}
                  pendingLabel={s.record.saving}
                >
                  {s.close.acknowledge}
                </Button>
              ) : null}
              <Button
                type="submit"
                name="status"
                value="closed"
                isPending={update.isPending}
                pendingLabel={s.record.saving}
              >
                {s.close.close}
              </Button>
            </div>
          </form>
        </>
      )}
    </section>
  );
}

/** One alert as a case: who, how to reach them, the story, what has been done, and what to do next. */
export function CasePage() {
  const { alertId = '' } = useParams();
  const found = useQuery({
    queryKey: caseKey(alertId),
    queryFn: () => apiRequest(`/api/safeguarding/alerts/${alertId}`, AlertCaseSchema),
    retry: false,
  });
  if (found.isError && isApiError(found.error, 404)) return <NotFound />;
  return (
    <>
      <p>
        <Link to="/safeguarding">{s.back}</Link>
      </p>
      <PageHeading>{s.caseTitle}</PageHeading>
      {found.isPending ? <Loading /> : null}
      {found.isError ? <LoadError error={found.error} onRetry={() => void found.refetch()} /> : null}
      {found.data ? (
        <>
          <p className="lead">
            <AlertStatusTag status={found.data.status} />{' '}
            {s.alerts.raised(formatDateTime(found.data.createdAt))}. {s.alerts.sources[found.data.source]}.
          </p>
          {found.data.escalatedAt && found.data.status !== 'closed' ? (
            <p className="safeguarding-escalated">
              <strong>{s.alerts.escalated(formatDateTime(found.data.escalatedAt))}</strong>
            </p>
          ) : null}
          <p className="secondary-text">{s.caseLead}</p>
          <WhoSection found={found.data} />
          <StorySection found={found.data} />
          <CaseLog found={found.data} />
          <RecordEntryForm found={found.data} />
          <CloseForm found={found.data} />
        </>
      ) : null}
    </>
  );
}
