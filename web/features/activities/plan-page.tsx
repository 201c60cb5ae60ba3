import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Link } from 'react-router';
import {
  CreateActivityRequestSchema,
  UpdateActivityRequestSchema,
  type Activity,
  type UpdateActivityRequest,
} from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { ErrorSummary } from '../../components/error-summary.js';
import { useFocusedStatus } from '../../components/focused-status.js';
import { StatusMessage } from '../../components/status-message.js';
import { fieldId, readForm } from '../../lib/form-errors.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { api, dayInWords, keys, timesInWords } from './activities-api.js';
import { ACTIVITY_FIELDS, ActivityFields, activityDetailsFrom, scheduleFrom } from './activity-fields.js';
import { OrganisationPage, programmeOrganisations, useOrganisationPage } from './shared.js';
import { InlineFormButtons } from '../../components/inline-form-buttons.js';
import { QueryResult } from '../../components/query-result.js';
import { usePageForm } from '../../lib/contract-form.js';
import './activities.css';

const s = activitiesStrings.plan;
const ADD_FORM = 'add-activity';
const EDIT_FIELDS = [
  'title',
  'description',
  'kind',
  'venue',
  'accessInformation',
  'capacity',
  'isPublic',
] as const;

/** "Every week, Tuesday 2 March to Tuesday 13 April, 18:00 to 19:30". */
function scheduleInWords(activity: Activity): string {
  const first = activity.occurrences[0];
  const last = activity.occurrences.at(-1);
  if (!first || !last) return s.noSessions;
  return s.schedule(
    activitiesStrings.frequencies[activity.frequency],
    dayInWords(first.startsAt),
    dayInWords(last.startsAt),
    timesInWords(first.startsAt, first.endsAt),
  );
}

/** The most people booked on any session still to come (none are ever taken off when places drop). */
function mostBooked(activity: Activity, now = Date.now()): number {
  return Math.max(
    0,
    ...activity.occurrences
      .filter((o) => !o.cancelled && new Date(o.startsAt).getTime() >= now)
      .map((o) => o.booked),
  );
}

function EditActivityForm({
  activity,
  onSaved,
  onClose,
  onErrors,
}: {
  activity: Activity;
  onSaved: (message: string) => void;
  onClose: () => void;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const formId = `edit-${activity.id}`;
  const form = usePageForm(EDIT_FIELDS, 'title', onErrors);
  useEffect(() => {
    document.getElementById(fieldId(formId, 'title'))?.focus();
  }, [formId]);
  const save = useMutation({
    mutationFn: (body: UpdateActivityRequest) => api.updateActivity(activity.id, body),
    onSuccess: (next) => {
      void client.invalidateQueries({ queryKey: keys.all });
      form.succeeded();
      const booked = mostBooked(next);
      onSaved(
        booked > next.capacity ? `${s.saved(next.title)} ${s.overBooked(booked)}` : s.saved(next.title),
      );
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const parsed = UpdateActivityRequestSchema.safeParse(activityDetailsFrom(readForm(event.currentTarget)));
    if (!parsed.success) {
      form.rejectZod(parsed.error);
      return;
    }
    form.clear();
    save.mutate(parsed.data);
  };
  return (
    <div
      className="act-respond"
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.preventDefault();
          onClose();
        }
      }}
    >
      <h4 id={`${formId}-heading`}>{s.editTitle(activity.title)}</h4>
      <p className="field__hint">{s.editLead}</p>
      <ErrorSummary formId={formId} errors={form.errors} headingLevel={4} />
      <form id={formId} noValidate onSubmit={onSubmit} className="form" aria-labelledby={`${formId}-heading`}>
        <ActivityFields
          formId={formId}
          errorFor={form.errorFor}
          schedule={false}
          capacityHint={s.capacityHint}
          defaults={activity}
        />
        <InlineFormButtons
          submit={s.save}
          pendingLabel={s.saving}
          isPending={save.isPending}
          close={s.cancel}
          onClose={onClose}
        />
      </form>
    </div>
  );
}

function ActivityItem({
  activity,
  onFeedback,
  onErrors,
}: {
  activity: Activity;
  onFeedback: (message: string) => void;
  onErrors: (has: boolean) => void;
}) {
  const [editing, setEditing] = useState(false);
  const [closedCount, setClosedCount] = useState(0);
  const editButton = useRef<HTMLButtonElement>(null);
  // Back to the Edit button whenever the form closes, so the keyboard carries on where it was.
  useEffect(() => {
    if (closedCount > 0) editButton.current?.focus();
  }, [closedCount]);
  const close = () => {
    setEditing(false);
    onErrors(false);
    setClosedCount((n) => n + 1);
  };
  const titleId = `plan-${activity.id}-title`;
  return (
    <li className="act-session">
      <article aria-labelledby={titleId}>
        <h3 id={titleId} className="act-session__title">
          {activity.title}
        </h3>
        <p className="act-session__meta">
          <span className="tag">{activitiesStrings.kinds[activity.kind]}</span>{' '}
          <strong>{scheduleInWords(activity)}</strong>
        </p>
        <dl className="act-facts">
          <div>
            <dt>{s.places}</dt>
            <dd>{s.placesCount(activity.capacity)}</dd>
          </div>
          {activity.venue ? (
            <div>
              <dt>{activitiesStrings.common.venue}</dt>
              <dd>{activity.venue}</dd>
            </div>
          ) : null}
          <div>
            <dt>{s.seenBy}</dt>
            <dd>{activity.isPublic ? s.isPublic : s.membersOnly}</dd>
          </div>
        </dl>
        {editing ? (
          <EditActivityForm
            activity={activity}
            onClose={close}
            onErrors={onErrors}
            onSaved={(message) => {
              close();
              onFeedback(message);
            }}
          />
        ) : (
          <Button
            ref={editButton}
            variant="secondary"
            onPress={() => {
              onFeedback('');
              setEditing(true);
            }}
            aria-label={s.editLabel(activity.title)}
          >
            {s.edit}
          </Button>
        )}
      </article>
    </li>
  );
}

function ActivityList({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const [feedback, setFeedback] = useState('');
  const list = useQuery({
    queryKey: keys.programme(organisationId),
    queryFn: () => api.fetchProgramme(organisationId),
  });
  return (
    <section className="section" aria-labelledby="plan-list-title">
      <h2 id="plan-list-title">{s.listTitle}</h2>
      <StatusMessage>{feedback || null}</StatusMessage>
      <QueryResult
        query={list}
        isEmpty={(data) => data.activities.length === 0}
        empty={<p className="callout">{s.none}</p>}
      >
        {(data) => (
          <ul className="plain-list act-sessions">
            {data.activities.map((activity) => (
              <ActivityItem
                key={activity.id}
                activity={activity}
                onFeedback={setFeedback}
                onErrors={onErrors}
              />
            ))}
          </ul>
        )}
      </QueryResult>
    </section>
  );
}

function AddActivityForm({
  organisationId,
  onErrors,
}: {
  organisationId: string;
  onErrors: (has: boolean) => void;
}) {
  const client = useQueryClient();
  const status = useFocusedStatus('act-status-message');
  const [version, setVersion] = useState(0);
  const form = usePageForm(ACTIVITY_FIELDS, 'title', onErrors);
  const create = useMutation({
    mutationFn: api.createActivity,
    onSuccess: (activity) => {
      void client.invalidateQueries({ queryKey: keys.all });
      form.succeeded();
      setVersion((v) => v + 1);
      status.show(s.added(activity.title));
    },
    onError: form.failed,
  });
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const values = readForm(event.currentTarget);
    const parsed = CreateActivityRequestSchema.safeParse({
      organisationId,
      ...activityDetailsFrom(values),
      schedule: scheduleFrom(values),
    });
    if (!parsed.success) {
      form.rejectZod(parsed.error);
      return;
    }
    form.clear();
    create.mutate(parsed.data);
  };
  return (
    <section className="section narrow" aria-labelledby="add-activity-heading">
      <h2 id="add-activity-heading">{s.addTitle}</h2>
      <p>{s.addLead}</p>
      <ErrorSummary formId={ADD_FORM} errors={form.errors} />
      <form key={version} id={ADD_FORM} noValidate onSubmit={onSubmit} className="form">
        <ActivityFields
          formId={ADD_FORM}
          errorFor={form.errorFor}
          titleHint={activitiesStrings.fields.titleHint}
        />
        <Button type="submit" isPending={create.isPending} pendingLabel={s.adding}>
          {s.add}
        </Button>
      </form>
      {status.node}
    </section>
  );
}

/** For coordinators and facilitators: the organisation's activities, each editable, and a form to add one. */
export function PlanPage() {
  const page = useOrganisationPage(programmeOrganisations);
  return (
    <OrganisationPage
      page={page}
      title={s.title}
      lead={s.lead}
      pickerId="plan-organisation"
      none={s.notAllowed}
    >
      {(current) => (
        <>
          <p>
            <Link to={`/activities?organisation=${current.id}`}>{activitiesStrings.occurrence.back}</Link>
          </p>
          <ActivityList key={`list-${current.id}`} organisationId={current.id} onErrors={page.setHasErrors} />
          <AddActivityForm
            key={`add-${current.id}`}
            organisationId={current.id}
            onErrors={page.setHasErrors}
          />
        </>
      )}
    </OrganisationPage>
  );
}
