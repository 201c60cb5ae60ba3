import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useSearchParams } from 'react-router';
import type { MeResponse } from '../../../contracts/people.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { NotFound } from '../../components/not-found.js';
import { PageHeading } from '../../components/page-heading.js';
import { SelectField } from '../../components/select-field.js';
import { StatusMessage } from '../../components/status-message.js';
import { useOrganisations } from '../../lib/queries.js';
import { isPartnershipAdmin, useMe } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
import type { Activity } from '../../../contracts/activities.js';
import type { MessageKey, Translate } from '../../lib/i18n/i18n.js';
import { useLocaleTag, useT } from '../../lib/i18n/public-pages.js';
import { sessionTimesIn, type Session } from './activities-api.js';
import { coordinates, memberOrganisations, type OrganisationChoice } from './membership.js';

export {
  coordinates,
  memberOrganisations,
  programmeOrganisations,
  runsProgramme,
  type OrganisationChoice,
} from './membership.js';

const c = activitiesStrings.common;

/** Which organisation a page is about: the first by default, a choice when there are several. */
export function useOrganisationChoice(organisations: readonly OrganisationChoice[]) {
  const [params] = useSearchParams();
  const [chosen, setChosen] = useState(params.get('organisation') ?? '');
  const current = organisations.find((o) => o.id === chosen) ?? organisations[0] ?? null;
  return { current, setChosen };
}

/**
 * Every organisation of the partnership (roles and partners are shared across it), the person's own
 * first so the page opens on their home organisation. Until the list arrives, their own organisations.
 */
export function usePartnershipOrganisations(me: MeResponse | null | undefined) {
  const own = memberOrganisations(me);
  const all = useOrganisations({ enabled: Boolean(me) });
  const others = (all.data?.organisations ?? [])
    .filter((o) => !own.some((mine) => mine.id === o.id))
    .map((o) => ({ id: o.id, name: o.name }));
  const organisations: OrganisationChoice[] = [...own, ...others];
  const choice = useOrganisationChoice(organisations);
  return { organisations, ...choice };
}

/** Chooses which organisation a page shows, when there is more than one to choose from. */
export function OrganisationPicker({
  id,
  organisations,
  value,
  onChange,
  label = c.organisation,
  hint = c.organisationHint,
}: {
  id: string;
  organisations: readonly OrganisationChoice[];
  value: string;
  onChange: (id: string) => void;
  label?: string;
  hint?: string;
}) {
  if (organisations.length < 2) return null;
  return (
    <div className="act-picker">
      <SelectField
        id={id}
        name="organisationId"
        label={label}
        hint={hint}
        options={organisations.map((o) => ({ value: o.id, label: o.name }))}
        value={value}
        onChange={onChange}
      />
    </div>
  );
}

/** What a page about one organisation at a time knows: who is signed in, the choice, and form errors. */
export interface OrganisationPageState {
  me: ReturnType<typeof useMe>;
  organisations: readonly OrganisationChoice[];
  current: OrganisationChoice | null;
  setChosen: (id: string) => void;
  /** Whether a form on the page has errors (the document title says so). */
  hasErrors: boolean;
  setHasErrors: (has: boolean) => void;
}

/** A page over the organisations `pick` gives for the signed-in person (their own by default). */
export function useOrganisationPage(
  pick: (me: MeResponse | null | undefined) => OrganisationChoice[] = memberOrganisations,
): OrganisationPageState {
  const me = useMe();
  const organisations = pick(me.data);
  const choice = useOrganisationChoice(organisations);
  const [hasErrors, setHasErrors] = useState(false);
  return { me, organisations, ...choice, hasErrors, setHasErrors };
}

/** A page over every organisation of the partnership, the person's own first. */
export function usePartnershipPage(): OrganisationPageState {
  const me = useMe();
  const choice = usePartnershipOrganisations(me.data);
  const [hasErrors, setHasErrors] = useState(false);
  return { me, ...choice, hasErrors, setHasErrors };
}

/**
 * The frame of a page about one organisation at a time: loading and load errors, the heading with the
 * organisation's name, the lead and the picker. With no organisation to show it says `none` under the
 * heading, or "Page not found" when `none` is not given.
 */
export function OrganisationPage({
  page,
  onChoose,
  title,
  lead,
  pickerId,
  pickerLabel,
  pickerHint,
  none,
  children,
}: {
  page: OrganisationPageState;
  /** What choosing another organisation does; by default it just shows it. */
  onChoose?: (id: string) => void;
  title: string;
  lead: string;
  pickerId: string;
  pickerLabel?: string;
  pickerHint?: string;
  none?: string;
  children: (current: OrganisationChoice, me: MeResponse) => ReactNode;
}) {
  const { me, current } = page;
  if (me.isPending) return <Loading />;
  if (me.isError) return <LoadError error={me.error} onRetry={() => void me.refetch()} />;
  if (!me.data || (!current && none === undefined)) return <NotFound />;
  if (!current) {
    return (
      <>
        <PageHeading>{title}</PageHeading>
        <p className="callout">{none}</p>
      </>
    );
  }
  return (
    <>
      <PageHeading caption={current.name} hasErrors={page.hasErrors}>
        {title}
      </PageHeading>
      <p className="lead">{lead}</p>
      <OrganisationPicker
        id={pickerId}
        organisations={page.organisations}
        value={current.id}
        onChange={onChoose ?? page.setChosen}
        {...(pickerLabel ? { label: pickerLabel } : {})}
        {...(pickerHint ? { hint: pickerHint } : {})}
      />
      {children(current, me.data)}
    </>
  );
}

/** The picker's words on pages shared across the partnership (roles, partners). */
export const partnershipPicker = {
  pickerLabel: communityStrings.common.organisation,
  pickerHint: communityStrings.common.organisationHint,
};

/** Coordinators of the organisation (and partnership admins) keep its roles, partners and targets. */
export function keepsCommunityOffer(me: MeResponse | null | undefined, organisationId: string): boolean {
  return isPartnershipAdmin(me) || coordinates(me, organisationId);
}

/** Whether this person may signpost members of the organisation: peer supporters, facilitators, coordinators. */
export function maySignpost(me: MeResponse | null | undefined, organisationId: string): boolean {
  return (
    isPartnershipAdmin(me) ||
    (me?.memberships ?? []).some(
      (m) =>
        m.organisationId === organisationId &&
        (m.role === 'peer_supporter' || m.role === 'facilitator' || m.role === 'coordinator'),
    )
  );
}

/** A web address safe to link to: only http and https, never script. */
export function safeWebsite(url: string | null): string | null {
  return url && /^https?:\/\//i.test(url) ? url : null;
}

/** Each kind of activity's name in the catalogue. */
export const KIND_WORDS = {
  peer_group: 'activities.kinds.peer_group',
  therapy_session: 'activities.kinds.therapy_session',
  skills_workshop: 'activities.kinds.skills_workshop',
  allotment_session: 'activities.kinds.allotment_session',
  cafe_shift: 'activities.kinds.cafe_shift',
  social_event: 'activities.kinds.social_event',
  walk: 'activities.kinds.walk',
  other: 'activities.kinds.other',
} as const satisfies Record<Activity['kind'], MessageKey>;

/** Places left, or the waiting list, in words. */
export function placesText(session: Session, t: Translate): string {
  const { occurrence } = session;
  if (occurrence.placesLeft > 0) return t('activities.session.placesLeft', { count: occurrence.placesLeft });
  return occurrence.waiting > 0
    ? t('activities.session.fullWaiting', { count: occurrence.waiting })
    : t('activities.session.full');
}

/**
 * What, when, where and access for one session, under a heading of the given level, in the page's
 * language: the day and times in UK time, written the reader's way.
 */
export function SessionDetails({ session, headingLevel = 3 }: { session: Session; headingLevel?: 3 | 4 }) {
  const t = useT();
  const tag = useLocaleTag();
  const { activity, occurrence } = session;
  const Heading = `h${headingLevel}` as const;
  const headingId = `session-${occurrence.id}-title`;
  return (
    <>
      <Heading id={headingId} className="act-session__title">
        {activity.title}
      </Heading>
      <p className="act-session__meta">
        <span className="tag">{t(KIND_WORDS[activity.kind])}</span>{' '}
        <strong>
          {t('activities.session.when', sessionTimesIn(t, tag, occurrence.startsAt, occurrence.endsAt))}
        </strong>
      </p>
      {occurrence.cancelled ? (
        <p className="act-session__cancelled">
          {occurrence.cancelReason
            ? t('activities.session.cancelledBecause', { reason: occurrence.cancelReason })
            : t('activities.session.cancelled')}
        </p>
      ) : null}
      {activity.description ? <p className="act-prewrap">{activity.description}</p> : null}
      <dl className="act-facts">
        {activity.venue ? (
          <div>
            <dt>{t('activities.session.venue')}</dt>
            <dd>{activity.venue}</dd>
          </div>
        ) : null}
        {activity.accessInformation ? (
          <div>
            <dt>{t('activities.session.access')}</dt>
            <dd className="act-prewrap">{activity.accessInformation}</dd>
          </div>
        ) : null}
      </dl>
      {occurrence.cancelled ? null : <p className="act-session__places">{placesText(session, t)}</p>}
    </>
  );
}

/** Puts the keyboard in a form's first field when the form opens in place. */
export function useFocusOnOpen(id: string) {
  useEffect(() => {
    document.getElementById(id)?.focus();
  }, [id]);
}

/** What an action on a list said: a success read out politely, a failure as an alert. */
export interface Feedback {
  message: string;
  isError: boolean;
}

/**
 * What an action did. With `takeFocus`, each new message takes focus: where the button pressed goes
 * away (a sign-up becomes "You have a place"), focus would otherwise fall to the page body.
 */
export function FeedbackMessage({
  feedback,
  takeFocus = false,
}: {
  feedback: Feedback | null;
  takeFocus?: boolean;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (takeFocus && feedback) ref.current?.focus();
  }, [takeFocus, feedback]);
  return (
    <div ref={ref} tabIndex={-1}>
      {feedback?.isError ? (
        <p className="callout callout--error" role="alert">
          {feedback.message}
        </p>
      ) : null}
      <StatusMessage>{feedback && !feedback.isError ? feedback.message : null}</StatusMessage>
    </div>
  );
}
