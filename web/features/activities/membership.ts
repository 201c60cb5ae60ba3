import type { MeResponse } from '../../../contracts/people.js';

/** Who a person is in each organisation, without any page code, so the routes can ask it cheaply. */
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

/** Coordinators and facilitators run an organisation's programme: planning, registers, attendance. */
export function runsProgramme(me: MeResponse | null | undefined, organisationId: string): boolean {
  return (me?.memberships ?? []).some(
    (m) => m.organisationId === organisationId && (m.role === 'coordinator' || m.role === 'facilitator'),
  );
}

/** The organisations whose programme this person runs. */
export function programmeOrganisations(me: MeResponse | null | undefined): OrganisationChoice[] {
  return memberOrganisations(me).filter((o) => runsProgramme(me, o.id));
}

export function coordinates(me: MeResponse | null | undefined, organisationId: string): boolean {
  return (me?.memberships ?? []).some((m) => m.organisationId === organisationId && m.role === 'coordinator');
}
