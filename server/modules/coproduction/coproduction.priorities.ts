import {
  CreateCommitmentRequestSchema,
  CreatePriorityRequestSchema,
  CreateUpdateRequestSchema,
  UpdateCommitmentRequestSchema,
  UpdatePriorityRequestSchema,
  type CommitmentStatus,
  type CreateCommitmentRequest,
  type CreatePriorityRequest,
  type Priority,
  type PublicYouSaidWeDid,
  type UpdateCommitmentRequest,
} from '../../../contracts/coproduction.js';
import { requireActor, type Actor } from '../../kernel/access.js';
import { recordAudit } from '../../kernel/audit.js';
import { hashToken, randomToken } from '../../kernel/crypto.js';
import type { DbOrTx } from '../../kernel/db.js';
import { notFound } from '../../kernel/errors.js';
import { contactRoute, queueMail, queueText } from '../../kernel/mail.js';
import type { ModuleContext } from '../../kernel/module.js';
import { findKeyMessagesOfOrganisation } from '../analysis/index.js';
import { findPriorityContacts, findSentPriorities } from '../cafes/index.js';
import { findOrganisationById, findOrganisationsOfPartnership, findPersonSummary } from '../people/index.js';
import { mayCoordinate } from './coproduction.policy.js';
import * as repo from './coproduction.repository.js';
import { defined, invalid, organisationNames } from './coproduction.service.js';

const STATUS_WORDS: Record<CommitmentStatus, string> = {
  planned: 'planned',
  in_progress: 'in progress',
  done: 'done',
  declined: 'declined',
};

// --- views ----------------------------------------------------------------------------------------

async function toPriorities(db: DbOrTx, actor: Actor | null, rows: repo.PriorityRow[]): Promise<Priority[]> {
  const partnershipId = rows[0]?.partnershipId ?? null;
  const commitments = await repo.findCommitmentsOfPriorities(
    db,
    rows.map((p) => p.id),
  );
  const [names, updates, subscribed] = await Promise.all([
    organisationNames(db, partnershipId),
    repo.findUpdatesOfCommitments(
      db,
      commitments.map((c) => c.id),
    ),
    actor ? repo.findSubscribedPriorityIds(db, actor.personId) : Promise.resolve(new Set<string>()),
  ]);
  return rows.map((p) => ({
    id: p.id,
    organisationId: p.organisationId,
    organisationName: names.get(p.organisationId) ?? '',
    source: p.source,
    sourceRef: p.sourceRef,
    cafePriorityId: p.cafePriorityId,
    keyMessageId: p.keyMessageId,
    title: p.title,
    text: p.text,
    published: p.published,
    createdAt: p.createdAt.toISOString(),
    commitments: commitments
      .filter((c) => c.priorityId === p.id)
      .map((c) => ({
        id: c.id,
        ownerOrganisationId: c.ownerOrganisationId,
        ownerOrganisationName: names.get(c.ownerOrganisationId) ?? '',
        description: c.description,
        dueOn: c.dueOn,
        status: c.status,
        declinedReason: c.declinedReason,
        progress: c.progress,
        updates: updates
          .filter((u) => u.commitmentId === c.id)
          .map((u) => ({ id: u.id, text: u.text, happenedOn: u.happenedOn })),
      })),
    subscribed: subscribed.has(p.id),
    mayManage: actor !== null && mayCoordinate(actor, p.organisationId),
  }));
}

async function priorityView(db: DbOrTx, actor: Actor, priorityId: string): Promise<Priority> {
  const row = await repo.findPriority(db, priorityId);
  const [view] = row ? await toPriorities(db, actor, [row]) : [];
  if (!view) throw notFound('This priority');
  return view;
}

/** Everyone in the partnership reads its priorities, published or not. */
async function loadPriority(db: DbOrTx, actor: Actor, priorityId: string) {
  const row = await repo.findPriority(db, priorityId);
  if (!row || row.partnershipId !== actor.partnershipId) throw notFound('This priority');
  return row;
}

async function requirePriorityCoordinator(db: DbOrTx, actor: Actor, priorityId: string) {
  const row = await loadPriority(db, actor, priorityId);
  if (!mayCoordinate(actor, row.organisationId)) throw notFound('This priority');
  return row;
}

// --- priorities -----------------------------------------------------------------------------------

export async function listPriorities(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  if (!actor.partnershipId) return { priorities: [] };
  const rows = await repo.findPrioritiesOfPartnership(context.db, actor.partnershipId, false);
  return { priorities: await toPriorities(context.db, actor, rows) };
}

export async function getPriority(context: ModuleContext, actorOrNull: Actor | null, priorityId: string) {
  const actor = requireActor(actorOrNull);
  await loadPriority(context.db, actor, priorityId);
  return priorityView(context.db, actor, priorityId);
}

export async function createPriority(
  context: ModuleContext,
  actorOrNull: Actor | null,
  rawInput: CreatePriorityRequest,
): Promise<Priority> {
  const actor = requireActor(actorOrNull);
  const input = CreatePriorityRequestSchema.parse(rawInput);
  const organisation = await findOrganisationById(context.db, input.organisationId);
  if (!organisation || !mayCoordinate(actor, organisation.id)) throw notFound('This organisation');
  const row = await repo.insertPriority(context.db, {
    ...input,
    partnershipId: organisation.partnershipId,
    createdBy: actor.personId,
  });
  if (!row) throw notFound('This priority');
  return priorityView(context.db, actor, row.id);
}

export async function updatePriority(
  context: ModuleContext,
  actorOrNull: Actor | null,
  priorityId: string,
  rawInput: unknown,
): Promise<Priority> {
  const actor = requireActor(actorOrNull);
  const input = UpdatePriorityRequestSchema.parse(rawInput);
  const row = await requirePriorityCoordinator(context.db, actor, priorityId);
  await context.db.transaction(async (tx) => {
    await repo.updatePriority(tx, priorityId, defined(input));
    if (input.published !== undefined && input.published !== row.published) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: row.partnershipId,
        action: input.published ? 'coproduction.priority.published' : 'coproduction.priority.unpublished',
        subjectType: 'coproduction_priority',
        subjectId: priorityId,
      });
    }
  });
  return priorityView(context.db, actor, priorityId);
}

/** Café priorities sent on by this organisation's cafés, and which are already imported. */
export async function listCafePriorities(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, organisationId)) throw notFound('This organisation');
  const sent = await findSentPriorities(context.db, [organisationId]);
  const imported = await repo.findPrioritiesByCafePriorityIds(
    context.db,
    sent.map((s) => s.id),
  );
  return {
    cafePriorities: sent.map((s) => ({
      id: s.id,
      cafeId: s.cafeId,
      cafeTitle: s.cafeTitle,
      text: s.text,
      dots: s.dots,
      voters: s.voters,
      helpers: s.helpers,
      sentAt: s.sentAt.toISOString(),
      importedAs: imported.find((p) => p.cafePriorityId === s.id)?.id ?? null,
    })),
  };
}

/**
 * Brings a café priority into "You said, we did", once: a second import answers with the first.
 * Participants who left a contact are subscribed, so they hear what came of it.
 */
export async function importCafePriority(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  cafePriorityId: string,
): Promise<{ priority: Priority; created: boolean }> {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, organisationId)) throw notFound('This organisation');
  const organisation = await findOrganisationById(context.db, organisationId);
  const sent = (await findSentPriorities(context.db, [organisationId])).find((s) => s.id === cafePriorityId);
  if (!organisation || !sent) throw notFound('This café priority');
  const { contacts, personIds } = await findPriorityContacts(context, context.db, sent.ideaId);
  const created = await context.db.transaction(async (tx) => {
    const row = await repo.insertPriority(tx, {
      partnershipId: organisation.partnershipId,
      organisationId,
      source: 'cafe',
      sourceRef: sent.cafeTitle,
      cafePriorityId,
      title: shortTitle(sent.text),
      text:
        `${sent.text}\n\nAgreed at ${sent.cafeTitle}: ${sent.dots} dots from ${sent.voters} ` +
        `${sent.voters === 1 ? 'person' : 'people'}; ${sent.helpers} willing to help.`,
      createdBy: actor.personId,
    });
    if (!row) return undefined;
    for (const contact of new Set(contacts)) {
      await repo.insertSubscription(tx, {
        priorityId: row.id,
        contactEncrypted: context.cipher.encrypt(contact),
      });
    }
    // Members who took part signed in hear back in Cairn as well (and by email, once per address).
    for (const personId of personIds) await repo.insertSubscription(tx, { priorityId: row.id, personId });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'coproduction.priority.imported',
      subjectType: 'coproduction_priority',
      subjectId: row.id,
      details: { cafePriorityId, contacts: contacts.length, members: personIds.length },
    });
    return row;
  });
  const [existing] = await repo.findPrioritiesByCafePriorityIds(context.db, [cafePriorityId]);
  const id = created?.id ?? existing?.id;
  if (!id) throw notFound('This café priority');
  return { priority: await priorityView(context.db, actor, id), created: created !== undefined };
}

function shortTitle(text: string) {
  return text.length > 200 ? `${text.slice(0, 199)}…` : text;
}

/** Key messages from this organisation's analysis projects, and which are already imported. */
export async function listKeyMessages(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
) {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, organisationId)) throw notFound('This organisation');
  const messages = await findKeyMessagesOfOrganisation(context, organisationId);
  const imported = await repo.findPrioritiesByKeyMessageIds(
    context.db,
    messages.map((m) => m.id),
  );
  return {
    keyMessages: messages.map((m) => ({
      ...m,
      importedAs: imported.find((p) => p.keyMessageId === m.id)?.id ?? null,
    })),
  };
}

/**
 * Brings a key message from analysis into "You said, we did", once: a second import answers with
 * the first. Only the message travels, never quotes: the storytellers' consent covered the briefing.
 */
export async function importKeyMessage(
  context: ModuleContext,
  actorOrNull: Actor | null,
  organisationId: string,
  keyMessageId: string,
): Promise<{ priority: Priority; created: boolean }> {
  const actor = requireActor(actorOrNull);
  if (!mayCoordinate(actor, organisationId)) throw notFound('This organisation');
  const organisation = await findOrganisationById(context.db, organisationId);
  const message = (await findKeyMessagesOfOrganisation(context, organisationId)).find(
    (m) => m.id === keyMessageId,
  );
  if (!organisation || !message) throw notFound('This key message');
  const created = await context.db.transaction(async (tx) => {
    const row = await repo.insertPriority(tx, {
      partnershipId: organisation.partnershipId,
      organisationId,
      source: 'key_message',
      sourceRef: message.projectTitle,
      keyMessageId,
      title: shortTitle(message.text),
      text:
        `${message.text}\n\nA key message for ${message.audienceName} from "${message.projectTitle}", ` +
        `from ${message.stories} ${message.stories === 1 ? 'story' : 'stories'} of lived experience.`,
      createdBy: actor.personId,
    });
    if (!row) return undefined;
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: organisation.partnershipId,
      action: 'coproduction.priority.imported',
      subjectType: 'coproduction_priority',
      subjectId: row.id,
      details: { keyMessageId },
    });
    return row;
  });
  const [existing] = await repo.findPrioritiesByKeyMessageIds(context.db, [keyMessageId]);
  const id = created?.id ?? existing?.id;
  if (!id) throw notFound('This key message');
  return { priority: await priorityView(context.db, actor, id), created: created !== undefined };
}

// --- commitments ----------------------------------------------------------------------------------

async function requireOrganisationInPartnership(db: DbOrTx, partnershipId: string, organisationId: string) {
  const organisation = await findOrganisationById(db, organisationId);
  if (!organisation || organisation.partnershipId !== partnershipId) {
    throw invalid('ownerOrganisationId', 'Choose an organisation of this partnership');
  }
}

export async function addCommitment(
  context: ModuleContext,
  actorOrNull: Actor | null,
  priorityId: string,
  rawInput: CreateCommitmentRequest,
): Promise<Priority> {
  const actor = requireActor(actorOrNull);
  const input = CreateCommitmentRequestSchema.parse(rawInput);
  const priority = await requirePriorityCoordinator(context.db, actor, priorityId);
  await requireOrganisationInPartnership(context.db, priority.partnershipId, input.ownerOrganisationId);
  await repo.insertCommitment(context.db, {
    priorityId,
    ...input,
    declinedReason: input.status === 'declined' ? input.declinedReason : null,
    progress: input.status === 'done' ? 100 : input.progress,
  });
  return priorityView(context.db, actor, priorityId);
}

/** The priority's coordinators, and those of the organisation that made the commitment, keep it up to date. */
async function loadCommitmentForChange(db: DbOrTx, actor: Actor, commitmentId: string) {
  const commitment = await repo.findCommitment(db, commitmentId);
  if (!commitment) throw notFound('This commitment');
  const priority = await repo.findPriority(db, commitment.priorityId);
  if (
    !priority ||
    priority.partnershipId !== actor.partnershipId ||
    !(mayCoordinate(actor, priority.organisationId) || mayCoordinate(actor, commitment.ownerOrganisationId))
  ) {
    throw notFound('This commitment');
  }
  return { commitment, priority };
}

/**
 * Changes a commitment. When its status changes, everyone subscribed hears once, in the same
 * transaction: a change that is not committed tells nobody, and one that is tells everyone.
 */
export async function updateCommitment(
  context: ModuleContext,
  actorOrNull: Actor | null,
  commitmentId: string,
  rawInput: UpdateCommitmentRequest,
): Promise<Priority> {
  const actor = requireActor(actorOrNull);
  const input = UpdateCommitmentRequestSchema.parse(rawInput);
  const { priority } = await loadCommitmentForChange(context.db, actor, commitmentId);
  await context.db.transaction(async (tx) => {
    const current = await repo.lockCommitment(tx, commitmentId);
    if (!current) throw notFound('This commitment');
    const status = input.status ?? current.status;
    const reason = input.declinedReason === undefined ? current.declinedReason : input.declinedReason;
    if (status === 'declined' && !reason) {
      throw invalid(
        'declinedReason',
        'Say why this was declined: everyone who asked for it will read the reason',
      );
    }
    const next = {
      ...defined(input),
      declinedReason: status === 'declined' ? reason : null,
      ...(status === 'done' && current.status !== 'done' && input.progress === undefined
        ? { progress: 100 }
        : {}),
    };
    await repo.updateCommitment(tx, commitmentId, next);
    if (status !== current.status) {
      await recordAudit(tx, {
        actorId: actor.personId,
        partnershipId: priority.partnershipId,
        action: 'coproduction.commitment.status_changed',
        subjectType: 'coproduction_commitment',
        subjectId: commitmentId,
        details: { from: current.status, to: status },
      });
      await notifySubscribers(context, tx, priority, {
        ...current,
        ...next,
        status,
        declinedReason: next.declinedReason,
      });
    }
  });
  return priorityView(context.db, actor, priority.id);
}

export async function addCommitmentUpdate(
  context: ModuleContext,
  actorOrNull: Actor | null,
  commitmentId: string,
  rawInput: unknown,
): Promise<Priority> {
  const actor = requireActor(actorOrNull);
  const input = CreateUpdateRequestSchema.parse(rawInput);
  const { priority } = await loadCommitmentForChange(context.db, actor, commitmentId);
  await repo.insertCommitmentUpdate(context.db, { commitmentId, ...input, createdBy: actor.personId });
  return priorityView(context.db, actor, priority.id);
}

// --- subscriptions and notifications --------------------------------------------------------------

async function notifySubscribers(
  context: ModuleContext,
  tx: DbOrTx,
  priority: repo.PriorityRow,
  commitment: repo.CommitmentRow,
) {
  const subscriptions = await repo.findActiveSubscriptions(tx, priority.id);
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
        await repo.insertNotifications(tx, [
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
    await repo.insertUnsubscribeLink(tx, { tokenHash: hashToken(token), subscriptionId: subscription.id });
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

export async function subscribe(context: ModuleContext, actorOrNull: Actor | null, priorityId: string) {
  const actor = requireActor(actorOrNull);
  await loadPriority(context.db, actor, priorityId);
  const existing = await repo.findPersonSubscription(context.db, priorityId, actor.personId);
  if (existing) await repo.resubscribe(context.db, existing.id);
  else await repo.insertSubscription(context.db, { priorityId, personId: actor.personId });
  return { subscribed: true };
}

export async function unsubscribeMe(context: ModuleContext, actorOrNull: Actor | null, priorityId: string) {
  const actor = requireActor(actorOrNull);
  await loadPriority(context.db, actor, priorityId);
  const existing = await repo.findPersonSubscription(context.db, priorityId, actor.personId);
  if (existing) await repo.unsubscribe(context.db, existing.id);
  return { subscribed: false };
}

/** One click from an email, no sign-in. Using the link again is harmless. */
export async function unsubscribeByToken(context: ModuleContext, token: string) {
  const subscriptionId = await repo.findSubscriptionIdByTokenHash(context.db, hashToken(token));
  if (!subscriptionId) throw notFound('This unsubscribe link');
  await repo.unsubscribe(context.db, subscriptionId);
  return { subscribed: false };
}

export async function listNotifications(context: ModuleContext, actorOrNull: Actor | null) {
  const actor = requireActor(actorOrNull);
  const rows = await repo.findNotificationsOfPerson(context.db, actor.personId);
  return {
    notifications: rows.map((n) => ({
      id: n.id,
      priorityId: n.priorityId,
      commitmentId: n.commitmentId,
      text: n.text,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}

// --- the public page ------------------------------------------------------------------------------

/** Published priorities only: what was said, what was committed, what changed, what is still open or declined and why. */
export async function getPublicYouSaidWeDid(
  context: ModuleContext,
  partnershipId: string,
): Promise<PublicYouSaidWeDid> {
  const organisations = await findOrganisationsOfPartnership(context.db, partnershipId);
  if (organisations.length === 0) throw notFound('This partnership');
  const rows = await repo.findPrioritiesOfPartnership(context.db, partnershipId, true);
  const views = await toPriorities(context.db, null, rows);
  return {
    partnershipId,
    organisations: organisations.map((o) => ({ id: o.id, name: o.name })),
    priorities: views.map((p) => ({
      id: p.id,
      organisationName: p.organisationName,
      source: p.source,
      title: p.title,
      text: p.text,
      commitments: p.commitments.map(({ ownerOrganisationId: _owner, ...c }) => c),
      done: p.commitments.filter((c) => c.status === 'done').length,
      open: p.commitments.filter((c) => c.status === 'planned' || c.status === 'in_progress').length,
      declined: p.commitments.filter((c) => c.status === 'declined').length,
    })),
  };
}
