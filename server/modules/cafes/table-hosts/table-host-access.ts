import type { FastifyReply } from 'fastify';
import { hashToken } from '../../../kernel/crypto.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById } from '../../people/index.js';
import { cafeCookieOptions, tableHostCookie, type CafeReader } from '../cafe-reader.js';
import * as repo from '../cafes.repository.js';
import { hashTableHostCode } from './host-links.js';

/** A table host, known by the link they opened: one table of one open café, never a person. */
export type TableHost = {
  /** The link's row: ideas and counts they make carry it, and it changes when the link is replaced. */
  id: string;
  cafe: repo.CafeRow;
  tableId: string;
  tableNumber: number;
  partnershipId: string | null;
};

/**
 * The table host of this café by the link's key, or 401. A key works only for its own café, only
 * while it is the table's newest link (the facilitator may make a new one) and only until the café
 * closes: after that, a kept cookie or a forwarded link opens nothing.
 */
export async function findTableHostByKey(
  context: ModuleContext,
  key: string | undefined,
): Promise<TableHost | undefined> {
  if (!key) return undefined;
  const found = await repo.findTableHostByKey(context.db, hashToken(key));
  if (!found) return undefined;
  const cafe = await repo.findCafe(context.db, found.host.cafeId);
  if (!cafe || cafe.status === 'closed') return undefined;
  const organisation = await findOrganisationById(context.db, cafe.organisationId);
  return {
    id: found.host.id,
    cafe,
    tableId: found.host.tableId,
    tableNumber: found.tableNumber,
    partnershipId: organisation?.partnershipId ?? null,
  };
}

/**
 * The key a table-host link was opened with: as given, or the key of the link whose code was typed
 * (so a typed code and a scanned link end in the same cookie, and stop working together).
 */
export async function keyOfOpening(
  context: ModuleContext,
  opening: { key: string } | { code: string },
): Promise<string | undefined> {
  if ('key' in opening) return opening.key;
  const host = await repo.findTableHostByCode(context.db, hashTableHostCode(opening.code));
  return host ? context.cipher.decrypt(host.keyEncrypted) : undefined;
}

/** The reader's table-host seat in this café (by this café's table-host cookie), or 401. */
export async function requireTableHost(
  context: ModuleContext,
  reader: CafeReader,
  cafeId: string,
): Promise<TableHost> {
  const host = await findTableHostByKey(context, reader.tableHostToken);
  if (!host || host.cafe.id !== cafeId)
    throw new AppError('unauthenticated', message('cafes.tableHost.linkStopped'));
  return host;
}

/**
 * Opens a table-host link: keeps its key in this café's table-host cookie (as joining keeps a
 * participant's), so the page's later requests need not carry it and it leaves the address bar.
 * A key that opens nothing is answered as no link at all (404), whatever the reason.
 */
export async function openTableHost(context: ModuleContext, reply: FastifyReply, key: string | undefined) {
  const host = await findTableHostByKey(context, key);
  if (!host || !key) {
    throw new AppError('not_found', message('cafes.tableHost.opensNoTable'));
  }
  reply.setCookie(tableHostCookie(host.cafe.id), key, {
    ...cafeCookieOptions(context.config.publicUrl.startsWith('https://')),
    maxAge: 60 * 60 * 24,
  });
  return { cafeId: host.cafe.id, tableNumber: host.tableNumber };
}
