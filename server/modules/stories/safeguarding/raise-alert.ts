import type { AlertEvidence } from '../../../../contracts/stories.js';
import type { DbOrTx } from '../../../kernel/db.js';
import type { ModuleContext } from '../../../kernel/module.js';
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
    source: 'detector' | 'language' | 'reader';
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
