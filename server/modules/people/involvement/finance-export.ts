import { INVOLVEMENT_ROLE_NAMES, type InvolvementPaymentChoice } from '../../../../contracts/people.js';
import type { Actor } from '../../../kernel/access.js';
import { recordAudit } from '../../../kernel/audit.js';
import { fileSlug, toCsv } from '../../../kernel/downloads.js';
import type { ModuleContext } from '../../../kernel/module.js';
import * as repo from './involvement.repository.js';
import { requireCoordinatedOrganisation } from './loaders.js';
import { toEntry } from './presenters.js';

const PAYMENT_WORDS: Record<InvolvementPaymentChoice, string> = {
  cash: 'Cash',
  voucher: 'Voucher',
  declined: 'Declined',
};

/** The involvement log of one organisation and date range, for finance. Every export is audited. */
export async function exportInvolvementCsv(
  context: ModuleContext,
  actor: Actor,
  organisationId: string,
  range: { from: string; to: string },
) {
  const organisation = await requireCoordinatedOrganisation(context.db, actor, organisationId);
  const rows = await repo.findEntriesOfOrganisation(context.db, organisationId, range);
  await recordAudit(context.db, {
    actorId: actor.personId,
    partnershipId: organisation.partnershipId,
    action: 'involvement.exported',
    subjectType: 'organisation',
    subjectId: organisationId,
    details: { from: range.from, to: range.to, count: rows.length },
  });
  const header = ['Date', 'Name', 'Activity', 'Role', 'Hours', 'Expenses (£)', 'Payment choice'];
  const lines = rows.map((row) => {
    const entry = toEntry(row);
    return [
      entry.occurredOn,
      entry.personName,
      entry.activity,
      INVOLVEMENT_ROLE_NAMES[entry.role],
      entry.hours.toFixed(2),
      (entry.expensesPence / 100).toFixed(2),
      PAYMENT_WORDS[entry.paymentChoice],
    ];
  });
  return {
    data: toCsv([header, ...lines]),
    filename: `involvement-${fileSlug(organisation.name, 'organisation')}-${range.from}-to-${range.to}.csv`,
  };
}
