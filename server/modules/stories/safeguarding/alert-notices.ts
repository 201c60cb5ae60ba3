import type { DbOrTx } from '../../../kernel/db.js';
import { message, paragraphs, type Text } from '../../../kernel/i18n.js';
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

function opening(reason: NoticeReason, organisation: string, waitedMinutes: number): Text {
  if (reason === 'no_lead') return message('stories.safeguarding.mail.noLead', { organisation });
  if (reason === 'unanswered') {
    // Under two hours the wait is told in minutes, after that in hours.
    const hours = waitedMinutes >= 120 ? Math.round(waitedMinutes / 60) : 0;
    return message('stories.safeguarding.mail.unanswered', { organisation, hours, minutes: waitedMinutes });
  }
  return message('stories.safeguarding.mail.new', { organisation });
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
      language: person.language,
      deliver: 'now',
      to: person.email,
      subject:
        alert.reason === 'new'
          ? message('stories.safeguarding.mail.subjectNew')
          : message('stories.safeguarding.mail.subjectUrgent'),
      text: paragraphs(
        message('mail.helloName', { name: person.displayName }),
        opening(alert.reason, alert.organisationName, alert.waitedMinutes ?? 0),
        message('stories.safeguarding.mail.act', { link }),
        message('stories.safeguarding.mail.colleague'),
      ),
    });
    if (person.mobileNumber) {
      await queueText(tx, {
        language: person.language,
        deliver: 'now',
        to: person.mobileNumber,
        text: message('stories.safeguarding.text', { link }),
      });
    }
  }
  return seen.size;
}
