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
import type { Translate } from '../lib/i18n/i18n.js';
import { translate, useT } from '../lib/i18n/pages.js';
import type { HomeCard, MenuLink } from '../lib/sections.js';
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

export interface NavItem extends MenuLink {
  end?: boolean;
}

/**
 * The menu for someone signed in, after Home: every part of Cairn their roles open, each by its name in
 * the reader's language (the pages themselves may still be English, and say so when opened).
 */
export function navItemsFor(me: MeResponse, t: Translate = translate): NavItem[] {
  const items: NavItem[] = [
    ...storiesNavItems(me, t),
    ...showcaseNavItems(t),
    ...safeguardingNavItems(me, t),
    ...cafesNavItems(me, t),
    ...analysisNavItems(me, t),
    ...coproductionNavItems(me, t),
    ...involvementNavItems(me, t),
    ...activitiesNavItems(me, t),
  ];
  const admin = isPartnershipAdmin(me);
  const coordinated = coordinatedOrganisations(me);
  if (admin) {
    items.push({ to: '/organisations', label: t('staffSections.organisations') });
  } else if (coordinated.length === 1 && coordinated[0]) {
    items.push({ to: `/organisations/${coordinated[0].id}/members`, label: t('staffSections.members') });
  } else if (coordinated.length > 1) {
    items.push({ to: '/organisations', label: t('staffSections.members') });
  }
  if (admin) {
    items.push({ to: '/admin/erasure-requests', label: t('staffSections.erasureRequests') });
    items.push({ to: '/admin/audit', label: t('staffSections.auditLog') });
    items.push({ to: '/admin/parked-messages', label: t('staffSections.messagesNotSent') });
    items.push({ to: '/admin/languages', label: t('nav.languages') });
  }
  // Last, beside "Sign out": people look for their own settings at the end of a menu.
  items.push({ to: '/account', label: t('sections.myAccount') });
  return items;
}

/**
 * The places the home page offers first, as big buttons: what people in recovery come to Cairn to do
 * (issue: a wall of equal cards hid them). Telling a story is drawn apart, as it starts one at once.
 */
export function mainActionsFor(me: MeResponse, t: Translate): HomeCard[] {
  return [
    ...(mayTakePart(me)
      ? [{ to: '/activities', title: t('sections.whatsOn'), body: t('memberHome.whatsOnBody') }]
      : []),
    ...(mayCoproduce(me)
      ? [{ to: '/coproduction', title: t('sections.haveYourSay'), body: t('memberHome.haveYourSayBody') }]
      : []),
  ];
}

export function cardsFor(me: MeResponse, t: Translate): HomeCard[] {
  const cards: HomeCard[] = [];
  const admin = isPartnershipAdmin(me);
  if (admin) {
    cards.push({
      to: '/organisations',
      title: t('staffSections.organisations'),
      body: strings.home.organisationsCardBody,
      translated: 'title',
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
      title: t('staffSections.erasureRequests'),
      body: strings.home.erasureCardBody,
      translated: 'title',
    });
    cards.push({
      to: '/admin/audit',
      title: t('staffSections.auditLog'),
      body: strings.home.auditCardBody,
      translated: 'title',
    });
    cards.push({
      to: '/admin/languages',
      title: t('nav.languages'),
      body: adminStrings.home.languagesBody,
      translated: 'title',
    });
  }
  cards.push(
    ...storiesHomeCards(me, t),
    ...safeguardingHomeCards(me, t),
    ...cafesHomeCards(me, t),
    ...analysisHomeCards(me, t),
    ...coproductionHomeCards(me, t),
    ...involvementHomeCards(me, t),
    ...activitiesHomeCards(me, t),
  );
  if (mayTakePart(me)) {
    cards.push({
      to: '/join',
      title: t('memberHome.joinCafe'),
      body: t('memberHome.joinCafeBody'),
      translated: 'all',
    });
  }
  cards.push({
    to: '/account',
    title: t('sections.myAccount'),
    body: t('memberHome.accountCardBody'),
    translated: 'all',
  });
  // What the big buttons above already offer is not said twice.
  const main = new Set(mainActionsFor(me, t).map((action) => action.to));
  return cards.filter((card) => !main.has(card.to));
}

/** Marks words from a part of Cairn not yet translated as English, so screen readers read them so. */
const IN_ENGLISH = { lang: 'en-GB', dir: 'ltr' } as const;

/**
 * The signed-in home, in the reader's language: what a member does here (their stories, what's on,
 * having their say, joining a café, their account) and their roles. Every section is named in it; the
 * lines under those of parts not yet translated (for staff and volunteers) and the cards those parts
 * add speak English, and say so, until those parts are translated.
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
          <li key={card.to} {...(card.translated ? {} : IN_ENGLISH)}>
            <Link to={card.to} className="link-list__link">
              {card.title}
            </Link>
            <span className="link-list__body" {...(card.translated === 'title' ? IN_ENGLISH : {})}>
              {card.body}
            </span>
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
