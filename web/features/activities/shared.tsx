import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { SelectField } from '../../components/select-field.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { whenInWords, type Session } from './activities-api.js';

const c = activitiesStrings.common;

export interface OrganisationChoice {
  id: string;
  name: string;
}

/** The organisations this person belongs to, once each, in the order of their memberships. */
export function memberOrganisations(me: MeResponse | null | undefined): OrganisationChoice[] {
  return [...new Map((me?.memberships ?? []).map((m) => [m.organisationId, m.organisationName]))].map(
    ([id, name]) => ({ id, name }),
  );
}

/** Coordinators and facilitators run an organisation's programme: registers, attendance, cancelling. */
export function runsProgramme(me: MeResponse | null | undefined, organisationId: string): boolean {
  return (me?.memberships ?? []).some(
    (m) => m.organisationId === organisationId && (m.role === 'coordinator' || m.role === 'facilitator'),
  );
}

export function coordinates(me: MeResponse | null | undefined, organisationId: string): boolean {
  return (me?.memberships ?? []).some((m) => m.organisationId === organisationId && m.role === 'coordinator');
}

/** Which organisation a page is about: the first by default, a choice when there are several. */
export function useOrganisationChoice(organisations: readonly OrganisationChoice[]) {
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState(params.get('organisation') ?? '');
  const current = organisations.find((o) => o.id === chosen) ?? organisations[0] ?? null;
  return { current, setChosen };
}

export function OrganisationPicker({
  id,
  organisations,
  value,
  onChange,
}: {
  id: string;
  organisations: readonly OrganisationChoice[];
  value: string;
  onChange: (id: string) => void;
}) {
  if (organisations.length < 2) return null;
  return (
    <div className="act-picker">
      <SelectField
        id={id}
        name="organisationId"
        label={c.organisation}
        hint={c.organisationHint}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

/** Places left, or the waiting list, in words. */
export function placesText(session: Session): string {
  const { occurrence } = session;
  if (occurrence.placesLeft > 0) return c.placesLeft(occurrence.placesLeft);
  return occurrence.waiting > 0 ? `${c.full} (${c.waitingCount(occurrence.waiting)})` : c.full;
}

/** What, when, where and access for one session, under a heading of the given level. */
export function SessionDetails({ session, headingLevel = 3 }: { session: Session; headingLevel?: 3 | 4 }) {
  const { activity, occurrence } = session;
  const Heading = `h${headingLevel}` as const;
  const headingId = `session-${occurrence.id}-title`;
  return (
    <>
      <Heading id={headingId} className="act-session__title">
        {activity.title}
      </Heading>
      <p className="act-session__meta">
        <span className="tag">{activitiesStrings.kinds[activity.kind]}</span>{' '}
        <strong>{whenInWords(occurrence.startsAt, occurrence.endsAt)}</strong>
      </p>
      {occurrence.cancelled ? (
        <p className="act-session__cancelled">{c.cancelled(occurrence.cancelReason)}</p>
      ) : null}
      {activity.description ? <p className="act-prewrap">{activity.description}</p> : null}
      <dl className="act-facts">
        {activity.venue ? (
          <div>
            <dt>{c.venue}</dt>
            <dd>{activity.venue}</dd>
          </div>
        ) : null}
        {activity.accessInformation ? (
          <div>
            <dt>{c.access}</dt>
            <dd className="act-prewrap">{activity.accessInformation}</dd>
          </div>
        ) : null}
      </dl>
      {occurrence.cancelled ? null : <p className="act-session__places">{placesText(session)}</p>}
    </>
  );
}
