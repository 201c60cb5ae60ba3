// What only someone signed in sees of the app's frame: their menu and their home page, each naming
// every part of Cairn their roles open, in that part's own words. The layout and the home page load
// this module once `/api/me` says someone is signed in, both from the one chunk so the menu and the
// page arrive together; visitors and café participants never download it.
import { Link } from 'react-router';
import type { MeResponse } from '../../contracts/people.js';
import { PageHeading } from '../components/page-heading.js';
import { coordinatedOrganisations, isPartnershipAdmin } from '../lib/session.js';
import { strings } from '../lib/strings.js';
import { adminStrings } from '../lib/strings/admin.js';
import { activitiesHomeCards, activitiesNavItems } from '../features/activities/menu.js';
import { analysisHomeCards, analysisNavItems } from '../features/analysis/menu.js';
import { cafesHomeCards, cafesNavItems } from '../features/cafes/menu.js';
import { coproductionHomeCards, coproductionNavItems } from '../features/coproduction/menu.js';
import { involvementHomeCards, involvementNavItems } from '../features/involvement/menu.js';
import { safeguardingHomeCards, safeguardingNavItems } from '../features/safeguarding/menu.js';
import { showcaseNavItems } from '../features/showcase/menu.js';
import { storiesHomeCards, storiesMainAction, storiesNavItems } from '../features/stories/menu.js';
import { SafeguardingCoverageWarning } from '../features/stories/safeguarding-coverage.js';

export interface NavItem {
  to: string;
  label: string;
  end?: boolean;
  /** Said in the reader's language; the other links name areas still in English, and say so (lang). */
  translated?: boolean;
}

/** The menu for someone signed in, after Home (which the layout says in the reader's language): every part of Cairn their roles open. */
export function navItemsFor(me: MeResponse): NavItem[] {
  const items: NavItem[] = [
    ...storiesNavItems(me),
    ...showcaseNavItems,
    ...safeguardingNavItems(me),
    ...cafesNavItems(me),
    ...analysisNavItems(me),
    ...coproductionNavItems(me),
    ...involvementNavItems(me),
    ...activitiesNavItems(me),
  ];
  const admin = isPartnershipAdmin(me);
  const coordinated = coordinatedOrganisations(me);
  if (admin) {
    items.push({ to: '/organisations', label: strings.nav.organisations });
  } else if (coordinated.length === 1 && coordinated[0]) {
    items.push({ to: `/organisations/${coordinated[0].id}/members`, label: strings.nav.members });
  } else if (coordinated.length > 1) {
    items.push({ to: '/organisations', label: strings.nav.members });
  }
  if (admin) {
    items.push({ to: '/admin/erasure-requests', label: strings.nav.erasureRequests });
    items.push({ to: '/admin/audit', label: strings.nav.audit });
    items.push({ to: '/admin/parked-messages', label: adminStrings.nav.parkedMessages });
  }
  // Last, beside "Sign out": people look for their own settings at the end of a menu.
  items.push({ to: '/account', label: strings.nav.account });
  return items;
}

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

export function SignedInHome({ me }: { me: MeResponse }) {
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
