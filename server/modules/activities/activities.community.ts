import type { z } from 'zod';
import {
  FEWER_THAN_5,
  SUPPRESSION_THRESHOLD,
  type CreatePartnerRequestSchema,
  type CreateRoleRequestSchema,
  REACH_COLUMNS,
  type Count,
  type OutreachProfileRequestSchema,
  type OutreachTargetsRequestSchema,
  type RecordHoursRequestSchema,
  type Reach,
  type ReachColumn,
  type SignpostRequestSchema,
} from '../../../contracts/activities.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { AppError, notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findCafeParticipantPlaces } from '../cafes/index.js';
import { findPeopleWithRole, recordInvolvement } from '../people/index.js';
import { countStoriesByStoryteller } from '../stories/index.js';
import { isMemberOf, mayCoordinate, maySignpost } from './activities.policy.js';
import * as repo from './activities.repository.js';
import { invalid, namesOf, partnershipOrganisation } from './activities.service.js';

// --- social enterprise roles ----------------------------------------------------------------------

function toRole(row: repo.RoleRow, appliedByMe: boolean) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    title: row.title,
    description: row.description,
    kind: row.kind,
    hoursPerWeek: row.hoursPerWeek,
    appliedByMe,
  };
}

export async function createRole(
  context: ModuleContext,
  actorOrNull: Actor | null,
  body: z.output<typeof CreateRoleRequestSchema>,
) {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, body.organisationId)) throw notFound('This organisation');
  return toRole(await repo.insertRole(context.db, body), false);
}

export async function listRoles(context: ModuleContext, actorOrNull: Actor | null, organisationId: string) {
  const actor = requireActor(actorOrNull);
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findRolesOfOrganisation(context.db, organisationId);
  const applications = await repo.findApplicationsOfRoles(
    context.db,
    rows.map((r) => r.id),
  );
  return {
    roles: rows.map((r) =>
      toRole(
        r,
        applications.some((a) => a.roleId === r.id && a.personId === actor.personId),
      ),
    ),
  };
}

async function loadRole(context: ModuleContext, actor: Actor, roleId: string) {
  const role = await repo.findRole(context.db, roleId);
  if (!role || !actor.partnershipOrganisationIds.includes(role.organisationId)) throw notFound('This role');
  return role;
}

async function toApplications(context: ModuleContext, rows: repo.ApplicationRow[]) {
  const names = await namesOf(
    context.db,
    rows.map((r) => r.personId),
  );
  return rows.map((r) => ({
    id: r.id,
    roleId: r.roleId,
    personId: r.personId,
    displayName: names.get(r.personId) ?? 'Former member',
    message: r.message,
    status: r.status,
    createdAt: r.createdAt.toISOString(),
  }));
}

export async function applyForRole(
  context: ModuleContext,
  actorOrNull: Actor | null,
  roleId: string,
  message: string,
) {
  const actor = requireActor(actorOrNull);
  await loadRole(context, actor, roleId);
  const row = await repo.insertApplication(context.db, { roleId, personId: actor.personId, message });
  if (!row) throw new AppError('conflict', 'You have already applied for this role.');
  const [application] = await toApplications(context, [row]);
  if (!application) throw new Error('application missing');
  return application;
}

export async function listApplications(context: ModuleContext, actorOrNull: Actor | null, roleId: string) {
  const actor = requireActor(actorOrNull);
  const role = await loadRole(context, actor, roleId);
  if (!mayCoordinate(actor, role.organisationId)) throw notFound('This role');
  return {
    applications: await toApplications(context, await repo.findApplicationsOfRoles(context.db, [roleId])),
  };
}

async function loadManagedApplication(context: ModuleContext, actor: Actor, applicationId: string) {
  const application = await repo.findApplication(context.db, applicationId);
  const role = application ? await repo.findRole(context.db, application.roleId) : undefined;
  if (!application || !role || !mayCoordinate(actor, role.organisationId)) throw notFound('This application');
  return { application, role };
}

export async function decideApplication(
  context: ModuleContext,
  actorOrNull: Actor | null,
  applicationId: string,
  status: 'accepted' | 'declined',
) {
  const actor = requireActor(actorOrNull);
  const { application } = await loadManagedApplication(context, actor, applicationId);
  await repo.setApplicationStatus(context.db, applicationId, status);
  const [result] = await toApplications(context, [{ ...application, status }]);
  if (!result) throw new Error('application missing');
  return result;
}

/** Hours worked in a role go into the person's involvement log (people module), in one transaction. */
export async function recordRoleHours(
  context: ModuleContext,
  actorOrNull: Actor | null,
  applicationId: string,
  body: z.output<typeof RecordHoursRequestSchema>,
) {
  const actor = requireActor(actorOrNull);
  const { application, role } = await loadManagedApplication(context, actor, applicationId);
  if (application.status !== 'accepted') {
    throw new AppError('conflict', 'Accept the application before recording hours worked.');
  }
  const involvementEntryId = await context.db.transaction(async (tx) =>
    recordInvolvement(tx, {
      personId: application.personId,
      organisationId: role.organisationId,
      occurredOn: body.occurredOn,
      activity: `${role.kind === 'work_placement' ? 'Work placement' : 'Volunteering'}: ${role.title}`,
      role: 'other',
      hours: body.hours,
      expensesPence: body.expensesPence,
      paymentChoice: body.paymentChoice,
      source: { kind: 'activities_role', id: application.id },
      recordedBy: actor.personId,
    }),
  );
  return { involvementEntryId };
}

// --- partners and signposting ---------------------------------------------------------------------

function toPartner(row: repo.PartnerRow) {
  return {
    id: row.id,
    organisationId: row.organisationId,
    name: row.name,
    kind: row.kind,
    offers: row.offers,
    contact: row.contact,
    website: row.website,
  };
}

export async function createPartner(
  context: ModuleContext,
  actorOrNull: Actor | null,
  body: z.output<typeof CreatePartnerRequestSchema>,
) {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, body.organisationId)) throw notFound('This organisation');
  return toPartner(await repo.insertPartner(context.db, body));
}

export async function listPartners(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  await partnershipOrganisation(context.db, actor, organisationId);
  return { partners: (await repo.findPartnersOfOrganisation(context.db, organisationId)).map(toPartner) };
}

/** Signposting is recorded only when the member agreed to it; without consent nothing is stored. */
/** Everyone a partner may be suggested to: members, and peer supporters and facilitators themselves. */
async function signpostablePeople(context: ModuleContext, organisationId: string) {
  return (
    await Promise.all(
      (['member', 'peer_supporter', 'facilitator'] as const).map((role) =>
        findPeopleWithRole(context.db, organisationId, role),
      ),
    )
  ).flat();
}

/** Names to choose from when signposting: no emails, and only for those who may signpost. */
export async function listSignpostPeople(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  if (!maySignpost(actor, organisationId)) throw notFound('This organisation');
  const people = new Map(
    (await signpostablePeople(context, organisationId)).map((p) => [p.personId, p.displayName]),
  );
  return {
    people: [...people]
      .map(([personId, displayName]) => ({ personId, displayName }))
      .sort((a, b) => a.displayName.localeCompare(b.displayName, 'en-GB')),
  };
}

export async function signpost(
  context: ModuleContext,
  actorOrNull: Actor | null,
  partnerId: string,
  body: z.output<typeof SignpostRequestSchema>,
) {
  const actor = requireActor(actorOrNull);
  const partner = await repo.findPartner(context.db, partnerId);
  if (!partner || !maySignpost(actor, partner.organisationId)) throw notFound('This partner');
  if (!body.consent) {
    throw invalid('consent', 'Ask the member first: signposting is only recorded with their consent');
  }
  const members = await signpostablePeople(context, partner.organisationId);
  if (!members.some((m) => m.personId === body.personId)) {
    throw invalid('personId', 'Choose someone who is a member of this organisation');
  }
  const row = await context.db.transaction(async (tx) => {
    const inserted = await repo.insertSignpost(tx, {
      partnerId,
      personId: body.personId,
      consent: true,
      note: body.note,
      signpostedBy: actor.personId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'activity.signposted',
      subjectType: 'activity_signpost',
      subjectId: inserted.id,
      details: { partnerId, consent: true },
    });
    return inserted;
  });
  return {
    id: row.id,
    partnerId: row.partnerId,
    personId: row.personId,
    consent: row.consent,
    note: row.note,
    createdAt: row.createdAt.toISOString(),
  };
}

// --- outreach -------------------------------------------------------------------------------------

export async function setTargets(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  body: z.output<typeof OutreachTargetsRequestSchema>,
) {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, organisationId)) throw notFound('This organisation');
  await repo.replaceTargets(context.db, organisationId, [
    ...[...new Set(body.areas)].map((value) => ({ kind: 'area' as const, value })),
    ...[...new Set(body.communities)].map((value) => ({ kind: 'community' as const, value })),
  ]);
  return getTargets(context, actor, organisationId);
}

export async function getTargets(context: ModuleContext, actorOrNull: Actor | null, organisationId: string) {
  const actor = requireActor(actorOrNull);
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findTargets(context.db, organisationId);
  return {
    areas: rows.filter((r) => r.kind === 'area').map((r) => r.value),
    communities: rows.filter((r) => r.kind === 'community').map((r) => r.value),
  };
}

function requireMember(actor: Actor, organisationId: string) {
  if (!isMemberOf(actor, organisationId)) throw notFound('This organisation');
}

export async function getMyProfile(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  requireMember(actor, organisationId);
  const row = await repo.findProfile(context.db, organisationId, actor.personId);
  return { postcodeDistrict: row?.postcodeDistrict ?? null, community: row?.community ?? null };
}

export async function setMyProfile(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  body: z.output<typeof OutreachProfileRequestSchema>,
) {
  const actor = requireActor(actorOrNull);
  requireMember(actor, organisationId);
  if (body.postcodeDistrict === null && body.community === null) {
    await repo.deleteProfile(context.db, organisationId, actor.personId);
  } else {
    await repo.upsertProfile(context.db, { organisationId, personId: actor.personId, ...body });
  }
  return getMyProfile(context, actor, organisationId);
}

export async function deleteMyProfile(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  requireMember(actor, organisationId);
  await repo.deleteProfile(context.db, organisationId, actor.personId);
}

type Cell = { value: number; suppressed: boolean };

/**
 * Small-number suppression for one column of a table with its total (the rows partition the total).
 *
 * Rule: (1) every cell under 5 is suppressed (primary suppression). (2) If any cell is suppressed,
 * the suppressed cells together must not be recoverable as a small number by subtracting the
 * visible cells from the total: so while fewer than two cells are suppressed, or the suppressed
 * cells add up to under 5, the smallest visible cell is suppressed as well (secondary suppression).
 * (3) If no visible cell is left to suppress, or the total itself is under 5, the total is
 * suppressed. A suppressed total with every cell visible cannot happen (the total would be their sum).
 */
export function suppressColumn(values: number[]): { cells: Count[]; total: Count } {
  const cells: Cell[] = values.map((value) => ({ value, suppressed: value < SUPPRESSION_THRESHOLD }));
  const total = values.reduce((a, b) => a + b, 0);
  let totalSuppressed = total < SUPPRESSION_THRESHOLD;
  const hidden = () => cells.filter((c) => c.suppressed);
  while (!totalSuppressed && hidden().length > 0) {
    const hiddenSum = hidden().reduce((a, c) => a + c.value, 0);
    if (hidden().length >= 2 && hiddenSum >= SUPPRESSION_THRESHOLD) break;
    const visible = cells.filter((c) => !c.suppressed).sort((a, b) => a.value - b.value);
    const next = visible[0];
    if (!next) {
      totalSuppressed = true;
      break;
    }
    next.suppressed = true;
  }
  if (totalSuppressed) for (const c of cells) c.suppressed = true;
  const out = (value: number, suppressed: boolean): Count =>
    suppressed || value < SUPPRESSION_THRESHOLD
      ? { value: null, suppressed: FEWER_THAN_5 }
      : { value, suppressed: null };
  return { cells: cells.map((c) => out(c.value, c.suppressed)), total: out(total, totalSuppressed) };
}

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
export async function getReach(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
): Promise<Reach> {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, organisationId)) throw notFound('This organisation');
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
