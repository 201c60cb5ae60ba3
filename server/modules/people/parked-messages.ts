import type { ParkedMessage } from '../../../contracts/people.js';
import type { Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { notFound } from '../../kernel/errors.js';
import { findParkedMessages, retryParkedMessages, withoutAddresses } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { requirePartnershipAdmin } from './loaders.js';

// The outbox does not know which partnership a message belongs to, so this is an operator view:
// every partnership admin sees every parked message, with the recipient partly hidden and no text.

/** Enough of an address to recognise it: `k***@example.org`, `+44 7*** ***123`. */
export function maskRecipient(to: string): string {
  const address = to.trim();
  const at = address.lastIndexOf('@');
  if (at > 0) return `${address.slice(0, 1)}***${address.slice(at)}`;
  const phone = /^\+(\d{2})(\d)\d*(\d{3})$/.exec(address.replace(/[\s()-]/g, ''));
  if (phone) return `+${phone[1]} ${phone[2]}*** ***${phone[3]}`;
  return '***';
}

export async function listParkedMessages(context: ModuleContext, signedIn: Actor): Promise<ParkedMessage[]> {
  requirePartnershipAdmin(signedIn);
  const rows = await findParkedMessages(context.db);
  return rows.flatMap((row) =>
    row.parkedAt
      ? [
          {
            id: row.id,
            channel: row.channel,
            recipient: maskRecipient(row.to),
            queuedAt: row.createdAt.toISOString(),
            parkedAt: row.parkedAt.toISOString(),
            attempts: row.attempts,
            lastError: row.lastError === null ? null : withoutAddresses(row.lastError, row.to),
          },
        ]
      : [],
  );
}

/** Puts one parked message (or, without an id, every one) back in the queue, and audits it. */
export async function sendParkedAgain(
  context: ModuleContext,
  signedIn: Actor,
  messageId?: string,
): Promise<{ requeued: number }> {
  const actor = requirePartnershipAdmin(signedIn);
  const requeued = await context.db.transaction(async (tx) => {
    const count = await retryParkedMessages(tx, messageId === undefined ? undefined : [messageId]);
    if (messageId !== undefined && count === 0) throw notFound('message');
    if (count > 0) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: actor.partnershipId,
        action: 'mail.parked_retried',
        subjectType: 'mail_outbox',
        subjectId: messageId ?? null,
        details: { requeued: count, scope: messageId === undefined ? 'all' : 'one' },
      });
    }
    return count;
  });
  return { requeued };
}
