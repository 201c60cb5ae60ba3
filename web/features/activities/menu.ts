// What the signed-in menu and home page offer for this part of Cairn. Kept apart from routes.tsx,
// which every visitor loads, so the words these need arrive only for people who are signed in.
import type { MeResponse } from '../../../contracts/people.js';
import { coordinatedOrganisations } from '../../lib/session.js';
import { activitiesStrings } from '../../lib/strings/activities.js';
import type { Translate } from '../../lib/i18n/i18n.js';
import type { HomeCard, MenuLink } from '../../lib/sections.js';
import { communityStrings } from '../../lib/strings/community.js';
import { programmeOrganisations } from './membership.js';

/** Anyone with a membership of an organisation sees its programme. */
export function mayTakePart(me: MeResponse | null | undefined): boolean {
  return (me?.memberships.length ?? 0) > 0;
}

export function activitiesNavItems(me: MeResponse | null | undefined, t: Translate): MenuLink[] {
  return mayTakePart(me) ? [{ to: '/activities', label: t('sections.whatsOn') }] : [];
}

export function activitiesHomeCards(me: MeResponse, t: Translate): HomeCard[] {
  if (!mayTakePart(me)) return [];
  const h = activitiesStrings.home;
  const community = communityStrings.home;
  return [
    { to: '/activities', title: t('sections.whatsOn'), body: h.body, translated: 'title' },
    {
      to: '/activities/proposals',
      title: t('sections.activityIdeas'),
      body: t('memberHome.activityIdeasBody'),
      translated: 'all',
    },
    {
      to: '/activities/roles',
      title: t('sections.placements'),
      body: t('memberHome.placementsBody'),
      translated: 'all',
    },
    {
      to: '/activities/partners',
      title: t('sections.helpElsewhere'),
      body: t('memberHome.helpElsewhereBody'),
      translated: 'all',
    },
    ...programmeOrganisations(me).map((organisation) => ({
      to: `/activities/plan?organisation=${organisation.id}`,
      title: activitiesStrings.plan.homeTitle(organisation.name),
      body: activitiesStrings.plan.homeBody,
    })),
    ...coordinatedOrganisations(me).flatMap((organisation) => [
      {
        to: `/activities/reach?organisation=${organisation.id}`,
        title: h.reachTitle(organisation.name),
        body: h.reachBody,
      },
      {
        to: `/activities/outreach?organisation=${organisation.id}`,
        title: community.outreachTitle(organisation.name),
        body: community.outreachBody,
      },
    ]),
  ];
}
