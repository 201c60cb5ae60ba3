import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { coproductionAnswers } from '../../../contracts/coproduction.answers.js';
import type { publicCoproductionEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { fillPath } from '../../../contracts/endpoint.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { apiRequest, isMissing, retryUnlessMissing } from '../../lib/api.js';
import { useT } from '../../lib/i18n/public-pages.js';
import { PublicPriorityBody } from './public-priority.js';
import './coproduction.css';

/** Where a priority stands, in the catalogue (the server's one state per priority). */
const STATE_WORDS = {
  open: 'youSaidWeDid.filter.open',
  done: 'youSaidWeDid.filter.done',
  declined: 'youSaidWeDid.filter.declined',
} as const;

/** The contract's own path (typed from publicCoproductionEndpoints), without loading the contract. */
const PRIORITY_PAGE: (typeof publicCoproductionEndpoints)['youSaidWeDidPriority']['path'] =
  '/api/coproduction/public/priorities/:priorityId';

/**
 * Public, no sign-in: one priority, the page news about it links to. Its title is the page's h1,
 * which the layout focuses on arrival; a priority that is not published reads as not found, saying
 * why that may be, since its link may have been sent before it was taken off the public page.
 */
export function YouSaidWeDidPriorityPage() {
  const t = useT();
  const { priorityId = '' } = useParams();
  const page = useQuery({
    queryKey: ['coproduction', 'public', 'priority', priorityId],
    // Opened first from a message: its answer is checked without the validation library (see public-page.tsx).
    queryFn: () =>
      apiRequest(fillPath(PRIORITY_PAGE, { priorityId }), coproductionAnswers.youSaidWeDidPriority),
    retry: retryUnlessMissing,
  });

  if (page.isPending) return <Loading />;
  if (page.isError) {
    if (isMissing(page.error)) {
      return (
        <div className="narrow">
          <PageHeading>{t('youSaidWeDid.priorityNotFoundTitle')}</PageHeading>
          <p>{t('youSaidWeDid.priorityNotFoundBody')}</p>
          <p>
            <Link to="/you-said-we-did">{t('youSaidWeDid.seePublished')}</Link>
          </p>
        </div>
      );
    }
    return <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { priority, partnershipId } = page.data;
  return (
    <article className="narrow">
      <PageHeading caption={t('youSaidWeDid.title')}>{priority.title}</PageHeading>
      <p className="cop-summary">
        {t('youSaidWeDid.whereItStands', { state: t(STATE_WORDS[priority.state]) })}
      </p>
      <PublicPriorityBody priority={priority} level={2} />
      <p>
        <Link to={`/you-said-we-did/${partnershipId}`}>{t('youSaidWeDid.seeAll')}</Link>
      </p>
      <p className="secondary-text">{t('youSaidWeDid.privacy')}</p>
    </article>
  );
}
