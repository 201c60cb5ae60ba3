import {
  ActivitySchema,
  ActivityListSchema,
  ApplicationListSchema,
  ApplicationSchema,
  FeedLinkSchema,
  OutreachProfileSchema,
  OutreachTargetsSchema,
  PartnerListSchema,
  PartnerSchema,
  ProposalListSchema,
  ProposalSchema,
  PublicProgrammeSchema,
  ReachSchema,
  RecordedHoursSchema,
  RoleListSchema,
  RoleSchema,
  RosterSchema,
  SignUpListSchema,
  SignUpSchema,
  SignpostPeopleSchema,
  SignpostSchema,
  TIME_ZONE,
  type Activity,
  type Occurrence,
} from '../../../contracts/activities.js';
import { OkSchema } from '../../../contracts/common.js';
import { OrganisationListResponseSchema } from '../../../contracts/people.js';
import { apiRequest } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';

const base = '/api/activities';

export const keys = {
  all: ['activities'] as const,
  publicProgramme: (organisationId: string) => ['activities', 'public', organisationId] as const,
  programme: (organisationId: string) => ['activities', 'programme', organisationId] as const,
  mySignUps: ['activities', 'me', 'sign-ups'] as const,
  proposals: (organisationId: string) => ['activities', 'proposals', organisationId] as const,
  roster: (occurrenceId: string) => ['activities', 'roster', occurrenceId] as const,
  reach: (organisationId: string) => ['activities', 'reach', organisationId] as const,
  targets: (organisationId: string) => ['activities', 'targets', organisationId] as const,
  myOutreach: (organisationId: string) => ['activities', 'my-outreach', organisationId] as const,
  partnershipOrganisations: ['activities', 'partnership-organisations'] as const,
  roles: (organisationId: string) => ['activities', 'roles', organisationId] as const,
  applications: (roleId: string) => ['activities', 'applications', roleId] as const,
  partners: (organisationId: string) => ['activities', 'partners', organisationId] as const,
  signpostPeople: (organisationId: string) => ['activities', 'signpost-people', organisationId] as const,
};

const org = (organisationId: string) => `${base}/organisations/${encodeURIComponent(organisationId)}`;
const occ = (occurrenceId: string) => `${base}/occurrences/${encodeURIComponent(occurrenceId)}`;

export const api = {
  calendarUrl: (organisationId: string) =>
    `${base}/public/organisations/${encodeURIComponent(organisationId)}/calendar.ics`,
  fetchPublicProgramme: (organisationId: string) =>
    apiRequest(
      `${base}/public/organisations/${encodeURIComponent(organisationId)}/programme`,
      PublicProgrammeSchema,
    ),
  fetchProgramme: (organisationId: string) => apiRequest(org(organisationId), ActivityListSchema),
  /** Adds an activity with its whole schedule (coordinators and facilitators). */
  createActivity: (body: unknown) => apiRequest(base, ActivitySchema, { method: 'POST', body }),
  /** Changes an activity's details, never its schedule. */
  updateActivity: (activityId: string, body: unknown) =>
    apiRequest(`${base}/${encodeURIComponent(activityId)}`, ActivitySchema, { method: 'PATCH', body }),
  fetchMySignUps: () => apiRequest(`${base}/me/sign-ups`, SignUpListSchema),
  signUp: (occurrenceId: string) =>
    apiRequest(`${occ(occurrenceId)}/sign-up`, SignUpSchema, { method: 'POST' }),
  cancelSignUp: (occurrenceId: string) =>
    apiRequest(`${occ(occurrenceId)}/sign-up`, SignUpSchema, { method: 'DELETE' }),
  makeCalendarLink: () => apiRequest(`${base}/me/calendar-link`, FeedLinkSchema, { method: 'POST' }),
  fetchProposals: (organisationId: string) =>
    apiRequest(`${org(organisationId)}/proposals`, ProposalListSchema),
  propose: (body: { organisationId: string; title: string; description: string; kind: string }) =>
    apiRequest(`${base}/proposals`, ProposalSchema, { method: 'POST', body }),
  support: (proposalId: string) =>
    apiRequest(`${base}/proposals/${encodeURIComponent(proposalId)}/support`, ProposalSchema, {
      method: 'POST',
    }),
  respond: (proposalId: string, body: unknown) =>
    apiRequest(`${base}/proposals/${encodeURIComponent(proposalId)}/response`, ProposalSchema, {
      method: 'POST',
      body,
    }),
  fetchRoster: (occurrenceId: string) => apiRequest(`${occ(occurrenceId)}/sign-ups`, RosterSchema),
  saveAttendance: (occurrenceId: string, attendedPersonIds: string[]) =>
    apiRequest(`${occ(occurrenceId)}/attendance`, RosterSchema, {
      method: 'PUT',
      body: { attendedPersonIds },
    }),
  cancelOccurrence: (occurrenceId: string, reason: string) =>
    apiRequest(`${occ(occurrenceId)}/cancel`, RosterSchema, { method: 'POST', body: { reason } }),
  fetchReach: (organisationId: string) => apiRequest(`${org(organisationId)}/reach`, ReachSchema),
  fetchTargets: (organisationId: string) =>
    apiRequest(`${org(organisationId)}/outreach-targets`, OutreachTargetsSchema),
  saveTargets: (organisationId: string, body: { areas: string[]; communities: string[] }) =>
    apiRequest(`${org(organisationId)}/outreach-targets`, OutreachTargetsSchema, { method: 'PUT', body }),
  fetchMyOutreach: (organisationId: string) =>
    apiRequest(`${org(organisationId)}/my-outreach`, OutreachProfileSchema),
  saveMyOutreach: (
    organisationId: string,
    body: { postcodeDistrict: string | null; community: string | null },
  ) => apiRequest(`${org(organisationId)}/my-outreach`, OutreachProfileSchema, { method: 'PUT', body }),
  removeMyOutreach: (organisationId: string) =>
    apiRequest(`${org(organisationId)}/my-outreach`, OkSchema, { method: 'DELETE' }),

  // --- the wider community offer: roles, partners and signposting ---
  /** Every organisation in the partnership: roles and partners are shared across it. */
  fetchPartnershipOrganisations: () => apiRequest('/api/organisations', OrganisationListResponseSchema),
  fetchRoles: (organisationId: string) => apiRequest(`${org(organisationId)}/roles`, RoleListSchema),
  createRole: (body: {
    organisationId: string;
    title: string;
    description: string;
    kind: string;
    hoursPerWeek: number | null;
  }) => apiRequest(`${base}/roles`, RoleSchema, { method: 'POST', body }),
  apply: (roleId: string, message: string) =>
    apiRequest(`${base}/roles/${encodeURIComponent(roleId)}/applications`, ApplicationSchema, {
      method: 'POST',
      body: { message },
    }),
  fetchApplications: (roleId: string) =>
    apiRequest(`${base}/roles/${encodeURIComponent(roleId)}/applications`, ApplicationListSchema),
  decideApplication: (applicationId: string, status: 'accepted' | 'declined') =>
    apiRequest(`${base}/applications/${encodeURIComponent(applicationId)}`, ApplicationSchema, {
      method: 'PATCH',
      body: { status },
    }),
  recordHours: (
    applicationId: string,
    body: { occurredOn: string; hours: number; expensesPence: number; paymentChoice: string },
  ) =>
    apiRequest(`${base}/applications/${encodeURIComponent(applicationId)}/hours`, RecordedHoursSchema, {
      method: 'POST',
      body,
    }),
  fetchPartners: (organisationId: string) => apiRequest(`${org(organisationId)}/partners`, PartnerListSchema),
  createPartner: (body: {
    organisationId: string;
    name: string;
    kind: string;
    offers: string;
    contact: string;
    website: string | null;
  }) => apiRequest(`${base}/partners`, PartnerSchema, { method: 'POST', body }),
  signpost: (partnerId: string, body: { personId: string; consent: boolean; note: string }) =>
    apiRequest(`${base}/partners/${encodeURIComponent(partnerId)}/signposts`, SignpostSchema, {
      method: 'POST',
      body,
    }),
  /**
   * The people of an organisation someone may be signposted: members, peer supporters and
   * facilitators, as the server accepts. The API lists them only to the organisation's coordinators.
   */
  fetchSignpostPeople: async (organisationId: string) =>
    (
      await apiRequest(
        `/api/activities/organisations/${encodeURIComponent(organisationId)}/signpost-people`,
        SignpostPeopleSchema,
      )
    ).people,
};

// --- dates and times, always in Europe/London ------------------------------------------------------

const dayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});
const timeFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: TIME_ZONE,
  hour: '2-digit',
  minute: '2-digit',
});
const isoDayFormat = new Intl.DateTimeFormat('en-CA', {
  timeZone: TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});
const mondayFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'UTC',
  weekday: 'long',
  day: 'numeric',
  month: 'long',
});

/** "Tuesday 3 March, 18:00 to 20:00" in UK time. */
export function whenInWords(startsAt: string, endsAt: string): string {
  const start = new Date(startsAt);
  return activitiesStrings.common.timeRange(
    dayFormat.format(start),
    timeFormat.format(start),
    timeFormat.format(new Date(endsAt)),
  );
}

/** "18:00 to 19:30" in UK time. */
export function timesInWords(startsAt: string, endsAt: string): string {
  return `${timeFormat.format(new Date(startsAt))} to ${timeFormat.format(new Date(endsAt))}`;
}

/** "Tuesday 3 March, 18:00" in UK time. */
export function startInWords(iso: string): string {
  const start = new Date(iso);
  return `${dayFormat.format(start)}, ${timeFormat.format(start)}`;
}

/** "Tuesday 3 March" in UK time. */
export function dayInWords(iso: string): string {
  return dayFormat.format(new Date(iso));
}

/** The Monday that starts the UK week holding this moment, as 2027-03-01. */
export function weekStart(iso: string): string {
  const day = isoDayFormat.format(new Date(iso));
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() - ((date.getUTCDay() + 6) % 7));
  return date.toISOString().slice(0, 10);
}

export function weekHeading(monday: string): string {
  return activitiesStrings.common.weekOf(mondayFormat.format(new Date(`${monday}T00:00:00Z`)));
}

export interface Session {
  activity: Activity;
  occurrence: Occurrence;
}

/** Occurrences that have not yet ended, soonest first. */
export function upcomingSessions(activities: readonly Activity[], now = Date.now()): Session[] {
  return activities
    .flatMap((activity) => activity.occurrences.map((occurrence) => ({ activity, occurrence })))
    .filter(({ occurrence }) => new Date(occurrence.endsAt).getTime() >= now)
    .sort((a, b) => a.occurrence.startsAt.localeCompare(b.occurrence.startsAt));
}

/** Sessions grouped by the UK week they fall in, in order. */
export function byWeek(sessions: readonly Session[]): { monday: string; sessions: Session[] }[] {
  const weeks = new Map<string, Session[]>();
  for (const session of sessions) {
    const monday = weekStart(session.occurrence.startsAt);
    const list = weeks.get(monday) ?? [];
    list.push(session);
    weeks.set(monday, list);
  }
  return [...weeks].map(([monday, list]) => ({ monday, sessions: list }));
}
