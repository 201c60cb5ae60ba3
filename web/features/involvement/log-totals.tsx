import type { InvolvementEntry } from '../../../contracts/people.js';
import { formatPence } from '../../lib/money.js';
import { involvementStrings } from '../../lib/strings/involvement.js';
import { formatNumber } from './involvement-api.js';

const l = involvementStrings.log;

/** What the entries shown add up to: hours, expenses, and how many were paid which way. */
export function LogTotals({ entries }: { entries: readonly InvolvementEntry[] }) {
  const hours = entries.reduce((sum, e) => sum + e.hours, 0);
  const expenses = entries.reduce((sum, e) => sum + e.expensesPence, 0);
  const byPayment = (choice: InvolvementEntry['paymentChoice']) =>
    entries.filter((e) => e.paymentChoice === choice).length;
  return (
    <section className="section" aria-labelledby="totals-title">
      <h2 id="totals-title">{l.totalsTitle}</h2>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{l.entriesTitle}</dt>
          <dd>{l.entries(entries.length)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.totalHours}</dt>
          <dd>{formatNumber(Math.round(hours * 100) / 100)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.totalExpenses}</dt>
          <dd>{formatPence(expenses)}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.paidCash}</dt>
          <dd>{l.entries(byPayment('cash'))}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.paidVoucher}</dt>
          <dd>{l.entries(byPayment('voucher'))}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{l.declined}</dt>
          <dd>{l.entries(byPayment('declined'))}</dd>
        </div>
      </dl>
    </section>
  );
}
