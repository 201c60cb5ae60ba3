import type { EffectiveConsent } from '../../../contracts/stories.js';
import { hasRole, isPartnershipAdmin, organisationsWithRole, type Actor } from '../../kernel/access.js';
import { allows } from './consent/index.js';
import { mayWorkAlert, type AlertFacts } from './safeguarding/index.js';

export type StoryAccess = 'storyteller' | 'collector' | 'safeguarding' | 'analyst' | 'partner';

/** Roles that read de-identified stories for analysis within their organisation. */
const ANALYST_ROLES = ['peer_supporter', 'facilitator', 'coordinator'] as const;

export type StoryFacts = {
  organisationId: string;
  createdBy: string;
  collectedBy: string | null;
  storytellerPersonIds: string[];
  status: string;
  safeguardingHold: boolean;
  /** Alerts the story raised; a lead who may work one of them may read the story. */
  alerts: AlertFacts[];
  hasDeidentifiedVersion: boolean;
  consent: EffectiveConsent;
};

/**
 * How the actor relates to a story, or null when they may not see it at all (deny by default).
 * The storyteller and collector see everything; a safeguarding lead sees a story only once it has
 * raised an alert they may work (their organisation's, or one escalated to them); analysts and partners see only de-identified text, only
 * with the storyteller's consent, and never while the story is held for safeguarding.
 */
export function accessToStory(actor: Actor, story: StoryFacts): StoryAccess | null {
  if (story.storytellerPersonIds.includes(actor.personId)) return 'storyteller';
  if (story.collectedBy === actor.personId || story.createdBy === actor.personId) return 'collector';
  if (story.alerts.some((alert) => mayWorkAlert(actor, alert))) return 'safeguarding';
  const shareable =
    !story.safeguardingHold &&
    story.status !== 'draft' &&
    story.status !== 'withdrawn' &&
    story.hasDeidentifiedVersion;
  if (!shareable) return null;
  if (allows(story.consent, 'analysis') && hasRole(actor, ANALYST_ROLES, story.organisationId))
    return 'analyst';
  if (
    allows(story.consent, 'partners') &&
    story.consent.partnerOrganisationIds.some((orgId) =>
      actor.memberships.some(
        (m) => m.organisationId === orgId && (ANALYST_ROLES as readonly string[]).includes(m.role),
      ),
    )
  ) {
    return 'partner';
  }
  return null;
}

/** The original text (encrypted at rest) is for the storyteller, the collector and, after an alert, the lead. */
export function mayReadOriginal(access: StoryAccess | null): boolean {
  return access === 'storyteller' || access === 'collector' || access === 'safeguarding';
}

/** Editing the draft, reviewing redactions and recording consent belong to the storyteller and collector. */
export function mayCurate(access: StoryAccess | null): boolean {
  return access === 'storyteller' || access === 'collector';
}

/** Who may start a story in an organisation: members write their own; peer supporters record others'. */
export function mayCreateStory(actor: Actor, organisationId: string, channel: string): boolean {
  if (channel === 'written') return hasRole(actor, ['member', ...ANALYST_ROLES], organisationId);
  return hasRole(actor, ANALYST_ROLES, organisationId);
}

/**
 * Organisations whose consented, de-identified stories the actor may analyse (search uses this; it
 * must agree with `accessToStory`). A partnership admin analyses across their partnership.
 */
export function analystOrganisations(actor: Actor): string[] {
  const own = organisationsWithRole(actor, ANALYST_ROLES);
  return isPartnershipAdmin(actor) ? [...new Set([...own, ...actor.partnershipOrganisationIds])] : own;
}

/** Organisations through which the actor may read stories shared with partners (must agree with `accessToStory`). */
export function partnerReaderOrganisations(actor: Actor): string[] {
  return organisationsWithRole(actor, ANALYST_ROLES);
}
