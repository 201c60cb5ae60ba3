import type { PowerSharing } from '../../../contracts/coproduction.js';
import type { Actor } from '../../kernel/access.js';
import type { ModuleContext } from '../../kernel/module.js';
import {
  findActions,
  findGroupMembers,
  findGroupsOfOrganisations,
  findMeetingsOfGroups,
} from './groups/index.js';
import { partnershipOrganisation } from './organisation-loader.js';
import { findSeatsOfOrganisations } from './seats/index.js';
import { addDays, londonToday } from '../../../contracts/calendar.js';

const KIND_WORDS = {
  board: 'board',
  committee: 'committee',
  team_meeting: 'team meeting',
  interview_panel: 'interview panel',
} as const;

/** Where power is shared: seats held and vacant, and the groups with what they decided and did. */
export async function getPowerSharing(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
): Promise<PowerSharing> {
  const organisation = await partnershipOrganisation(context.db, actor, organisationId);
  const [seats, groups] = await Promise.all([
    findSeatsOfOrganisations(context.db, [organisationId]),
    findGroupsOfOrganisations(context.db, [organisationId]),
  ]);
  const groupIds = groups.map((g) => g.id);
  const [members, meetings] = await Promise.all([
    findGroupMembers(context.db, groupIds),
    findMeetingsOfGroups(context.db, groupIds),
  ]);
  const actions = await findActions(
    context.db,
    meetings.map((m) => m.id),
  );
  const yearAgo = addDays(londonToday(), -365);
  const filled = seats.filter((s) => s.holderPersonId !== null).length;
  const byKind = (['board', 'committee', 'team_meeting', 'interview_panel'] as const).map((kind) => {
    const own = seats.filter((s) => s.kind === kind);
    const held = own.filter((s) => s.holderPersonId !== null).length;
    return {
      kind,
      filled: held,
      vacant: own.length - held,
      attendance: own.reduce((sum, s) => sum + s.attendanceCount, 0),
    };
  });
  const bodies = [...new Set(seats.map((s) => `${s.kind}\u0000${s.bodyName}`))].map((key) => {
    const own = seats.filter((s) => `${s.kind}\u0000${s.bodyName}` === key);
    const held = own.filter((s) => s.holderPersonId !== null).length;
    const first = own[0];
    return {
      kind: first?.kind ?? 'board',
      bodyName: first?.bodyName ?? '',
      filled: held,
      vacant: own.length - held,
    };
  });
  const groupSummaries = groups.map((g) => {
    const own = meetings.filter((m) => m.groupId === g.id);
    const ownActions = actions.filter((a) => own.some((m) => m.id === a.meetingId));
    return {
      id: g.id,
      name: g.name,
      rhythm: g.rhythm,
      members: members.filter((m) => m.groupId === g.id).length,
      meetingsLastYear: own.filter((m) => m.heldOn >= yearAgo).length,
      decisions: own.reduce((sum, m) => sum + m.decisions.length, 0),
      actionsOpen: ownActions.filter((a) => a.status === 'open' || a.status === 'in_progress').length,
      actionsDone: ownActions.filter((a) => a.status === 'done').length,
    };
  });
  const seatWords = byKind
    .filter((k) => k.filled + k.vacant > 0)
    .map((k) => `${k.filled + k.vacant} on the ${KIND_WORDS[k.kind]}${k.filled + k.vacant === 1 ? '' : 's'}`)
    .join(', ');
  // Said to members as well as staff, so in their words: "groups", not "co-production groups".
  const met = groupSummaries.reduce((sum, g) => sum + g.meetingsLastYear, 0);
  const summary =
    `${organisation.name} has ${seats.length} seat${seats.length === 1 ? '' : 's'} for people with lived experience` +
    `${seatWords ? ` (${seatWords})` : ''}: ${filled} filled and ${seats.length - filled} vacant. ` +
    `${groups.length} group${groups.length === 1 ? '' : 's'} met ${met} time${met === 1 ? '' : 's'} in the last year.`;
  return {
    organisationId,
    organisationName: organisation.name,
    seats: { total: seats.length, filled, vacant: seats.length - filled, byKind, bodies },
    groups: groupSummaries,
    summary,
  };
}
