import { SOURCE_LANGUAGE, type LanguageCode } from '../../../../contracts/languages.js';
import { publicPriorityPath } from '../../../../contracts/coproduction.links.js';
import type { DbOrTx } from '../../../kernel/db.js';
import { message, paragraphs, say, sayDate, type Text } from '../../../kernel/i18n.js';
import { contactRoute } from '../../../kernel/mail.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findContactWritingLanguage, findOrganisationById, findPersonSummary } from '../../people/index.js';
import type * as repo from './priorities.repository.js';
import { findActiveSubscriptions, insertNotifications } from './subscriptions.repository.js';

/**
 * What happened, in catalogue messages said in each subscriber's language: for an email, for a short
 * text, and as a note in Cairn (in English, as the pages that show notes are English for now).
 */
type News = {
  subject: Text;
  /** A sentence or two for an email. */
  mail: Text;
  /** One short sentence for a text message, without links. */
  text: Text;
  /** The note in Cairn, when the news is about a commitment (notes belong to one). */
  note?: { commitmentId: string; text: Text };
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
 *
 * Each hears it in their language: a member in their own choice, someone who left only a contact in
 * the language of the café page they left it on (while the partnership offers it), else English.
 */
async function tellSubscribers(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  newsIn: (language: LanguageCode) => News,
) {
  const subscriptions = await findActiveSubscriptions(tx, priority.id);
  const publicLink = `${context.config.publicUrl}${publicPriorityPath(priority.id)}`;
  const memberLink = priority.published
    ? publicLink
    : `${context.config.publicUrl}/coproduction/priorities/${priority.id}`;
  // The email says where to look in words as well, so a message that goes on its own (not in the
  // day's gathered one, which lists each link) still opens the priority.
  const whereToLook = (link: string, member: boolean) =>
    message('coproduction.news.whereToLook', {
      where: priority.published ? 'published' : member ? 'member' : 'notYet',
      link,
    });
  // One message per address and one in-app note per person, however they came to be subscribed.
  const reached = new Set<string>();
  const noted = new Set<string>();
  const english = newsIn(SOURCE_LANGUAGE);
  for (const subscription of subscriptions) {
    let contact: string | undefined;
    let link = publicLink;
    let member = false;
    let language: LanguageCode = SOURCE_LANGUAGE;
    if (subscription.personId) {
      const person = await findPersonSummary(tx, subscription.personId);
      if (!person) continue;
      contact = person.email;
      link = memberLink;
      member = true;
      language = person.language;
      if (english.note && !noted.has(person.id)) {
        noted.add(person.id);
        await insertNotifications(tx, [
          {
            personId: person.id,
            priorityId: priority.id,
            commitmentId: english.note.commitmentId,
            text: `“${priority.title}”: ${say(english.note.text, SOURCE_LANGUAGE)}`,
          },
        ]);
      }
    } else if (subscription.contactEncrypted) {
      contact = context.cipher.decrypt(subscription.contactEncrypted);
      language = await findContactWritingLanguage(tx, priority.partnershipId, subscription.language);
    }
    const route = contact ? contactRoute(contact) : null;
    if (!route || reached.has(route.address)) continue;
    reached.add(route.address);
    const news = newsIn(language);
    await context.news.queue(tx, {
      to: route.address,
      language,
      topic: 'priorities',
      subject: news.subject,
      text: paragraphs(
        message('mail.hello'),
        message('coproduction.news.askedToHear', { title: priority.title }),
        news.mail,
        whereToLook(link, member),
        message('coproduction.news.thanks'),
      ),
      summary: route.channel === 'text' ? [message('coproduction.news.textPrefix'), news.text] : news.mail,
      link,
    });
  }
}

/** The organisation that owns a commitment, by name, to open a sentence; "A partner organisation" if it is gone. */
async function ownerName(tx: DbOrTx, commitment: repo.CommitmentRow) {
  const name = (await findOrganisationById(tx, commitment.ownerOrganisationId))?.name;
  return (language: LanguageCode) => name ?? say(message('coproduction.news.aPartner'), language);
}

/** "Riverside Recovery promised: Open on Saturdays.", how news of an existing commitment opens. */
async function committedTo(tx: DbOrTx, commitment: repo.CommitmentRow) {
  const owner = await ownerName(tx, commitment);
  return (language: LanguageCode) =>
    message('coproduction.news.committedTo', { owner: owner(language), description: commitment.description });
}

/** News about one commitment: the same words by email and as the note in Cairn, a short text by text. */
function tellAboutCommitment(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
  newsIn: (language: LanguageCode) => { mail: Text; text: Text },
) {
  return tellSubscribers(context, tx, priority, (language) => {
    const news = newsIn(language);
    return {
      subject: message('coproduction.news.subject', { title: priority.title }),
      mail: news.mail,
      text: news.text,
      note: { commitmentId: commitment.id, text: news.mail },
    };
  });
}

/** Tells everyone subscribed to the priority what became of the commitment. */
export async function notifySubscribers(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  const opening = await committedTo(tx, commitment);
  const now = { status: commitment.status, progress: commitment.progress };
  await tellAboutCommitment(context, tx, priority, commitment, (language) => ({
    mail: [
      opening(language),
      message('coproduction.news.nowStatus', now),
      ...(commitment.status === 'declined' && commitment.declinedReason
        ? [message('coproduction.news.reasonGiven', { reason: commitment.declinedReason })]
        : []),
    ],
    text: message('coproduction.news.nowStatusText', { title: priority.title, status: commitment.status }),
  }));
}

/** Tells the people who raised a priority at a café that it has been taken to the organisations. */
export async function notifyBroughtIn(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  cafeTitle: string,
) {
  await tellSubscribers(context, tx, priority, () => ({
    subject: message('coproduction.news.broughtIn.subject', { title: priority.title }),
    mail: message('coproduction.news.broughtIn.mail', { cafe: cafeTitle }),
    text: message('coproduction.news.broughtIn.text', { title: priority.title }),
  }));
}

/** Tells everyone subscribed what has been done so far on a commitment. */
export async function notifyCommitmentUpdate(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
  update: string,
) {
  const opening = await committedTo(tx, commitment);
  await tellAboutCommitment(context, tx, priority, commitment, (language) => ({
    mail: [opening(language), message('coproduction.news.update.mail', { update })],
    text: message('coproduction.news.update.text', {
      title: brief(priority.title, 80),
      update: brief(update),
    }),
  }));
}

/** Tells everyone subscribed that an organisation has answered the priority with a commitment. */
export async function notifyCommitmentMade(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  const owner = await ownerName(tx, commitment);
  const title = brief(priority.title, 80);
  const what = brief(commitment.description, 100);
  const { description, dueOn } = commitment;
  await tellAboutCommitment(context, tx, priority, commitment, (language) =>
    commitment.status === 'declined'
      ? {
          mail: [
            message('coproduction.news.declined.mail', { owner: owner(language), description }),
            message('coproduction.news.reasonGiven', { reason: commitment.declinedReason ?? '' }),
          ],
          text: message('coproduction.news.declined.text', {
            title,
            owner: brief(owner(language), 60),
            what,
          }),
        }
      : {
          mail: [
            message('coproduction.news.promised.mail', { owner: owner(language), description }),
            ...(commitment.status === 'done' ? [message('coproduction.news.alreadyDone')] : []),
            ...(commitment.status === 'in_progress'
              ? [message('coproduction.news.underWay', { progress: commitment.progress })]
              : []),
            ...(commitment.status !== 'done' && dueOn
              ? [message('coproduction.news.dueBy', { date: sayDate(dueOn, language) })]
              : []),
          ],
          text: message('coproduction.news.promised.text', {
            title,
            owner: brief(owner(language), 60),
            what,
          }),
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
  const opening = await committedTo(tx, commitment);
  const progress = commitment.progress;
  await tellAboutCommitment(context, tx, priority, commitment, (language) => ({
    mail: [opening(language), message('coproduction.news.progress.mail', { progress })],
    text: message('coproduction.news.progress.text', { title: brief(priority.title, 80), progress }),
  }));
}
