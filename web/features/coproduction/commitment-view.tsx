import type { ReactNode } from 'react';
import type { Commitment } from '../../../contracts/coproduction.js';
import { dateInWords } from '../../lib/i18n/dates.js';
import { useLocaleTag, useT } from '../../lib/i18n/public-pages.js';
import { Progress } from './shared.js';

/** Each status's name in the catalogue (the public page's and the partnership's pages share them). */
const STATUS_WORDS = {
  planned: 'youSaidWeDid.status.planned',
  in_progress: 'youSaidWeDid.status.in_progress',
  done: 'youSaidWeDid.status.done',
  declined: 'youSaidWeDid.status.declined',
} as const satisfies Record<Commitment['status'], string>;

/** A status in words, as a tag; the colour is never the only cue. */
export function StatusTag({ status }: { status: Commitment['status'] }) {
  const t = useT();
  return <span className={`tag cop-tag cop-tag--${status}`}>{t(STATUS_WORDS[status])}</span>;
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
  const t = useT();
  const tag = useLocaleTag();
  // A calendar date (2027-03-14), read as that day in London.
  const dayIn = (date: string) =>
    dateInWords(t, tag, new Date(`${date}T12:00:00Z`), { timeZone: 'Europe/London', weekday: false });
  const Heading = `h${headingLevel}` as const;
  const Sub = `h${headingLevel + 1}` as 'h4' | 'h5';
  return (
    <article className="cop-commitment" aria-labelledby={`commitment-${commitment.id}-title`}>
      <Heading id={`commitment-${commitment.id}-title`} className="cop-commitment__title">
        {commitment.description}
      </Heading>
      <dl className="summary-list">
        <div className="summary-list__row">
          <dt>{t('youSaidWeDid.committedBy')}</dt>
          <dd>{commitment.ownerOrganisationName}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('youSaidWeDid.due')}</dt>
          <dd>{commitment.dueOn ? dayIn(commitment.dueOn) : t('youSaidWeDid.noDueDate')}</dd>
        </div>
        <div className="summary-list__row">
          <dt>{t('youSaidWeDid.status')}</dt>
          <dd>
            <StatusTag status={commitment.status} />
          </dd>
        </div>
        {commitment.status === 'declined' && commitment.declinedReason ? (
          <div className="summary-list__row">
            <dt>{t('youSaidWeDid.declinedReason')}</dt>
            <dd className="cop-prewrap">{commitment.declinedReason}</dd>
          </div>
        ) : null}
      </dl>
      {commitment.status === 'declined' ? null : (
        <Progress id={`progress-${commitment.id}`} value={commitment.progress} />
      )}
      <Sub className="cop-commitment__subtitle">{t('youSaidWeDid.whatChanged')}</Sub>
      {commitment.updates.length === 0 ? (
        <p className="secondary-text">{t('youSaidWeDid.noUpdates')}</p>
      ) : (
        <ol className="cop-updates">
          {[...commitment.updates]
            .sort((a, b) => b.happenedOn.localeCompare(a.happenedOn))
            .map((update) => (
              <li key={update.id}>
                <time dateTime={update.happenedOn} className="cop-updates__date">
                  {dayIn(update.happenedOn)}
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
