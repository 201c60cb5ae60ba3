import type { AlertEvidence, RaiseConcernRequest } from '../../../../contracts/stories.js';
import { requireActor, type Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import type { DbOrTx } from '../../../kernel/db.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { updateStory } from '../stories.repository.js';
import { loadStory } from '../story-loader.js';
import { alertAudience, escalationRecipients, noticeAlert, ownLeads } from './alert-notices.js';
import { insertAlert } from './safeguarding.repository.js';

/**
 * One entry per sentence, however many kinds of risk it shows: the lead reads each sentence once,
 * with every reason it was picked out ("thoughts of ending their life; keeping the means close").
 */
export function evidenceBySentence(found: readonly { text: string; why: string }[]): AlertEvidence[] {
  const reasons = new Map<string, string[]>();
  for (const item of found) {
    const whys = reasons.get(item.text) ?? [];
    for (const part of item.why.split('; ')) if (!whys.includes(part)) whys.push(part);
    reasons.set(item.text, whys);
  }
  return [...reasons].map(([text, whys]) => ({ text, why: whys.join('; ') }));
}

/**
 * Raises an alert inside the caller's transaction and tells who must act. An organisation with no
 * safeguarding lead cannot leave a person at risk unheard: its alert is escalated at once to the
 * partnership's other leads and admins.
 */
export async function raiseAlert(
  context: ModuleContext,
  tx: DbOrTx,
  alert: {
    storyId: string;
    organisationId: string;
    evidence: AlertEvidence[];
    source: 'detector' | 'reader';
    raisedBy: string | null;
  },
) {
  const { organisation, contacts: others } = await alertAudience(tx, alert);
  const leads = ownLeads(others, alert.organisationId);
  const recipients = leads.length > 0 ? leads : escalationRecipients(others, alert.organisationId);
  const row = await insertAlert(tx, {
    storyId: alert.storyId,
    organisationId: alert.organisationId,
    evidenceEncrypted: context.cipher.encrypt(JSON.stringify(alert.evidence)),
    source: alert.source,
    raisedBy: alert.raisedBy,
    // Escalated at once when the organisation has no lead, but only if someone was there to hear it;
    // otherwise the escalation job keeps trying.
    escalatedAt: leads.length === 0 && recipients.length > 0 ? new Date() : null,
  });
  const organisationName = organisation?.name ?? 'your organisation';
  const told = await noticeAlert(context, tx, recipients, {
    id: row.id,
    organisationName,
    reason: leads.length > 0 ? 'new' : 'no_lead',
  });
  if (told === 0)
    context.logError(`Safeguarding alert ${row.id} reached nobody: no lead or admin to tell`, null);
  return row;
}

/**
 * Anyone who can read a story and is worried by it raises a concern by hand: the detector will
 * never catch everything. The story is held at once, as if the detector had found it.
 */
export async function raiseConcern(
  context: ModuleContext,
  actorOrNull: Actor | null,
  storyId: string,
  input: RaiseConcernRequest,
): Promise<{ alertId: string }> {
  const actor = requireActor(actorOrNull);
  // Anyone who may read the story may raise a concern about it; everyone else gets 404.
  const { story, access } = await loadStory(context, actor, storyId);
  const alertId = await context.db.transaction(async (tx) => {
    await updateStory(tx, storyId, { safeguardingHold: true });
    const row = await raiseAlert(context, tx, {
      storyId,
      organisationId: story.organisationId,
      evidence: [{ text: input.note, why: `Raised by ${actor.displayName}, who read the story` }],
      source: 'reader',
      raisedBy: actor.personId,
    });
    await recordAudit(tx, {
      actorId: actor.personId,
      partnershipId: actor.partnershipId,
      action: 'safeguarding.concern_raised',
      subjectType: 'story',
      subjectId: storyId,
      details: { alertId: row.id, access },
    });
    return row.id;
  });
  return { alertId };
}
