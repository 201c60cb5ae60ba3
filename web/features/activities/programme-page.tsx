import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { Link } from 'react-router';
import { sessionEndpoints } from '../../../contracts/activities.endpoints.js';
import { LoadError } from '../../components/load-error.js';
import { Loading } from '../../components/loading.js';
import { callEndpoint } from '../../lib/api.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import { communityStrings } from '../../lib/strings/community.js';
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

const p = activitiesStrings.programme;

/** Signed in: the organisation's programme with sign-up, the person's own sign-ups and calendar link. */
export function ActivitiesPage() {
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
      title={p.title}
      lead={p.lead}
      pickerId="activities-organisation"
      none={activitiesStrings.common.noMembership}
      onChoose={(id) => {
        setFeedback(null);
        page.setChosen(id);
      }}
    >
      {(current, me) => (
        <>
          <nav aria-label={p.title} className="act-links">
            <ul>
              <li>
                <Link to={`/activities/proposals?organisation=${current.id}`}>{p.proposals}</Link>
              </li>
              <li>
                <Link to={`/activities/me/area?organisation=${current.id}`}>{p.myArea}</Link>
              </li>
              {runsProgramme(me, current.id) ? (
                <li>
                  <Link to={`/activities/plan?organisation=${current.id}`}>
                    {activitiesStrings.plan.programmeLink}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/activities/roles?organisation=${current.id}`}>
                  {communityStrings.programmeLinks.roles}
                </Link>
              </li>
              <li>
                <Link to={`/activities/partners?organisation=${current.id}`}>
                  {communityStrings.programmeLinks.partners}
                </Link>
              </li>
              {coordinates(me, current.id) ? (
                <li>
                  <Link to={`/activities/reach?organisation=${current.id}`}>{p.reach}</Link>
                </li>
              ) : null}
              {coordinates(me, current.id) ? (
                <li>
                  <Link to={`/activities/outreach?organisation=${current.id}`}>
                    {communityStrings.programmeLinks.outreach}
                  </Link>
                </li>
              ) : null}
              <li>
                <Link to={`/programme/${current.id}`}>{p.publicPage}</Link>
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
