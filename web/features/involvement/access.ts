import type { MeResponse } from '../../../contracts/people.js';

/** Who has an involvement record: anyone who belongs to an organisation. */
export function mayBeInvolved(me: MeResponse | null | undefined): boolean {
  return (me?.memberships.length ?? 0) > 0;
}
