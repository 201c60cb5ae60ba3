import type { AlertEvidence, SafeguardingAlert } from '../../../contracts/stories.js';
import { safeguardingStrings } from '../../lib/strings/safeguarding.js';

const s = safeguardingStrings;

/** The alert's state as words in a tag; the colour only repeats what the words say. */
export function AlertStatusTag({ status }: { status: SafeguardingAlert['status'] }) {
  return <span className={`tag tag--alert-${status}`}>{s.statuses[status]}</span>;
}

/** The sentences that raised the alert, each with why it reads as risk now. */
export function EvidenceList({ evidence }: { evidence: AlertEvidence[] }) {
  return (
    <>
      <h3>{s.evidence.title}</h3>
      <ul className="safeguarding-evidence">
        {evidence.map((item, position) => (
          <li key={`${position}-${item.text}`}>
            <q>{item.text}</q>
            {item.why ? <span className="secondary-text"> — {item.why}</span> : null}
          </li>
        ))}
      </ul>
    </>
  );
}
