import type { MeResponse } from '../../../contracts/people.js';
import { hasRole } from '../../lib/session.js';

/** Who may plan and run cafés: facilitators and coordinators. */
export function mayRunCafes(me: MeResponse | null | undefined): boolean {
  return hasRole(me, 'facilitator') || hasRole(me, 'coordinator');
}
