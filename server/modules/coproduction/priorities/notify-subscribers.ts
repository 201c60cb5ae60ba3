import type { CommitmentStatus } from '../../../../contracts/coproduction.js';
import { hashToken, randomToken } from '../../../kernel/crypto.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { contactRoute, queueMail, queueText } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById, findPersonSummary } from '../../people/index.js';
import type * as repo from './priorities.repository.js';
import {
  findActiveSubscriptions,
  insertNotifications,
  insertUnsubscribeLink,
} from './subscriptions.repository.js';

const STATUS_WORDS: Record<CommitmentStatus, string> = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  declined: 'declined',
};

/**
 * Tells everyone subscribed to the priority what became of the commitment: one message per address
 * (email or text, each with its own unsubscribe link) and one note in Cairn per person.
 */
export async function notifySubscribers(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  const subscriptions = await findActiveSubscriptions(tx, priority.id);
  const owner = await findOrganisationById(tx, commitment.ownerOrganisationId);
  const news =
    `${owner?.name ?? 'A partner organisation'} committed to: ${commitment.description}. ` +
    `This is now ${STATUS_WORDS[commitment.status]}` +
    (commitment.status === 'declined' && commitment.declinedReason
      ? `. The reason given: ${commitment.declinedReason}`
      : '') +
    (commitment.status === 'in_progress' ? ` (${commitment.progress}% done so far)` : '') +
    '.';
  const publicPage = priority.published
    ? `\n\nSee everything that was said and done: ${context.config.publicUrl}/you-said-we-did/${priority.partnershipId}`
    : '';
  // One message per address and one in-app note per person, however they came to be subscribed.
  const reached = new Set<string>();
  const noted = new Set<string>();
  for (const subscription of subscriptions) {
    let contact: string | undefined;
    if (subscription.personId) {
      const person = await findPersonSummary(tx, subscription.personId);
      if (!person) continue;
      contact = person.email;
      if (!noted.has(person.id)) {
        noted.add(person.id);
        await insertNotifications(tx, [
          {
            personId: person.id,
            priorityId: priority.id,
            commitmentId: commitment.id,
            text: `“${priority.title}”: ${news}`,
          },
        ]);
      }
    } else if (subscription.contactEncrypted) {
      contact = context.cipher.decrypt(subscription.contactEncrypted);
    }
    const route = contact ? contactRoute(contact) : null;
    if (!route || reached.has(route.address)) continue;
    reached.add(route.address);
    const token = randomToken();
    await insertUnsubscribeLink(tx, { tokenHash: hashToken(token), subscriptionId: subscription.id });
    const unsubscribe = `${context.config.publicUrl}/unsubscribe/${token}`;
    if (route.channel === 'text') {
      // A text is short: the news, where to read more, and how to stop.
      await queueText(tx, {
        to: route.address,
        text:
          `You said, we did: “${priority.title}” is now ${STATUS_WORDS[commitment.status]}.` +
          (priority.published
            ? ` More: ${context.config.publicUrl}/you-said-we-did/${priority.partnershipId}`
            : '') +
          ` Stop these texts: ${unsubscribe}`,
      });
      continue;
    }
    await queueMail(tx, {
      to: route.address,
      subject: `You said, we did: news on “${priority.title}”`,
      text:
        `Hello,\n\nYou asked to hear what happens with “${priority.title}”.\n\n${news}${publicPage}\n\n` +
        `Thank you for speaking up: this happened because people like you said what mattered.\n\n` +
        `To stop these messages, open this link (one click, no sign-in): ${unsubscribe}\n`,
    });
  }
}
