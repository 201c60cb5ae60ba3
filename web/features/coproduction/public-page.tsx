import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { coproductionAnswers } from '../../../contracts/coproduction.answers.js';
import type { publicCoproductionEndpoints } from '../../../contracts/coproduction.endpoints.js';
import { publicPriorityPath } from '../../../contracts/coproduction.links.js';
import type { PublicYouSaidWeDid } from '../../../contracts/coproduction.js';
import { fillPath } from '../../../contracts/endpoint.js';
import { ChoiceField } from '../../components/choice-field.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { StatusMessage } from '../../components/status-message.js';
import { apiRequest, isMissing, retryUnlessMissing } from '../../lib/api.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import { useLocaleTag, useT } from '../../lib/i18n/public-pages.js';
import { PublicPriorityBody } from './public-priority.js';
import './coproduction.css';

const FILTERS = ['all', 'open', 'done', 'declined'] as const;
type Filter = (typeof FILTERS)[number];
type PublicPriority = PublicYouSaidWeDid['priorities'][number];

/** Each priority is in one state (the server's rule), so the filters' counts add up to "All". */
function matches(priority: PublicPriority, filter: Filter): boolean {
  return filter === 'all' || priority.state === filter;
}

/** Each filter's name and what it shows, in the catalogue. */
const FILTER_WORDS = {
  all: { label: 'youSaidWeDid.filter.all', hint: 'youSaidWeDid.filterHint.all' },
  open: { label: 'youSaidWeDid.filter.open', hint: 'youSaidWeDid.filterHint.open' },
  done: { label: 'youSaidWeDid.filter.done', hint: 'youSaidWeDid.filterHint.done' },
  declined: { label: 'youSaidWeDid.filter.declined', hint: 'youSaidWeDid.filterHint.declined' },
} as const satisfies Record<Filter, { label: string; hint: string }>;

/**
 * Two lines whose figures add up: the priorities by where each stands, then their commitments by
 * status ("4 priorities: 3 still to do, 1 done, 0 not going ahead.").
 */
function summaryLines(priorities: readonly PublicPriority[], t: Translate): [string, string] {
  const inState = (state: PublicPriority['state']) => priorities.filter((p) => p.state === state).length;
  const all = priorities.flatMap((p) => p.commitments);
  const count = (status: string) => all.filter((c) => c.status === status).length;
  return [
    t('youSaidWeDid.priorityTotals', {
      count: priorities.length,
      open: inState('open'),
      done: inState('done'),
      declined: inState('declined'),
    }),
    t('youSaidWeDid.commitmentTotals', {
      count: all.length,
      done: count('done'),
      inProgress: count('in_progress'),
      planned: count('planned'),
      declined: count('declined'),
    }),
  ];
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
  const t = useT();
  return (
    <ChoiceField
      id="filter"
      name="filter"
      legend={t('youSaidWeDid.filterLegend')}
      options={FILTERS.map((option) => ({
        value: option,
        label: t('youSaidWeDid.filterCount', {
          label: t(FILTER_WORDS[option].label),
          count: priorities.filter((p) => matches(p, option)).length,
        }),
        hint: t(FILTER_WORDS[option].hint),
      }))}
      value={filter}
      onChange={(value) => onChange(FILTERS.find((option) => option === value) ?? 'all')}
      className="cop-filter"
      pills
    />
  );
}

/** A priority in the list; its title opens its own page, the one news about it links to. */
function PriorityCard({ priority }: { priority: PublicPriority }) {
  return (
    <li className="cop-priority">
      <article aria-labelledby={`priority-${priority.id}-title`}>
        <h2 id={`priority-${priority.id}-title`} className="cop-priority__title">
          <Link to={publicPriorityPath(priority.id)}>{priority.title}</Link>
        </h2>
        <PublicPriorityBody priority={priority} level={3} />
      </article>
    </li>
  );
}

/** The contract's own path (typed from publicCoproductionEndpoints), without loading the contract. */
const PUBLIC_PAGE: (typeof publicCoproductionEndpoints)['youSaidWeDid']['path'] =
  '/api/coproduction/public/partnerships/:partnershipId';

/** Public, no sign-in: what people said, what the partnership committed to, and what changed. */
export function YouSaidWeDidPage() {
  const t = useT();
  const tag = useLocaleTag();
  const { partnershipId = '' } = useParams();
  const [filter, setFilter] = useState<Filter>('all');
  const page = useQuery({
    queryKey: ['coproduction', 'public', partnershipId],
    // A public page, often opened first from a shared link: its answer is checked without the
    // validation library (contracts/coproduction.answers.ts), and coproduction-api.ts, which brings
    // every co-production contract with it, is left out.
    queryFn: () => apiRequest(fillPath(PUBLIC_PAGE, { partnershipId }), coproductionAnswers.youSaidWeDid),
    retry: retryUnlessMissing,
  });

  if (page.isPending) return <Loading />;
  if (page.isError) {
    if (isMissing(page.error)) {
      return (
        <div className="narrow">
          <PageHeading>{t('youSaidWeDid.notFoundTitle')}</PageHeading>
          <p>{t('youSaidWeDid.notFoundBody')}</p>
        </div>
      );
    }
    return <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { priorities, organisations } = page.data;
  const shown = priorities.filter((p) => matches(p, filter));

  return (
    <>
      <PageHeading>{t('youSaidWeDid.title')}</PageHeading>
      <p className="lead">{t('youSaidWeDid.lead')}</p>
      {organisations.length > 0 ? (
        <p>
          {t('youSaidWeDid.partners', {
            names: new Intl.ListFormat(tag, { type: 'unit' }).format(organisations.map((o) => o.name)),
          })}
        </p>
      ) : null}
      {priorities.length === 0 ? (
        <p className="callout">{t('youSaidWeDid.none')}</p>
      ) : (
        <>
          {summaryLines(priorities, t).map((line) => (
            <p key={line} className="cop-summary">
              {line}
            </p>
          ))}
          <FilterControls priorities={priorities} filter={filter} onChange={setFilter} />
          <StatusMessage count>
            {filter === 'all' ? null : t('youSaidWeDid.showing', { count: shown.length })}
          </StatusMessage>
          {shown.length === 0 ? (
            <p>{t('youSaidWeDid.noneInFilter')}</p>
          ) : (
            <ul className="plain-list cop-priorities">
              {shown.map((priority) => (
                <PriorityCard key={priority.id} priority={priority} />
              ))}
            </ul>
          )}
        </>
      )}
      <p className="secondary-text">{t('youSaidWeDid.privacy')}</p>
    </>
  );
}
