import type { DbOrTx } from '../../../kernel/db.js';
import { recordInvolvement, removeInvolvementFromSource } from '../../people/index.js';
import type { MeetingInput } from './meetings.js';

/**
 * Writes the meeting's attendance into the involvement log: one entry per attendee with hours or
 * expenses. The meeting's earlier entries go first, so saving again never counts anyone twice.
 */
export async function logMeetingInvolvement(
  tx: DbOrTx,
  group: { name: string; organisationId: string },
  meetingId: string,
  parsed: MeetingInput,
  recordedBy: string,
) {
  const source = { kind: 'coproduction_meeting', id: meetingId };
  await removeInvolvementFromSource(tx, source);
  for (const a of parsed.attendance) {
    if (a.hours <= 0 && a.expensesPence <= 0) continue;
    await recordInvolvement(tx, {
      personId: a.personId,
      organisationId: group.organisationId,
      occurredOn: parsed.heldOn,
      activity: `Co-production meeting: ${group.name}`,
      role: 'coproduction_group_member',
      hours: a.hours,
      expensesPence: a.expensesPence,
      paymentChoice: a.paymentChoice,
      source,
      recordedBy,
    });
  }
}
