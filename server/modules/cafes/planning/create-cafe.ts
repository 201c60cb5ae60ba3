import { randomInt } from 'node:crypto';
import type { z } from 'zod';
import type { Cafe, CreateCafeRequestSchema } from '../../../../contracts/cafes.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { AppError, notFound } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { loadCafe } from '../cafe-loader.js';
import { mayRunCafe } from '../cafes.policy.js';
import * as repo from '../cafes.repository.js';
import { checkRoles } from './cafe-team.js';

/** A café as planned, validated (defaults filled in) by `CreateCafeRequestSchema`. */
export type NewCafe = z.infer<typeof CreateCafeRequestSchema>;

const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';

function newJoinCode(): string {
  return Array.from({ length: 6 }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join('');
}

/** Plans a café: its rounds, tables (with video rooms for online tables), team and join code. */
export async function createCafe(context: ModuleContext, actor: Actor, input: NewCafe): Promise<Cafe> {
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayRunCafe(actor, organisation.id)) throw notFound('organisation');
  const cafeId = await context.db.transaction(async (tx) => {
    let row: repo.CafeRow | undefined;
    for (let attempt = 0; attempt < 5 && !row; attempt++) {
      const code = newJoinCode();
      if (await repo.findOpenCafeByCode(tx, code)) continue;
      row = await repo.insertCafe(tx, {
        organisationId: organisation.id,
        title: input.title,
        purpose: input.purpose,
        format: input.format,
        startsAt: input.startsAt ? new Date(input.startsAt) : null,
        venue: input.venue,
        accessInfo: input.accessInfo,
        capacity: input.capacity ?? null,
        joinCode: code,
        // The way of voting in use now: round 1's until the café moves on.
        votingMethod: input.rounds[0]?.votingMethod ?? input.votingMethod,
        dotsPerPerson: input.dotsPerPerson,
        allowStacking: input.allowStacking,
        videoLinkPattern: input.videoLinkPattern ?? null,
        signUpOpen: input.signUpOpen,
        createdBy: actor.personId,
      });
    }
    if (!row) throw new AppError('conflict', message('cafes.facilitator.noFreeCode'));
    const id = row.id;
    await repo.insertRounds(
      tx,
      input.rounds.map((r, i) => ({
        cafeId: id,
        position: i + 1,
        question: r.question,
        minutes: r.minutes,
        votingMethod: r.votingMethod ?? input.votingMethod,
      })),
    );
    await repo.replaceRoles(tx, id, checkRoles(input.roles, input.tables));
    const pattern = input.videoLinkPattern;
    await repo.insertTables(
      tx,
      Array.from({ length: input.tables }, (_, i) => ({
        cafeId: id,
        number: i + 1,
        videoUrl:
          pattern && input.format !== 'in_person'
            ? pattern.replaceAll('{cafe}', row.joinCode.toLowerCase()).replaceAll('{table}', String(i + 1))
            : null,
      })),
    );
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'cafe.created',
      subjectType: 'cafe',
      subjectId: id,
    });
    return id;
  });
  return (await loadCafe(context.db, cafeId)).cafe;
}
