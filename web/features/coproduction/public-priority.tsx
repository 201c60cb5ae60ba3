import type { PublicPriority } from '../../../contracts/coproduction.js';
import { useT } from '../../lib/i18n/public-pages.js';
import { CommitmentView } from './commitment-view.js';

/** Where each priority came from, in the catalogue. */
const SOURCE_WORDS = {
  cafe: 'youSaidWeDid.source.cafe',
  key_message: 'youSaidWeDid.source.key_message',
  group: 'youSaidWeDid.source.group',
  manual: 'youSaidWeDid.source.manual',
} as const satisfies Record<PublicPriority['source'], string>;

/**
 * What a published priority holds, under its title: where it came from, what was said, and each
 * commitment with its progress and what has happened so far. The partnership's page shows it in a
 * card under an h2; the priority's own page under its h1, so its headings start one level higher.
 */
export function PublicPriorityBody({ priority, level }: { priority: PublicPriority; level: 2 | 3 }) {
  const t = useT();
  const Subtitle = `h${level}` as const;
  return (
    <>
      <p className="secondary-text">
        {`${t(SOURCE_WORDS[priority.source])} · ${t('youSaidWeDid.raisedWith', { organisation: priority.organisationName })}`}
      </p>
      {priority.text && priority.text !== priority.title ? (
        <p className="cop-prewrap">{priority.text}</p>
      ) : null}
      <Subtitle className="cop-priority__subtitle">{t('youSaidWeDid.whatWeCommitted')}</Subtitle>
      {priority.commitments.length === 0 ? (
        <p className="callout">{t('youSaidWeDid.nothingYet')}</p>
      ) : (
        <ul className="plain-list cop-commitments">
          {priority.commitments.map((commitment) => (
            <li key={commitment.id}>
              <CommitmentView commitment={commitment} headingLevel={level === 2 ? 3 : 4} />
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
