import type { ErasureRequest, Member, Organisation } from '../../../contracts/people.js';
import type * as repo from './people.repository.js';

type ErasureRow = Awaited<ReturnType<typeof repo.findErasureRequestsOfPerson>>[number];
type MemberRow = Awaited<ReturnType<typeof repo.findMembersOfOrganisation>>[number];

export function toOrganisation(row: { id: string; name: string; partnershipId: string }): Organisation {
  return { id: row.id, name: row.name, partnershipId: row.partnershipId };
}

export function toMember(row: MemberRow): Member {
  return { ...row, since: row.since.toISOString() };
}

export function toErasureRequest(row: ErasureRow): ErasureRequest {
  return {
    id: row.id,
    personId: row.personId,
    personName: row.personName,
    reason: row.reason,
    status: row.status,
    requestedAt: row.requestedAt.toISOString(),
    actionedAt: row.actionedAt?.toISOString() ?? null,
    outcome: row.outcome,
  };
}
