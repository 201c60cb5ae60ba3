import { recordAudit } from '../../../kernel/audit.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { alertAudience, escalationRecipients, noticeAlert } from './alert-notices.js';
import { claimAlertsToEscalate, updateAlert } from './safeguarding.repository.js';

/**
 * Sends every alert nobody acknowledged within the configured time to the partnership's other
 * safeguarding leads and its admins, by mail and text. The claim and the messages share one
 * transaction, so an alert escalates exactly once, even with several instances running the job.
 */
export async function escalateUnansweredAlerts(context: ModuleContext, now = new Date()): Promise<number> {
  const waitedMinutes = context.config.safeguardingEscalationMinutes;
  const raisedBefore = new Date(now.getTime() - waitedMinutes * 60_000);
  return context.db.transaction(async (tx) => {
    const claimed = await claimAlertsToEscalate(tx, raisedBefore, now);
    for (const alert of claimed) {
      const { organisation, contacts } = await alertAudience(tx, alert);
      const told = await noticeAlert(context, tx, escalationRecipients(contacts, alert.organisationId), {
        id: alert.id,
        organisationName: organisation?.name ?? 'an organisation',
        reason: 'unanswered',
        waitedMinutes: Math.round((now.getTime() - alert.createdAt.getTime()) / 60_000),
      });
      if (told === 0) {
        // Nobody to hear it: let it go back to the queue and say so loudly, rather than mark it done.
        await updateAlert(tx, alert.id, { escalatedAt: null });
        context.logError(`Safeguarding alert ${alert.id} could not be escalated: nobody to tell`, null);
        continue;
      }
      await recordAudit(tx, {
        actorId: null,
        partnershipId: organisation?.partnershipId ?? null,
        action: 'safeguarding.alert_escalated',
        subjectType: 'safeguarding_alert',
        subjectId: alert.id,
        details: { told },
      });
    }
    return claimed.length;
  });
}
