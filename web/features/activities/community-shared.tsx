import { useQuery } from '@tanstack/react-query';
import type { MeResponse } from '../../../contracts/people.js';
import { SelectField } from '../../components/select-field.js';
import { isPartnershipAdmin } from '../../lib/session.js';
import { communityStrings } from '../../lib/strings/community.js';
import { api, keys } from './activities-api.js';
import {
  coordinates,
  memberOrganisations,
  useOrganisationChoice,
  type OrganisationChoice,
} from './shared.js';

const c = communityStrings.common;

/**
 * Every organisation of the partnership (roles and partners are shared across it), the person's own
 * first so the page opens on their home organisation. Until the list arrives, their own organisations.
 */
export function usePartnershipOrganisations(me: MeResponse | null | undefined) {
  const own = memberOrganisations(me);
  const all = useQuery({
    queryKey: keys.partnershipOrganisations,
    queryFn: api.fetchPartnershipOrganisations,
    enabled: Boolean(me),
    staleTime: 5 * 60_000,
  });
  const others = (all.data?.organisations ?? [])
    .filter((o) => !own.some((mine) => mine.id === o.id))
    .map((o) => ({ id: o.id, name: o.name }));
  const organisations: OrganisationChoice[] = [...own, ...others];
  const choice = useOrganisationChoice(organisations);
  return { organisations, ...choice };
}

/** Chooses whose roles or partners to show, among the organisations of the partnership. */
export function PartnershipPicker({
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
