import type { FastifyReply } from 'fastify';
import type { LanguageCode } from '../../../../contracts/languages.js';
import { hashToken, randomToken } from '../../../kernel/crypto.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announceChange } from '../cafe-events.js';
import { loadTables } from '../cafe-loader.js';
import { cafeCookieOptions, participantCookie } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';

/**
 * Joins by code, no account needed. A returning participant (cookie) gets their seat back. A full
 * hall joins at once, so a join is few queries: the café (unless the caller found it already), the
 * seat (which table chosen in the same statement, counted by a trigger), and the version bump.
 */
export async function joinCafe(
  context: ModuleContext,
  reply: FastifyReply,
  input: {
    code: string;
    /** The open café with this code, when the caller has looked it up already. */
    cafe?: repo.CafeRow | undefined;
    displayName: string;
    tableNumber?: number | undefined;
    contact?: string | undefined;
    postcodeDistrict?: string | null | undefined;
    community?: string | null | undefined;
    existingToken?: string | undefined;
    personId?: string | undefined;
    /** The language the join page was in: what Cairn later sends to the contact is said in it. */
    language: LanguageCode;
  },
) {
  const place = {
    postcodeDistrict: input.postcodeDistrict || null,
    community: input.community || null,
  };
  const cafe = input.cafe ?? (await repo.findOpenCafeByCode(context.db, input.code));
  // A finished café's code may be given to a new café, so a closed one is answered as no café at all.
  if (!cafe) throw new AppError('not_found', message('cafes.join.noOpenCafe'));
  const tables = await loadTables(context.db, cafe.id);
  if (input.existingToken) {
    const existing = await repo.findParticipantByToken(context.db, cafe.id, hashToken(input.existingToken));
    const table = tables.find((t) => t.id === existing?.tableId);
    if (existing && table) {
      // Someone coming back who now says where they are from: keep what they told us.
      const given = Object.fromEntries(Object.entries(place).filter(([, value]) => value !== null));
      if (Object.keys(given).length > 0) await repo.updateParticipant(context.db, existing.id, given);
      return {
        cafeId: cafe.id,
        participantId: existing.id,
        displayName: existing.displayName,
        tableId: table.id,
        tableNumber: table.number,
      };
    }
  }
  const chosen = input.tableNumber ? tables.find((t) => t.number === input.tableNumber) : undefined;
  if (input.tableNumber && !chosen) {
    const noSuchTable = message('cafes.join.noSuchTable', { table: input.tableNumber });
    throw new AppError('validation_failed', noSuchTable, [{ path: 'tableNumber', message: noSuchTable }]);
  }
  if (tables.length === 0) throw new AppError('conflict', message('cafes.join.noTables'));
  const token = randomToken();
  // Newcomers who name no table are seated at the emptiest, so tables fill evenly (4–6 people each).
  const participant = await repo.seatParticipant(context.db, {
    cafeId: cafe.id,
    tokenHash: hashToken(token),
    displayName: input.displayName,
    tableId: chosen?.id,
    personId: input.personId ?? null,
    contactEncrypted: input.contact ? context.cipher.encrypt(input.contact) : null,
    language: input.contact ? input.language : null,
    ...place,
  });
  reply.setCookie(participantCookie(cafe.id), token, {
    ...cafeCookieOptions(context.config.publicUrl.startsWith('https://')),
    maxAge: 60 * 60 * 24 * 7,
  });
  await announceChange(context, cafe.id, 'join');
  return {
    cafeId: cafe.id,
    participantId: participant.id,
    displayName: participant.displayName,
    tableId: participant.tableId,
    tableNumber: tables.find((t) => t.id === participant.tableId)?.number ?? 0,
  };
}

/** The open café with this code, if any (for counting wrong codes before joining). */
export async function findOpenCafe(context: ModuleContext, code: string): Promise<repo.CafeRow | undefined> {
  return repo.findOpenCafeByCode(context.db, code);
}
