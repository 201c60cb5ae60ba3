import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router';
import type { PublicYouSaidWeDid } from '../../../contracts/coproduction.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { callEndpointLoadingContract, isApiError } from '../../lib/api.js';
import { coproductionStrings } from '../../lib/strings/coproduction.js';
import { CommitmentView } from './commitment-view.js';
import './coproduction.css';

const s = coproductionStrings.public;
const FILTERS = ['all', 'open', 'done', 'declined'] as const;
type Filter = (typeof FILTERS)[number];
type PublicPriority = PublicYouSaidWeDid['priorities'][number];

/** Open: something still to do, or nothing promised yet. Done and declined: at least one commitment so. */
function matches(priority: PublicPriority, filter: Filter): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'open':
      return priority.commitments.length === 0 || priority.open > 0;
    case 'done':
      return priority.done > 0;
    case 'declined':
      return priority.declined > 0;
  }
}

function summaryLine(priorities: readonly PublicPriority[]): string {
  const all = priorities.flatMap((p) => p.commitments);
  const count = (status: string) => all.filter((c) => c.status === status).length;
  return s.summary(
    priorities.length,
    count('done'),
    count('in_progress'),
    count('planned'),
    count('declined'),
  );
}

function FilterControls({
  priorities,
  filter,
  onChange,
}: {
  priorities: readonly PublicPriority[];
  filter: Filter;
  onChange: (filter: Filter) => void;
}) {
  return (
    <fieldset className="cop-filter">
      <legend className="field__label">{s.filterLegend}</legend>
      <div className="cop-filter__options">
        {FILTERS.map((value) => {
          const id = `filter-${value}`;
          const n = priorities.filter((p) => matches(p, value)).length;
          return (
            <div key={value} className="cop-filter__option">
              <input
                id={id}
                type="radio"
                name="filter"
                value={value}
                checked={filter === value}
                onChange={() => onChange(value)}
                aria-describedby={`${id}-hint`}
              />
              <label htmlFor={id}>{s.filterCount(s.filters[value], n)}</label>
              <span id={`${id}-hint`} className="visually-hidden">
                {s.filterHints[value]}
              </span>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}

function PriorityCard({ priority }: { priority: PublicPriority }) {
  return (
    <li className="cop-priority">
      <article aria-labelledby={`priority-${priority.id}-title`}>
        <h2 id={`priority-${priority.id}-title`} className="cop-priority__title">
          {priority.title}
        </h2>
        <p className="secondary-text">
          {`${coproductionStrings.sources[priority.source]} · ${s.raisedWith(priority.organisationName)}`}
        </p>
        {priority.text && priority.text !== priority.title ? (
          <p className="cop-prewrap">{priority.text}</p>
        ) : null}
        <h3 className="cop-priority__subtitle">{s.whatWeCommitted}</h3>
        {priority.commitments.length === 0 ? (
          <p className="callout">{s.nothingYet}</p>
        ) : (
          <ul className="plain-list cop-commitments">
            {priority.commitments.map((commitment) => (
              <li key={commitment.id}>
                <CommitmentView commitment={commitment} headingLevel={4} />
              </li>
            ))}
          </ul>
        )}
      </article>
    </li>
  );
}

/** Public, no sign-in: what people said, what the partnership committed to, and what changed. */
export function YouSaidWeDidPage() {
  const { partnershipId = '' } = useParams();
  const [filter, setFilter] = useState<Filter>('all');
  const page = useQuery({
    queryKey: ['coproduction', 'public', partnershipId],
    // A public page, often opened first from a shared link: the contract loads beside the request,
    // and this page leaves out coproduction-api.ts, which brings every co-production contract with it.
    queryFn: () =>
      callEndpointLoadingContract(
        { method: 'GET', path: '/api/coproduction/public/partnerships/:partnershipId' },
        () =>
          import('../../../contracts/coproduction.endpoints.js').then(
            (c) => c.publicCoproductionEndpoints.youSaidWeDid,
          ),
        { params: { partnershipId } },
      ),
    retry: (count, error) => !isApiError(error, 404) && !isApiError(error, 400) && count < 2,
  });

  if (page.isPending) return <Loading />;
  if (page.isError) {
    if (isApiError(page.error, 404) || isApiError(page.error, 400)) {
      return (
        <div className="narrow">
          <PageHeading>{s.notFoundTitle}</PageHeading>
          <p>{s.notFoundBody}</p>
        </div>
      );
    }
    return <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { priorities, organisations } = page.data;
  const shown = priorities.filter((p) => matches(p, filter));

  return (
    <>
      <PageHeading>{s.title}</PageHeading>
      <p className="lead">{s.lead}</p>
      {organisations.length > 0 ? <p>{s.partners(organisations.map((o) => o.name).join(', '))}</p> : null}
      {priorities.length === 0 ? (
        <p className="callout">{s.none}</p>
      ) : (
        <>
          <p className="cop-summary">{summaryLine(priorities)}</p>
          <FilterControls priorities={priorities} filter={filter} onChange={setFilter} />
          <StatusMessage>{filter === 'all' ? null : s.showing(shown.length)}</StatusMessage>
          {shown.length === 0 ? (
            <p>{s.noneInFilter}</p>
          ) : (
            <ul className="plain-list cop-priorities">
              {shown.map((priority) => (
                <PriorityCard key={priority.id} priority={priority} />
              ))}
            </ul>
          )}
        </>
      )}
      <p className="secondary-text">{s.privacy}</p>
    </>
  );
}
