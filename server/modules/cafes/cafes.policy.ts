import { hasRole, type Actor } from '../../kernel/access.js';

/** Facilitators plan and run cafés for their organisation; coordinators may too. */
export function mayRunCafe(actor: Actor | null, organisationId: string): boolean {
  return actor !== null && hasRole(actor, ['facilitator', 'coordinator'], organisationId);
}
