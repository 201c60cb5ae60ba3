import type { z } from 'zod';
import type {
  OutreachProfileRequestSchema,
  OutreachTargetsRequestSchema,
} from '../../../contracts/activities.js';
import type { Actor } from '../../kernel/access.js';
import { notFound } from '../../kernel/errors.js';
import type { ModuleContext } from '../../kernel/module.js';
import { isMemberOf, mayCoordinate } from './activities.policy.js';
import * as repo from './community.repository.js';
import { partnershipOrganisation } from './loaders.js';

// Outreach: the areas and communities an organisation aims to reach, and those its members give it.

export async function setTargets(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  body: z.output<typeof OutreachTargetsRequestSchema>,
) {
  if (!mayCoordinate(actor, organisationId)) throw notFound('organisation');
  await repo.replaceTargets(context.db, organisationId, [
    ...[...new Set(body.areas)].map((value) => ({ kind: 'area' as const, value })),
    ...[...new Set(body.communities)].map((value) => ({ kind: 'community' as const, value })),
  ]);
  return getTargets(context, actor, organisationId);
}

export async function getTargets(context: ModuleContext, actor: Actor, organisationId: string) {
  await partnershipOrganisation(context.db, actor, organisationId);
  const rows = await repo.findTargets(context.db, organisationId);
  return {
    areas: rows.filter((r) => r.kind === 'area').map((r) => r.value),
    communities: rows.filter((r) => r.kind === 'community').map((r) => r.value),
  };
}

function requireMember(actor: Actor, organisationId: string) {
  if (!isMemberOf(actor, organisationId)) throw notFound('organisation');
}

export async function getMyProfile(context: ModuleContext, actor: Actor, organisationId: string) {
  requireMember(actor, organisationId);
  const row = await repo.findProfile(context.db, organisationId, actor.personId);
  return { postcodeDistrict: row?.postcodeDistrict ?? null, community: row?.community ?? null };
}

export async function setMyProfile(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  body: z.output<typeof OutreachProfileRequestSchema>,
) {
  requireMember(actor, organisationId);
  if (body.postcodeDistrict === null && body.community === null) {
    await repo.deleteProfile(context.db, organisationId, actor.personId);
  } else {
    await repo.upsertProfile(context.db, { organisationId, personId: actor.personId, ...body });
  }
  return getMyProfile(context, actor, organisationId);
}

export async function deleteMyProfile(context: ModuleContext, actor: Actor, organisationId: string) {
  requireMember(actor, organisationId);
  await repo.deleteProfile(context.db, organisationId, actor.personId);
}
