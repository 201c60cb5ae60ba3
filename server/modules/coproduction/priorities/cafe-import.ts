import type { Actor } from '../../../kernel/access.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findPriorityContacts, findSentPriorities } from '../../cafes/index.js';
import { findOrganisationById } from '../../people/index.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { importPriorityOnce, shortTitle } from './import-once.js';
import { notifyBroughtIn } from './notify-subscribers.js';
import * as repo from './priorities.repository.js';
import { insertSubscription } from './subscriptions.repository.js';

/** Café priorities sent on by this organisation's cafés, and which are already imported. */
export async function listCafePriorities(context: ModuleContext, actor: Actor, organisationId: string) {
  if (!mayCoordinate(actor, organisationId)) throw notFound('organisation');
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
      sources: s.sources,
      sentAt: s.sentAt.toISOString(),
      importedAs: imported.find((p) => p.cafePriorityId === s.id)?.id ?? null,
    })),
  };
}

/**
 * Brings a café priority into "You said, we did", once: a second import answers with the first.
 * Participants who left a contact are subscribed, so they hear what came of it, starting now.
 */
export async function importCafePriority(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  cafePriorityId: string,
) {
  if (!mayCoordinate(actor, organisationId)) throw notFound('organisation');
  const organisation = await findOrganisationById(context.db, organisationId);
  const sent = (await findSentPriorities(context.db, [organisationId])).find((s) => s.id === cafePriorityId);
  if (!organisation || !sent) throw notFound('cafePriority');
  const { contacts, personIds } = await findPriorityContacts(context, context.db, sent.ideaId);
  return importPriorityOnce(
    context,
    actor,
    {
      partnershipId: organisation.partnershipId,
      organisationId,
      source: 'cafe',
      sourceRef: sent.cafeTitle,
      cafePriorityId,
      title: shortTitle(sent.text),
      text:
        `${sent.text}\n\nAgreed at ${sent.cafeTitle}: ${sent.dots} dots from ${sent.voters} ` +
        `${sent.voters === 1 ? 'person' : 'people'}${sent.paper ? `, and ${sent.paper}` : ''}; ` +
        `${sent.helpers} willing to help.` +
        (sent.sources ? `\n\n${sent.sources}.` : ''),
      createdBy: actor.personId,
    },
    {
      what: 'cafePriority',
      details: { cafePriorityId, contacts: contacts.length, members: personIds.length },
      async alsoInTransaction(tx, priorityId) {
        // Each contact once, with the language of the page they left it on (the first time, if twice).
        const languages = new Map<string, string | null>();
        for (const { contact, language } of contacts)
          if (!languages.has(contact)) languages.set(contact, language);
        for (const [contact, language] of languages) {
          await insertSubscription(tx, {
            priorityId,
            contactEncrypted: context.cipher.encrypt(contact),
            language,
          });
        }
        // Members who took part signed in hear back in Cairn as well (and by email, once per address).
        for (const personId of personIds) await insertSubscription(tx, { priorityId, personId });
        // Everyone who asked to hear back is told it has been taken forward, once, when it is.
        const priority = await repo.findPriority(tx, priorityId);
        if (priority) await notifyBroughtIn(context, tx, priority, sent.cafeTitle);
      },
      findExisting: (db) => repo.findPrioritiesByCafePriorityIds(db, [cafePriorityId]),
    },
  );
}
