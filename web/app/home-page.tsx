import { Link } from 'react-router';
import type { MeResponse } from '../../contracts/people.js';
import { LoadError } from '../components/load-error.js';
import { Loading } from '../components/loading.js';
import { PageHeading } from '../components/page-heading.js';
import { useT } from '../lib/i18n/i18n.js';
import { coordinatedOrganisations, isPartnershipAdmin, useMe } from '../lib/session.js';
import { strings } from '../lib/strings.js';
import { activitiesHomeCards } from '../features/activities/routes.js';
import { analysisHomeCards } from '../features/analysis/routes.js';
import { cafesHomeCards } from '../features/cafes/routes.js';
import { coproductionHomeCards } from '../features/coproduction/routes.js';
import { involvementHomeCards } from '../features/involvement/routes.js';
import { safeguardingHomeCards } from '../features/safeguarding/routes.js';
import { storiesHomeCards, storiesMainAction } from '../features/stories/routes.js';
import { SafeguardingCoverageWarning } from '../features/stories/safeguarding-coverage.js';
import { publicPages } from './public-pages.js';

interface Card {
  to: string;
  title: string;
  body: string;
}

function cardsFor(me: MeResponse): Card[] {
  const cards: Card[] = [];
  const admin = isPartnershipAdmin(me);
  if (admin) {
    cards.push({
      to: '/organisations',
      title: strings.home.organisationsCardTitle,
      body: strings.home.organisationsCardBody,
    });
  } else {
    for (const organisation of coordinatedOrganisations(me)) {
      cards.push({
        to: `/organisations/${organisation.id}/members`,
        title: strings.home.membersCardTitle(organisation.name),
        body: strings.home.membersCardBody,
      });
    }
  }
  if (admin) {
    cards.push({
      to: '/admin/erasure-requests',
      title: strings.home.erasureCardTitle,
      body: strings.home.erasureCardBody,
    });
    cards.push({ to: '/admin/audit', title: strings.home.auditCardTitle, body: strings.home.auditCardBody });
  }
  cards.push(
    ...storiesHomeCards(me),
    ...safeguardingHomeCards(me),
    ...cafesHomeCards(me),
    ...analysisHomeCards(me),
    ...coproductionHomeCards(me),
    ...involvementHomeCards(me),
    ...activitiesHomeCards(me),
  );
  cards.push({ to: '/account', title: strings.home.accountCardTitle, body: strings.home.accountCardBody });
  return cards;
}

/** In the message catalogue: read in the language chosen. */
function SignedOutHome() {
  const t = useT();
  return (
    <>
      <PageHeading title={t('home.title')}>{t('home.welcomeTitle')}</PageHeading>
      <p className="lead">{t('home.welcomeLead')}</p>
      <p>{t('home.signInPrompt')}</p>
      <p>
        <Link to="/sign-in" className="button button--primary">
          {t('home.signIn')}
        </Link>
      </p>
      <p>{t('home.invitePrompt')}</p>

      <h2>{t('publicPages.title')}</h2>
      <ul className="link-list">
        {publicPages.map((page) => (
          <li key={page.to}>
            <Link to={page.to} className="link-list__link">
              {t(page.label)}
            </Link>
            <span className="link-list__body">{t(page.body)}</span>
          </li>
        ))}
        <li>
          <Link to="/join" className="link-list__link">
            {t('home.joinPrompt')}
          </Link>
        </li>
      </ul>
    </>
  );
}

/** Not in the catalogue yet: English whatever the language chosen (app/translated-pages.ts). */
function SignedInHome({ me }: { me: MeResponse }) {
  const mainAction = storiesMainAction(me);
  const roleLines = me.memberships.map((membership) =>
    strings.home.roleIn(strings.roles[membership.role], membership.organisationName),
  );
  const adminLine =
    isPartnershipAdmin(me) && me.partnership
      ? strings.home.roleIn(strings.roles.partnership_admin, me.partnership.name)
      : null;
  if (adminLine && !roleLines.includes(adminLine)) roleLines.unshift(adminLine);
  return (
    <>
      <PageHeading title={strings.home.title}>{strings.home.greeting(me.person.displayName)}</PageHeading>
      <p className="lead">{strings.home.lead}</p>
      <SafeguardingCoverageWarning me={me} />
      {mainAction ? (
        <p>
          <Link to={mainAction.to} className="button button--primary">
            {mainAction.label}
          </Link>
        </p>
      ) : null}

      <h2>{strings.home.whatYouCanDo}</h2>
      <ul className="cards">
        {cardsFor(me).map((card) => (
          <li key={card.to} className="card">
            <h3 className="card__title">
              <Link to={card.to} className="card__link">
                {card.title}
              </Link>
            </h3>
            <p className="card__body">{card.body}</p>
          </li>
        ))}
      </ul>

      <h2>{strings.home.yourRoles}</h2>
      {roleLines.length === 0 ? (
        <p>{strings.home.noMemberships}</p>
      ) : (
        <ul className="plain-list">
          {roleLines.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
      )}
    </>
  );
}

export function HomePage() {
  const t = useT();
  const me = useMe();
  if (me.isPending) {
    return (
      <>
        <PageHeading>{t('home.title')}</PageHeading>
        <Loading />
      </>
    );
  }
  if (me.isError) {
    return (
      <>
        <PageHeading>{t('home.title')}</PageHeading>
        <LoadError error={me.error} onRetry={() => void me.refetch()} />
      </>
    );
  }
  return me.data ? <SignedInHome me={me.data} /> : <SignedOutHome />;
}
