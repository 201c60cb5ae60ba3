import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { callEndpointLoadingContract, isMissing, retryUnlessMissing } from '../../lib/api.js';
import { useT } from '../../lib/i18n/public-pages.js';
import { PublicPriorityBody } from './public-priority.js';
import './coproduction.css';

/** Where a priority stands, in the catalogue (the server's one state per priority). */
const STATE_WORDS = {
  open: 'youSaidWeDid.filter.open',
  done: 'youSaidWeDid.filter.done',
  declined: 'youSaidWeDid.filter.declined',
} as const;

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
    // Opened first from a message: the contract loads beside the request (see public-page.tsx).
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/coproduction/public/priorities/:priorityId' },
        () =>
          import('../../../contracts/coproduction.endpoints.js').then(
            (c) => c.publicCoproductionEndpoints.youSaidWeDidPriority,
          ),
        { params: { priorityId } },
      ),
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
