import type { FastifyReply } from 'fastify';
import type { LanguageCode } from '../../../../contracts/languages.js';
import { CAFE_PARTICIPANT_COOKIE_PATH } from '../../../kernel/auth.js';
import { hashToken, randomToken } from '../../../kernel/crypto.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { announceChange } from '../cafe-events.js';
import { participantCookie } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';

/** Joins by code, no account needed. A returning participant (cookie) gets their seat back. */
export async function joinCafe(
  context: ModuleContext,
  reply: FastifyReply,
  input: {
    code: string;
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
  const cafe = await repo.findOpenCafeByCode(context.db, input.code);
  // A finished café's code may be given to a new café, so a closed one is answered as no café at all.
  if (!cafe) throw new AppError('not_found', message('cafes.join.noOpenCafe'));
  const tables = await repo.findTables(context.db, cafe.id);
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
  let table = input.tableNumber ? tables.find((t) => t.number === input.tableNumber) : undefined;
  if (input.tableNumber && !table) {
    const noSuchTable = message('cafes.join.noSuchTable', { table: input.tableNumber });
    throw new AppError('validation_failed', noSuchTable, [{ path: 'tableNumber', message: noSuchTable }]);
  }
  if (!table) {
    // Seat newcomers at the emptiest table, so tables fill evenly (4–6 people each).
    const counts = new Map(
      (await repo.countParticipantsByTable(context.db, cafe.id)).map((c) => [c.tableId, c.count]),
    );
    table = [...tables].sort(
      (a, b) => (counts.get(a.id) ?? 0) - (counts.get(b.id) ?? 0) || a.number - b.number,
    )[0];
  }
  if (!table) throw new AppError('conflict', message('cafes.join.noTables'));
  const token = randomToken();
  const participant = await repo.insertParticipant(context.db, {
    cafeId: cafe.id,
    tokenHash: hashToken(token),
    displayName: input.displayName,
    tableId: table.id,
    personId: input.personId ?? null,
    contactEncrypted: input.contact ? context.cipher.encrypt(input.contact) : null,
    language: input.contact ? input.language : null,
    ...place,
  });
  reply.setCookie(participantCookie(cafe.id), token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: context.config.publicUrl.startsWith('https://'),
    path: CAFE_PARTICIPANT_COOKIE_PATH,
    maxAge: 60 * 60 * 24 * 7,
  });
  await announceChange(context, cafe.id, 'join');
  return {
    cafeId: cafe.id,
    participantId: participant.id,
    displayName: participant.displayName,
    tableId: table.id,
    tableNumber: table.number,
  };
}

/** The open café with this code, if any (for counting wrong codes before joining). */
export async function findCafeIdByCode(context: ModuleContext, code: string): Promise<string | undefined> {
  return (await repo.findOpenCafeByCode(context.db, code))?.id;
}
