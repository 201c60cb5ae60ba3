import { useQuery } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { Link } from 'react-router';
import { programmeEndpoints } from '../../../contracts/activities.endpoints.js';
import type { Activity } from '../../../contracts/activities.js';
import { Button } from '../../components/button.js';
import { QueryResult } from '../../components/query-result.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpoint } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { dayInWords, keys, timesInWords } from './activities-api.js';
import { AddActivityForm } from './add-activity-form.js';
import { EditActivityForm } from './edit-activity-form.js';
import { OrganisationPage, programmeOrganisations, useOrganisationPage } from './shared.js';
import './activities.css';

const s = activitiesStrings.plan;

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
    queryFn: () => callEndpoint(programmeEndpoints.list, { params: { organisationId } }),
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
