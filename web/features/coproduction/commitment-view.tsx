import type { ReactNode } from 'react';
import type { Commitment } from '../../../contracts/coproduction.js';
import { formatDay } from '../../lib/format.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { Progress } from './shared.js';

const s = coproductionStrings;

/** A status in words, as a tag; the colour is never the only cue. */
export function StatusTag({ status }: { status: Commitment['status'] }) {
  return <span className={`tag cop-tag cop-tag--${status}`}>{s.statuses[status]}</span>;
}

/** What was committed, by whom, by when, how far it has got, and what changed: for the public and the partnership. */
export function CommitmentView({
  commitment,
  headingLevel = 3,
  children,
}: {
  commitment: Omit<Commitment, 'ownerOrganisationId'>;
  headingLevel?: 3 | 4;
  children?: ReactNode;
}) {
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h4' | 'h5';
  return (
    <article className="cop-commitment" aria-labelledby={`commitment-${commitment.id}-title`}>
      <Heading id={`commitment-${commitment.id}-title`} className="cop-commitment__title">
        {commitment.description}
      </Heading>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{s.public.committedBy}</dt>
          <dd>{commitment.ownerOrganisationName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{s.common.due}</dt>
          <dd>{commitment.dueOn ? formatDay(commitment.dueOn) : s.common.noDueDate}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{s.common.status}</dt>
          <dd>
            <StatusTag status={commitment.status} />
          </dd>
        </div>
        {commitment.status === 'declined' && commitment.declinedReason ? (
          <div className="summary-list__row">
            <dt>{s.public.declinedReason}</dt>
            <dd className="cop-prewrap">{commitment.declinedReason}</dd>
          </div>
        ) : null}
      </dl>
      {commitment.status === 'declined' ? null : (
        <Progress id={`progress-${commitment.id}`} value={commitment.progress} />
      )}
      <Sub className="cop-commitment__subtitle">{s.public.whatChanged}</Sub>
      {commitment.updates.length === 0 ? (
        <p className="secondary-text">{s.public.noUpdates}</p>
      ) : (
        <ol className="cop-updates">
          {[...commitment.updates]
            .sort((a, b) => b.happenedOn.localeCompare(a.happenedOn))
            .map((update) => (
              <li key={update.id}>
                <time dateTime={update.happenedOn} className="cop-updates__date">
                  {formatDay(update.happenedOn)}
                </time>
                <p className="cop-prewrap">{update.text}</p>
              </li>
            ))}
        </ol>
      )}
      {children}
    </article>
  );
}
