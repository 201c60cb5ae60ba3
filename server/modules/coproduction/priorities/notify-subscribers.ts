import { SOURCE_LANGUAGE, type LanguageCode } from '../../../../contracts/languages.js';
import type { CommitmentStatus } from '../../../../contracts/coproduction.js';
import { publicPriorityPath } from '../../../../contracts/coproduction.links.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { contactRoute } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findOrganisationById, findPersonSummary } from '../../people/index.js';
import type * as repo from './priorities.repository.js';
import { findActiveSubscriptions, insertNotifications } from './subscriptions.repository.js';

const STATUS_WORDS: Record<CommitmentStatus, string> = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  declined: 'declined',
};

/** What happened, in plain words: for an email, for a short text, and as a note in Cairn. */
type News = {
  subject: string;
  /** A sentence or two for an email. */
  mail: string;
  /** One short sentence for a text message, without links. */
  text: string;
  /** The note in Cairn, when the news is about a commitment (notes belong to one). */
  note?: { commitmentId: string; text: string };
};

/** Cuts a long text to fit in a text message. */
function brief(text: string, length = 120) {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > length ? `${flat.slice(0, length - 1)}…` : flat;
}

/**
 * Tells everyone subscribed to the priority the news: one item per address (email or text), held for
 * the day's one news message with its own one-click way to stop, and, for news about a commitment,
 * one note in Cairn per person. The link opens the priority itself: its public page when it is
 * published, and its page in Cairn otherwise for people who follow it from their account. Someone who
 * left only a contact cannot sign in, so they always get the public page, which shows the priority
 * once it is published and says plainly that it cannot be found until then.
 */
async function tellSubscribers(context: ModuleContext, tx: DbOrTx, priority: repo.PriorityRow, news: News) {
  const subscriptions = await findActiveSubscriptions(tx, priority.id);
  const publicLink = `${context.config.publicUrl}${publicPriorityPath(priority.id)}`;
  const memberLink = priority.published
    ? publicLink
    : `${context.config.publicUrl}/coproduction/priorities/${priority.id}`;
  // The email says where to look in words as well, so a message that goes on its own (not in the
  // day's gathered one, which lists each link) still opens the priority.
  const whereToLook = (link: string, member: boolean) =>
    priority.published
      ? `See everything that was said and done: ${link}`
      : member
        ? `Open it in Cairn (sign in if asked): ${link}`
        : `Once it is published, everything that was said and done will be here: ${link}`;
  // One message per address and one in-app note per person, however they came to be subscribed.
  const reached = new Set<string>();
  const noted = new Set<string>();
  for (const subscription of subscriptions) {
    let contact: string | undefined;
    let link = publicLink;
    let member = false;
    // A member hears in their own language; someone who left only a contact, in English for now.
    let language: LanguageCode = SOURCE_LANGUAGE;
    if (subscription.personId) {
      const person = await findPersonSummary(tx, subscription.personId);
      if (!person) continue;
      contact = person.email;
      link = memberLink;
      member = true;
      language = person.language;
      if (news.note && !noted.has(person.id)) {
        noted.add(person.id);
        await insertNotifications(tx, [
          {
            personId: person.id,
            priorityId: priority.id,
            commitmentId: news.note.commitmentId,
            text: `“${priority.title}”: ${news.note.text}`,
          },
        ]);
      }
    } else if (subscription.contactEncrypted) {
      contact = context.cipher.decrypt(subscription.contactEncrypted);
    }
    const route = contact ? contactRoute(contact) : null;
    if (!route || reached.has(route.address)) continue;
    reached.add(route.address);
    await context.news.queue(tx, {
      to: route.address,
      language,
      topic: 'priorities',
      subject: news.subject,
      text:
        `Hello,\n\nYou asked to hear what happens with “${priority.title}”.\n\n${news.mail}\n\n${whereToLook(link, member)}\n\n` +
        `Thank you for speaking up: this happened because people like you said what mattered.\n`,
      summary: route.channel === 'text' ? `You said, we did: ${news.text}` : news.mail,
      link,
    });
  }
}

/** The organisation that owns a commitment, by name, to open a sentence. */
async function ownerName(tx: DbOrTx, commitment: repo.CommitmentRow) {
  return (await findOrganisationById(tx, commitment.ownerOrganisationId))?.name ?? 'A partner organisation';
}

/** "Riverside Recovery committed to: Open on Saturdays. ", how news of an existing commitment opens. */
async function committedTo(tx: DbOrTx, commitment: repo.CommitmentRow) {
  return `${await ownerName(tx, commitment)} committed to: ${commitment.description}. `;
}

/** News about one commitment: the same words by email and as the note in Cairn, a short text by text. */
function tellAboutCommitment(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
  news: { mail: string; text: string },
) {
  return tellSubscribers(context, tx, priority, {
    subject: `You said, we did: news on “${priority.title}”`,
    mail: news.mail,
    text: news.text,
    note: { commitmentId: commitment.id, text: news.mail },
  });
}

/** Tells everyone subscribed to the priority what became of the commitment. */
export async function notifySubscribers(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  const news =
    (await committedTo(tx, commitment)) +
    `This is now ${STATUS_WORDS[commitment.status]}` +
    (commitment.status === 'declined' && commitment.declinedReason
      ? `. The reason given: ${commitment.declinedReason}`
      : '') +
    (commitment.status === 'in_progress' ? ` (${commitment.progress}% done so far)` : '') +
    '.';
  await tellAboutCommitment(context, tx, priority, commitment, {
    mail: news,
    text: `“${priority.title}” is now ${STATUS_WORDS[commitment.status]}.`,
  });
}

/** Tells the people who raised a priority at a café that it has been taken to the organisations. */
export async function notifyBroughtIn(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  cafeTitle: string,
) {
  await tellSubscribers(context, tx, priority, {
    subject: `You said, we did: “${priority.title}” has been taken forward`,
    mail:
      `What you said at ${cafeTitle} has been passed on to the organisations who run local services. ` +
      `They will now say what they will do about it, and we will let you know when they do.`,
    text: `“${priority.title}” has been passed on to local services. We will tell you what they do.`,
  });
}

/** Tells everyone subscribed what has been done so far on a commitment. */
export async function notifyCommitmentUpdate(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
  update: string,
) {
  await tellAboutCommitment(context, tx, priority, commitment, {
    mail: `${await committedTo(tx, commitment)}What has happened so far: ${update}`,
    text: `news on “${brief(priority.title, 80)}”: ${brief(update)}`,
  });
}

/** A due date as people write it: "14 March 2026". */
function longDay(day: string) {
  return new Date(`${day}T12:00:00Z`).toLocaleDateString('en-GB', { dateStyle: 'long', timeZone: 'UTC' });
}

/** Tells everyone subscribed that an organisation has answered the priority with a commitment. */
export async function notifyCommitmentMade(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  const owner = await ownerName(tx, commitment);
  const due = commitment.dueOn ? ` They aim to do it by ${longDay(commitment.dueOn)}.` : '';
  const title = brief(priority.title, 80);
  const what = brief(commitment.description, 100);
  await tellAboutCommitment(
    context,
    tx,
    priority,
    commitment,
    commitment.status === 'declined'
      ? {
          mail:
            `${owner} looked at this and said they cannot do it: ${commitment.description}. ` +
            `The reason given: ${commitment.declinedReason ?? ''}`,
          text: `“${title}”: ${brief(owner, 60)} said they cannot do ${what}`,
        }
      : {
          mail:
            `${owner} has made a promise in answer to this: ${commitment.description}.` +
            (commitment.status === 'done'
              ? ' It is already done.'
              : commitment.status === 'in_progress'
                ? ` It is under way (${commitment.progress}% done so far).${due}`
                : due),
          text: `“${title}”: ${brief(owner, 60)} promised ${what}`,
        },
  );
}

/** Tells everyone subscribed how far a commitment has got, when that changes and its status does not. */
export async function notifyProgress(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  await tellAboutCommitment(context, tx, priority, commitment, {
    mail: `${await committedTo(tx, commitment)}It is now ${commitment.progress}% done.`,
    text: `“${brief(priority.title, 80)}” is now ${commitment.progress}% done.`,
  });
}
