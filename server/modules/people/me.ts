import { LANGUAGE_CODES, offeredLanguage } from '../../../contracts/languages.js';
import type { MeResponse } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import type { DbOrTx } from '../../kernel/db.js';
import type { ModuleContext } from '../../kernel/module.js';
import * as repo from './people.repository.js';

/** Loads who a signed-in person is and what they may do; the kernel calls this once per request. */
export async function resolveActor(db: DbOrTx, personId: string): Promise<Actor | null> {
  const person = await repo.findPerson(db, personId);
  if (!person || person.erasedAt) return null;
  const rows = await repo.findMembershipsOfPerson(db, personId);
  const partnershipId = rows[0]?.partnershipId ?? null;
  const [partnershipOrganisations, partnership] = partnershipId
    ? await Promise.all([
        repo.findOrganisationsInPartnership(db, partnershipId),
        repo.findPartnership(db, partnershipId),
      ])
    : [[], undefined];
  const languages = partnership?.languages ?? LANGUAGE_CODES;
  return {
    personId: person.id,
    displayName: person.displayName,
    email: person.email,
    partnershipId,
    partnershipOrganisationIds: partnershipOrganisations.map((o) => o.id),
    memberships: rows.map((m) => ({ id: m.id, organisationId: m.organisationId, role: m.role })),
    // A language Cairn or their partnership no longer offers reads as no choice, so the person's
    // browser decides again (among the languages offered), else English.
    language: offeredLanguage(person.language, languages),
    languages,
  };
}

/** The signed-in person, their partnership, memberships and roles (GET /me, and after signing in). */
export async function getMe(context: ModuleContext, actor: Actor): Promise<MeResponse> {
  const rows = await repo.findMembershipsOfPerson(context.db, actor.personId);
  const partnership = actor.partnershipId
    ? await repo.findPartnership(context.db, actor.partnershipId)
    : undefined;
  const person = await repo.findPerson(context.db, actor.personId);
  return {
    person: {
      id: actor.personId,
      email: actor.email,
      displayName: actor.displayName,
      mobileNumber: person?.mobileNumber ?? null,
      language: actor.language,
    },
    partnership: partnership
      ? { id: partnership.id, name: partnership.name, languages: partnership.languages }
      : null,
    memberships: rows.map((m) => ({
      id: m.id,
      organisationId: m.organisationId,
      organisationName: m.organisationName,
      partnershipId: m.partnershipId,
      role: m.role,
    })),
    roles: [...new Set(rows.map((m) => m.role))],
  };
}
