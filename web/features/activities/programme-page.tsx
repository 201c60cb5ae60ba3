import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { callEndpoint } from '../../lib/api.js';
import { useT } from '../../lib/i18n/public-pages.js';
import { keys } from './activities-api.js';
import { CalendarLink, MySignUps } from './my-sign-ups.js';
import { ProgrammeSessions } from './programme-sessions.js';
import {
  coordinates,
  FeedbackMessage,
  OrganisationPage,
  runsProgramme,
  useOrganisationPage,
  type Feedback,
} from './shared.js';
import './activities.css';

/** Signed in: the organisation's programme with sign-up, the person's own sign-ups and calendar link. */
export function ActivitiesPage() {
  const t = useT();
  const page = useOrganisationPage();
  const [feedback, setFeedback] = useState<Feedback | null>(null);
  const mine = useQuery({
    queryKey: keys.mySignUps,
    queryFn: () => callEndpoint(sessionEndpoints.mySignUps, {}),
    enabled: Boolean(page.me.data),
  });
  const signUps = mine.data?.signUps ?? [];

  return (
    <OrganisationPage
      page={page}
      title={t('activities.title')}
      lead={t('activities.member.lead')}
      pickerId="activities-organisation"
      pickerLabel={t('activities.member.organisation')}
      pickerHint={t('activities.member.organisationHint')}
      none={t('activities.member.noMembership')}
      onChoose={(id) => {
        setFeedback(null);
        page.setChosen(id);
      }}
    >
      {(current, me) => (
        <>
          <nav aria-label={t('activities.title')} className="act-links">
            <ul>
              <li>
                <Link to={`/activities/proposals?organisation=${current.id}`}>
                  {t('activities.member.proposals')}
                </Link>
              </li>
              <li>
                <Link to={`/activities/me/area?organisation=${current.id}`}>
                  {t('activities.member.myArea')}
                </Link>
              </li>
              {runsProgramme(me, current.id) ? (
                <li>
                  <Link to={`/activities/plan?organisation=${current.id}`}>
                    {t('activities.member.plan')}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/activities/roles?organisation=${current.id}`}>
                  {t('activities.member.roles')}
                </Link>
              </li>
              <li>
                <Link to={`/activities/partners?organisation=${current.id}`}>
                  {t('activities.member.partners')}
                </Link>
              </li>
              {coordinates(me, current.id) ? (
                <li>
                  <Link to={`/activities/reach?organisation=${current.id}`}>
                    {t('activities.member.reach')}
                  </Link>
                </li>
              ) : null}
              {coordinates(me, current.id) ? (
                <li>
                  <Link to={`/activities/outreach?organisation=${current.id}`}>
                    {t('activities.member.outreach')}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/programme/${current.id}`}>{t('activities.member.publicPage')}</Link>
              </li>
            </ul>
          </nav>
          <FeedbackMessage feedback={feedback} takeFocus />
          {mine.isError ? <LoadError error={mine.error} onRetry={() => void mine.refetch()} /> : null}
          {mine.data ? (
            <MySignUps signUps={signUps} onFeedback={setFeedback} />
          ) : mine.isPending ? (
            <Loading />
          ) : null}
          <ProgrammeSessions
            key={current.id}
            organisationId={current.id}
            mayRun={runsProgramme(me, current.id)}
            signUps={signUps}
            onFeedback={setFeedback}
          />
          <CalendarLink />
        </>
      )}
    </OrganisationPage>
  );
}
