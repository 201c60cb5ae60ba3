import type { FastifyRequest } from 'fastify';
import type { LanguageCode } from '../../contracts/languages.js';
import type { Role } from '../../contracts/people.js';
import { AppError } from './errors.js';
import { message } from './i18n.js';

export type ActorMembership = { id: string; organisationId: string; role: Role };

/** Who is making a request: resolved once per request from the session. */
export type Actor = {
  personId: string;
  displayName: string;
  email: string;
  partnershipId: string | null;
  /** Every organisation of the actor's partnership: the reach of a partnership admin. */
  partnershipOrganisationIds: string[];
  memberships: ActorMembership[];
  /**
   * The language the person chose, or null: answers to them are written in it. Null too when their
   * partnership no longer offers the language they chose.
   */
  language: LanguageCode | null;
  /** The languages the person's partnership offers (every language when they have none). */
  languages: readonly LanguageCode[];
};

/** Signed-in actor or an `unauthenticated` error. */
export function requireActor(actor: Actor | null): Actor {
  if (!actor) throw new AppError('unauthenticated', message('problems.signInFirst'));
  return actor;
}

/**
 * A route hook (`preValidation: signedInOnly`) for every route only a signed-in person may use:
 * a visitor is refused with 401 before the path, query or body is looked at, so they learn they must
 * sign in, never what the input should have held. Declared endpoints with `access: 'signed-in'` get it
 * from `registerEndpoint`; plain routes (files, uploads) name it themselves.
 */
export async function signedInOnly(request: FastifyRequest): Promise<void> {
  requireActor(request.actor);
}

export function isPartnershipAdmin(actor: Actor): boolean {
  return actor.memberships.some((m) => m.role === 'partnership_admin');
}

/**
 * The one question every policy asks: does the actor hold one of `roles` in this organisation
 * (or anywhere, when no organisation is given)? A partnership admin counts as holding every role
 * across their partnership, so policies only need to name the least role that suffices.
 */
export function hasRole(actor: Actor, roles: readonly Role[], organisationId?: string): boolean {
  if (
    isPartnershipAdmin(actor) &&
    (organisationId === undefined || actor.partnershipOrganisationIds.includes(organisationId))
  ) {
    return true;
  }
  return actor.memberships.some(
    (m) => roles.includes(m.role) && (organisationId === undefined || m.organisationId === organisationId),
  );
}

/** Organisations where the actor holds one of `roles`. */
export function organisationsWithRole(actor: Actor, roles: readonly Role[]): string[] {
  return [...new Set(actor.memberships.filter((m) => roles.includes(m.role)).map((m) => m.organisationId))];
}
