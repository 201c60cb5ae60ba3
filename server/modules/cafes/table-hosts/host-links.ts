import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { randomInt } from 'node:crypto';
import { hashToken, randomToken } from '../../../kernel/crypto.js';
import { AppError } from '../../../kernel/errors.js';
import { message } from '../../../kernel/i18n.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { requireFacilitator } from '../cafe-loader.js';
import * as repo from '../cafes.repository.js';

/** The join code's alphabet: no 0/O or 1/I/L to mix up when typing from paper. */
const CODE_ALPHABET = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
const CODE_LENGTH = 12;

/** How a typed code is found: its hash, as typed without spaces or dashes, in capitals. */
export function hashTableHostCode(code: string): string {
  return hashToken(`table-host:${code}`);
}

/** A code to type: 12 characters from 31, about 59 bits, and wrong ones are limited per address. */
function newCode(context: ModuleContext) {
  const code = Array.from({ length: CODE_LENGTH }, () => CODE_ALPHABET[randomInt(CODE_ALPHABET.length)]).join(
    '',
  );
  return { codeHash: hashTableHostCode(code), codeEncrypted: context.cipher.encrypt(code) };
}

/** A new key for a table-host link: 32 random bytes (256 bits), so no one can guess one; and its code. */
function newKey(context: ModuleContext) {
  const key = randomToken(32);
  return { keyHash: hashToken(key), keyEncrypted: context.cipher.encrypt(key), ...newCode(context) };
}

/** "KT49RBMNPQ7X" → "KT49-RBMN-PQ7X", easier to read off a slip. */
function spacedCode(code: string): string {
  return code.match(/.{1,4}/g)?.join('-') ?? code;
}

/** The link a table host opens: the key after `#`, so it is never sent to the server in the address. */
export function tableHostUrl(context: ModuleContext, key: string): string {
  return `${context.config.publicUrl}/table-host#${key}`;
}

/**
 * Each table's host link, for the facilitator to hand out (on the run page and the table cards).
 * A table without one yet is given one now, so cafés planned before table-host links have them too.
 */
export async function listTableHostLinks(context: ModuleContext, actor: Actor, cafeId: string) {
  const { cafe } = await requireFacilitator(context, actor, cafeId);
  return { links: await tableHostLinks(context, cafeId, cafe.tables) };
}

/** The links of these tables, making any that are missing. */
export async function tableHostLinks(
  context: ModuleContext,
  cafeId: string,
  tables: { id: string; number: number }[],
) {
  let hosts = await repo.findTableHosts(context.db, cafeId);
  const missing = tables.filter((t) => !hosts.some((h) => h.tableId === t.id));
  const withoutCode = hosts.filter((h) => h.codeEncrypted === null);
  if (missing.length > 0 || withoutCode.length > 0) {
    for (const table of missing) {
      await repo.setTableHost(context.db, { cafeId, tableId: table.id, ...newKey(context) }, true);
    }
    for (const host of withoutCode) await repo.setTableHostCode(context.db, host.id, newCode(context));
    hosts = await repo.findTableHosts(context.db, cafeId);
  }
  return tables.flatMap((table) => {
    const host = hosts.find((h) => h.tableId === table.id);
    return host?.codeEncrypted
      ? [
          {
            tableNumber: table.number,
            url: tableHostUrl(context, context.cipher.decrypt(host.keyEncrypted)),
            code: spacedCode(context.cipher.decrypt(host.codeEncrypted)),
          },
        ]
      : [];
  });
}

/**
 * Makes a new host link for one table, when a link went to the wrong person or a host hands over:
 * the old link stops working at once, even in a browser that already opened it. Audited.
 */
export async function replaceTableHostLink(
  context: ModuleContext,
  actor: Actor,
  cafeId: string,
  tableNumber: number,
) {
  const { cafe } = await requireFacilitator(context, actor, cafeId);
  const table = cafe.tables.find((t) => t.number === tableNumber);
  if (!table) throw new AppError('bad_request', message('cafes.facilitator.noTable', { table: tableNumber }));
  await context.db.transaction(async (tx) => {
    await repo.setTableHost(tx, { cafeId, tableId: table.id, ...newKey(context) });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'cafe.table_host_link_replaced',
      subjectType: 'cafe',
      subjectId: cafeId,
      details: { tableNumber },
    });
  });
  return { links: await tableHostLinks(context, cafeId, cafe.tables) };
}
