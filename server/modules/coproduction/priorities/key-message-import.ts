import type { Actor } from '../../../kernel/access.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { findKeyMessagesOfOrganisation } from '../../analysis/index.js';
import { findOrganisationById } from '../../people/index.js';
import { mayCoordinate } from '../coproduction.policy.js';
import { importPriorityOnce, shortTitle } from './import-once.js';
import * as repo from './priorities.repository.js';

/** Key messages from this organisation's analysis projects, and which are already imported. */
export async function listKeyMessages(context: ModuleContext, actor: Actor, organisationId: string) {
  if (!mayCoordinate(actor, organisationId)) throw notFound('organisation');
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
  actor: Actor,
  organisationId: string,
  keyMessageId: string,
) {
  if (!mayCoordinate(actor, organisationId)) throw notFound('organisation');
  const organisation = await findOrganisationById(context.db, organisationId);
  const message = (await findKeyMessagesOfOrganisation(context, organisationId)).find(
    (m) => m.id === keyMessageId,
  );
  if (!organisation || !message) throw notFound('keyMessage');
  return importPriorityOnce(
    context,
    actor,
    {
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
    },
    {
      what: 'keyMessage',
      details: { keyMessageId },
      findExisting: (db) => repo.findPrioritiesByKeyMessageIds(db, [keyMessageId]),
    },
  );
}
