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
import { sectionNames, staffSectionNames } from '../lib/strings/sections.js';
import { translate, type Translate } from '../lib/i18n/i18n.js';
import { useT } from '../lib/i18n/pages.js';
import { activitiesHomeCards, activitiesNavItems, mayTakePart } from '../features/activities/menu.js';
import { analysisHomeCards, analysisNavItems } from '../features/analysis/menu.js';
import { cafesHomeCards, cafesNavItems } from '../features/cafes/menu.js';
import { coproductionHomeCards, coproductionNavItems, mayCoproduce } from '../features/coproduction/menu.js';
import { involvementHomeCards, involvementNavItems } from '../features/involvement/menu.js';
import { safeguardingHomeCards, safeguardingNavItems } from '../features/safeguarding/menu.js';
import { showcaseNavItems } from '../features/showcase/menu.js';
import { mayTellStory, storiesHomeCards, storiesNavItems } from '../features/stories/menu.js';
import { SafeguardingCoverageWarning } from '../features/stories/safeguarding-coverage.js';
import { TellYourStory } from '../features/stories/start-story.js';

export { SignOutButton } from './sign-out.js';

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
    items.push({ to: '/organisations', label: staffSectionNames.organisations });
  } else if (coordinated.length === 1 && coordinated[0]) {
    items.push({ to: `/organisations/${coordinated[0].id}/members`, label: staffSectionNames.members });
  } else if (coordinated.length > 1) {
    items.push({ to: '/organisations', label: staffSectionNames.members });
  }
  if (admin) {
    items.push({ to: '/admin/erasure-requests', label: staffSectionNames.erasureRequests });
    items.push({ to: '/admin/audit', label: staffSectionNames.auditLog });
    items.push({ to: '/admin/parked-messages', label: staffSectionNames.messagesNotSent });
    items.push({ to: '/admin/languages', label: translate('nav.languages'), translated: true });
  }
  // Last, beside "Sign out": people look for their own settings at the end of a menu.
  items.push({ to: '/account', label: sectionNames.myAccount });
  return items;
}

/** A place listed below the main actions, with a line saying what it is for. */
interface Card {
  to: string;
  title: string;
  body: string;
  /** Said in the reader's language; the other cards name areas still in English, and say so (lang). */
  translated?: boolean;
}

/** The cards a member sees, in the catalogue; every other part's card still speaks English. */
function inReadersWords(card: Card, t: Translate): Card {
  if (card.to === '/stories') {
    return {
      to: card.to,
      title: t('memberHome.storiesCardTitle'),
      body: t('memberHome.storiesCardBody'),
      translated: true,
    };
  }
  return card;
}

/**
 * The places the home page offers first, as big buttons: what people in recovery come to Cairn to do
 * (issue: a wall of equal cards hid them). Telling a story is drawn apart, as it starts one at once.
 */
export function mainActionsFor(me: MeResponse, t: Translate): Card[] {
  return [
    ...(mayTakePart(me)
      ? [{ to: '/activities', title: t('memberHome.whatsOn'), body: t('memberHome.whatsOnBody') }]
      : []),
    ...(mayCoproduce(me)
      ? [{ to: '/coproduction', title: t('memberHome.haveYourSay'), body: t('memberHome.haveYourSayBody') }]
      : []),
  ];
}

export function cardsFor(me: MeResponse, t: Translate): Card[] {
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
    cards.push({
      to: '/admin/languages',
      title: adminStrings.home.languagesTitle,
      body: adminStrings.home.languagesBody,
    });
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
  if (mayTakePart(me)) {
    cards.push({
      to: '/join',
      title: t('memberHome.joinCafe'),
      body: t('memberHome.joinCafeBody'),
      translated: true,
    });
  }
  cards.push({
    to: '/account',
    title: t('memberHome.accountCardTitle'),
    body: t('memberHome.accountCardBody'),
    translated: true,
  });
  // What the big buttons above already offer is not said twice.
  const main = new Set(mainActionsFor(me, t).map((action) => action.to));
  return cards.filter((card) => !main.has(card.to)).map((card) => inReadersWords(card, t));
}

/**
 * The signed-in home, in the reader's language: what a member does here (their stories, what's on,
 * having their say, joining a café, their account) and their roles. Cards of the other parts of Cairn
 * (for staff and volunteers) speak English, and say so, until those parts are translated.
 */
export function SignedInHome({ me }: { me: MeResponse }) {
  const t = useT();
  const main = mainActionsFor(me, t);
  const roleIn = (role: string, organisation: string) =>
    t('memberHome.roleIn', { role: t('memberHome.role', { role }), organisation });
  const roleLines = me.memberships.map((membership) => roleIn(membership.role, membership.organisationName));
  const adminLine =
    isPartnershipAdmin(me) && me.partnership ? roleIn('partnership_admin', me.partnership.name) : null;
  if (adminLine && !roleLines.includes(adminLine)) roleLines.unshift(adminLine);
  return (
    <>
      <PageHeading title={t('home.title')}>
        {t('memberHome.greeting', { name: me.person.displayName })}
      </PageHeading>
      <SafeguardingCoverageWarning me={me} />
      {mayTellStory(me) || main.length > 0 ? (
        <section aria-labelledby="main-actions-title">
          <h2 id="main-actions-title" className="visually-hidden">
            {t('memberHome.mainActions')}
          </h2>
          <ul className="main-actions">
            {mayTellStory(me) ? (
              <li>
                <TellYourStory me={me} />
                <span className="main-actions__body">{t('memberHome.tellYourStoryBody')}</span>
              </li>
            ) : null}
            {main.map((action) => (
              <li key={action.to}>
                <Link to={action.to} className="button button--secondary">
                  {action.title}
                </Link>
                <span className="main-actions__body">{action.body}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <h2>{t('memberHome.more')}</h2>
      <ul className="link-list">
        {cardsFor(me, t).map((card) => (
          <li
            key={card.to}
            lang={card.translated ? undefined : 'en-GB'}
            dir={card.translated ? undefined : 'ltr'}
          >
            <Link to={card.to} className="link-list__link">
              {card.title}
            </Link>
            <span className="link-list__body">{card.body}</span>
          </li>
        ))}
      </ul>

      <h2>{t('memberHome.yourRoles')}</h2>
      {roleLines.length === 0 ? (
        <p>{t('memberHome.noMemberships')}</p>
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
