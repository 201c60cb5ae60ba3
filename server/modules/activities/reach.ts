import {
  FEWER_THAN_5,
  REACH_COLUMNS,
  type Count,
  type Reach,
  type ReachColumn,
} from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findCafeParticipantPlaces } from '../cafes/index.js';
import { countStoriesByStoryteller } from '../stories/index.js';
import { mayCoordinate } from './activities.policy.js';
import * as repo from './community.repository.js';
import { suppressColumn } from './suppression.js';

/** Something counted in the reach view, with the area and community it is counted under. */
type Counted = { area: string | null; community: string | null } & Record<ReachColumn, number>;

const NOTHING: Record<ReachColumn, number> = { people: 0, signUps: 0, cafeParticipants: 0, stories: 0 };

function reachTable(counted: Counted[], key: 'area' | 'community', targets: string[]) {
  const labels = [...new Set([...targets, ...counted.flatMap((c) => (c[key] ? [c[key]] : []))])].sort();
  const groups: (string | null)[] = [...labels, null];
  const hidden: Count = { value: null, suppressed: FEWER_THAN_5 };
  // Each column is suppressed on its own: its rows partition its own total.
  const columns = Object.fromEntries(
    REACH_COLUMNS.map((column) => [
      column,
      suppressColumn(
        groups.map((g) => counted.filter((c) => c[key] === g).reduce((sum, c) => sum + c[column], 0)),
      ),
    ]),
  ) as Record<ReachColumn, ReturnType<typeof suppressColumn>>;
  const pick = (i: number | 'total') =>
    Object.fromEntries(
      REACH_COLUMNS.map((column) => [
        column,
        i === 'total' ? columns[column].total : (columns[column].cells[i] ?? hidden),
      ]),
    ) as Record<ReachColumn, Count>;
  return {
    rows: groups.map((label, i) => ({
      label,
      isTarget: label !== null && targets.includes(label),
      ...pick(i),
    })),
    total: pick('total'),
  };
}

/**
 * Who the organisation reaches, by postcode district and community, against its targets: people
 * (with an account, who gave the organisation an area or community or signed up to one of its
 * sessions), sign-ups, places taken at its cafés, and stories told to it. Every count under 5 is hidden.
 */
export async function getReach(context: ModuleContext, actor: Actor, organisationId: string): Promise<Reach> {
  if (!mayCoordinate(actor, organisationId)) throw notFound('organisation');
  const [targets, profiles, signUps, cafePlaces, stories] = await Promise.all([
    repo.findTargets(context.db, organisationId),
    repo.findProfilesOfOrganisation(context.db, organisationId),
    repo.countSignUpsByPerson(context.db, organisationId),
    findCafeParticipantPlaces(context.db, organisationId),
    countStoriesByStoryteller(context.db, organisationId),
  ]);
  const profileOf = new Map(profiles.map((p) => [p.personId, p]));
  const placeOf = (personId: string | null) => {
    const profile = personId ? profileOf.get(personId) : undefined;
    return { area: profile?.postcodeDistrict ?? null, community: profile?.community ?? null };
  };
  const signUpsOf = new Map(signUps.map((s) => [s.personId, s.n]));
  const people = new Set([...profiles.map((p) => p.personId), ...signUps.map((s) => s.personId)]);
  const counted: Counted[] = [
    ...[...people].map((personId) => ({
      ...NOTHING,
      ...placeOf(personId),
      people: 1,
      signUps: signUpsOf.get(personId) ?? 0,
    })),
    // What a participant gave at the café comes first; a signed-in one's profile fills any gap.
    ...cafePlaces.map((place) => {
      const profile = placeOf(place.personId);
      return {
        ...NOTHING,
        area: place.postcodeDistrict ?? profile.area,
        community: place.community ?? profile.community,
        cafeParticipants: 1,
      };
    }),
    ...stories.map((row) => ({ ...NOTHING, ...placeOf(row.personId), stories: row.stories })),
  ];
  return {
    organisationId,
    byArea: reachTable(
      counted,
      'area',
      targets.filter((t) => t.kind === 'area').map((t) => t.value),
    ),
    byCommunity: reachTable(
      counted,
      'community',
      targets.filter((t) => t.kind === 'community').map((t) => t.value),
    ),
    notes: [
      'People are those with an account who told the organisation their area or community, or signed up ' +
        'to one of its sessions. Each person counts once.',
      'Sign-ups count places booked or waited for, not cancelled ones.',
      'Café participants count places taken at the organisation’s cafés: someone who came to three cafés ' +
        'counts three times. The area and community are what they gave when they joined; for someone ' +
        'signed in who left them empty, the ones they gave the organisation.',
      'Stories count stories told to the organisation that have been submitted; drafts and withdrawn ' +
        'stories are not counted. A storyteller without an account, or who has not given an area or ' +
        'community, is counted under "Not given".',
      'Café participants and storytellers are counted in their own columns, not in the people column.',
      'Any count under 5 is hidden, and so is any count that would let a hidden one be worked out. ' +
        'Each column is hidden on its own.',
    ],
  };
}
