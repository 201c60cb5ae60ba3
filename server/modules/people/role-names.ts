import type { Role } from '../../../contracts/people.js';
import { AppError } from '../../kernel/errors.js';
import { message } from '../../kernel/i18n.js';

/** Each role as a sentence says it: "invited you … as a peer supporter". */
const ROLE_NAMES: Record<Role, string> = {
  member: 'member',
  peer_supporter: 'peer supporter',
  facilitator: 'facilitator',
  coordinator: 'coordinator',
  safeguarding_lead: 'safeguarding lead',
  partnership_admin: 'partnership admin',
};

/** A role as a list item starts it: "Peer supporter". */
export function roleTitle(role: Role): string {
  const name = ROLE_NAMES[role];
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** Giving `role` is for a partnership admin alone: said to a coordinator who tries, inviting or changing a role. */
export function onlyAdminMayGive(role: Role): AppError {
  return new AppError('forbidden', message('people.invitation.onlyAdminGivesRole', { role }));
}
