import type { DbOrTx } from '../../../kernel/db.js';
import { queueMail, queueText } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById, findSafeguardingContacts } from '../../people/index.js';
import { findStorytellers } from '../stories.repository.js';

export type SafeguardingContact = Awaited<ReturnType<typeof findSafeguardingContacts>>[number];

/** Why a person is being told about an alert; it changes only the opening of the message. */
export type NoticeReason = 'new' | 'no_lead' | 'unanswered';

/**
 * The organisation of an alert and everyone in its partnership who may hear of it, leaving out
 * the story's own storytellers: a lead never works an alert about their own story.
 */
export async function alertAudience(tx: DbOrTx, alert: { storyId: string; organisationId: string }) {
  const organisation = await findOrganisationById(tx, alert.organisationId);
  if (!organisation) return { organisation, contacts: [] };
  const tellers = new Set(
    (await findStorytellers(tx, alert.storyId)).flatMap((t) => (t.personId ? [t.personId] : [])),
  );
  const contacts = await findSafeguardingContacts(tx, organisation.partnershipId);
  return { organisation, contacts: contacts.filter((c) => !tellers.has(c.personId)) };
}

/** The leads of the alert's own organisation. */
export function ownLeads(contacts: SafeguardingContact[], organisationId: string) {
  return contacts.filter((c) => c.role === 'safeguarding_lead' && c.organisationId === organisationId);
}

/**
 * Who hears when an alert escalates: every other safeguarding lead in the partnership and its
 * admins. The organisation's own leads already heard when it was raised.
 */
export function escalationRecipients(contacts: SafeguardingContact[], organisationId: string) {
  const own = new Set(ownLeads(contacts, organisationId).map((c) => c.personId));
  return contacts.filter((c) => !own.has(c.personId));
}

function opening(reason: NoticeReason, organisationName: string, waitedMinutes: number): string {
  if (reason === 'no_lead') {
    return (
      `A story shared with ${organisationName} contains words that suggest someone may be at risk now, ` +
      `and ${organisationName} has no safeguarding lead in Cairn, so this alert has come to you.`
    );
  }
  if (reason === 'unanswered') {
    const hours =
      waitedMinutes >= 120 ? `${Math.round(waitedMinutes / 60)} hours` : `${waitedMinutes} minutes`;
    return (
      `A safeguarding alert from ${organisationName} has not been picked up for ${hours}. ` +
      `Someone may be at risk now and nobody has said they are dealing with it yet.`
    );
  }
  return `A story shared with ${organisationName} contains words that suggest someone may be at risk now.`;
}

/**
 * Tells people about an alert, by mail and, where they left a mobile number, by text message. The
 * messages say only that there is an alert and where to act: the storyteller's words stay in Cairn.
 * Written in the caller's transaction, so nobody hears of an alert that was not saved.
 */
export async function noticeAlert(
  context: ModuleContext,
  tx: DbOrTx,
  recipients: SafeguardingContact[],
  alert: { id: string; organisationName: string; reason: NoticeReason; waitedMinutes?: number },
): Promise<number> {
  const link = `${context.config.publicUrl}/safeguarding/${alert.id}`;
  const seen = new Set<string>();
  for (const person of recipients) {
    if (seen.has(person.personId)) continue;
    seen.add(person.personId);
    await queueMail(tx, {
      language: 'en',
      deliver: 'now',
      to: person.email,
      subject:
        alert.reason === 'new'
          ? 'Safeguarding: a story needs your attention'
          : 'Urgent safeguarding alert: please act now',
      text:
        `Hello ${person.displayName},\n\n${opening(alert.reason, alert.organisationName, alert.waitedMinutes ?? 0)}\n\n` +
        `Please sign in to Cairn, read it and record what you do:\n\n${link}\n\n` +
        `If you cannot act on it, reply to a colleague who can. Do not forward this message outside your organisation.\n`,
    });
    if (person.mobileNumber) {
      await queueText(tx, {
        language: 'en',
        deliver: 'now',
        to: person.mobileNumber,
        text: `Cairn: a safeguarding alert needs someone now. Please sign in and act: ${link}`,
      });
    }
  }
  return seen.size;
}
