import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';

/** Who may open analysis: peer supporters, facilitators, coordinators and partnership admins. */
export function mayAnalyse(me: MeResponse | null | undefined): boolean {
  return (
    hasRole(me, 'peer_supporter') ||
    hasRole(me, 'facilitator') ||
    hasRole(me, 'coordinator') ||
    hasRole(me, 'partnership_admin')
  );
}
