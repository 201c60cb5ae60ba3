import { useQuery } from '@tanstack/react-query';
import { Link, useParams } from 'react-router';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { PageHeading } from '../../components/page-heading.js';
import { calendarPaths } from '../../../contracts/calendar.js';
import { activityAnswers } from '../../../contracts/activities.answers.js';
import type { programmeEndpoints } from '../../../contracts/activities.endpoints.js';
import { fillPath } from '../../../contracts/endpoint.js';
import { apiRequest, isMissing, retryUnlessMissing } from '../../lib/api.js';
import { useT } from '../../lib/i18n/public-pages.js';
import { keys, upcomingSessions } from './activities-api.js';
import { ProgrammeView } from './programme-view.js';
import { SessionDetails } from './shared.js';
import './activities.css';

/** The contract's own path (typed from programmeEndpoints), without loading the contract. */
const PUBLIC_PROGRAMME: (typeof programmeEndpoints)['publicProgramme']['path'] =
  '/api/activities/public/organisations/:organisationId/programme';

/** Public, no sign-in: an organisation's upcoming activities, week by week, with a calendar to subscribe to. */
export function PublicProgrammePage() {
  const t = useT();
  const { organisationId = '' } = useParams();
  const page = useQuery({
    queryKey: keys.publicProgramme(organisationId),
    // A public page, often opened first from a shared link: its answer is checked without the
    // validation library (contracts/activities.answers.ts).
    queryFn: () =>
      apiRequest(fillPath(PUBLIC_PROGRAMME, { organisationId }), activityAnswers.publicProgramme),
    retry: retryUnlessMissing,
  });

  if (page.isPending) return <Loading />;
  if (page.isError) {
    if (isMissing(page.error)) {
      return (
        <div className="narrow">
          <PageHeading>{t('activities.public.notFoundTitle')}</PageHeading>
          <p>{t('activities.public.notFoundBody')}</p>
        </div>
      );
    }
    return <LoadError error={page.error} onRetry={() => void page.refetch()} />;
  }
  const { organisation, activities } = page.data;
  const sessions = upcomingSessions(activities);

  return (
    <>
      <PageHeading
        caption={organisation.name}
        title={t('activities.public.tabTitle', { organisation: organisation.name })}
      >
        {t('activities.title')}
      </PageHeading>
      <p className="lead">{t('activities.public.lead')}</p>
      <ul className="act-links">
        <li>
          <a
            href={fillPath(calendarPaths.organisation, { organisationId: organisation.id })}
            aria-describedby="calendar-hint"
          >
            {t('activities.public.calendar')}
          </a>
          <span id="calendar-hint" className="field__hint">
            {t('activities.public.calendarHint')}
          </span>
        </li>
        <li>
          <Link to={`/sign-in?next=${encodeURIComponent('/activities')}`}>
            {t('activities.public.signIn')}
          </Link>
          <span className="field__hint">{t('activities.public.signInLead')}</span>
        </li>
      </ul>
      <ProgrammeView
        sessions={sessions}
        headingLevel={2}
        idPrefix="programme"
        empty={t('activities.public.none')}
        renderSession={(session) => (
          <li key={session.occurrence.id} className="act-session">
            <article aria-labelledby={`session-${session.occurrence.id}-title`}>
              <SessionDetails session={session} />
            </article>
          </li>
        )}
      />
    </>
  );
}
