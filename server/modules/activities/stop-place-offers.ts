import { recordAudit } from '../../kernel/audit.js';
import type { ModuleContext } from '../../kernel/module.js';
import type { StopHandler } from '../../kernel/news.js';
import { findOrganisationById, findPersonSummary } from '../people/index.js';
import * as repo from './activities.repository.js';

/** The kind of one-click link in "A place has come up": stop offering me places from this waiting list. */
export const STOP_PLACE_OFFERS = 'waiting-list';

/**
 * What the link in "A place has come up" stops: being offered places from that activity's waiting
 * list. Places are offered only to people waiting, so it takes the person off the waiting list of
 * every session of the activity still to come; the place they were given, and any other booked
 * place, stays theirs. The link names the activity and the person, so it acts for them alone.
 */
export function stopPlaceOffers(): StopHandler {
  return {
    async describe(db, [activityId = '', personId = '']) {
      const activity = await repo.findActivity(db, activityId);
      // Someone erased, or an activity gone, leaves nothing to stop: the link is simply not found.
      if (!activity || !(await findPersonSummary(db, personId))) return null;
      const waiting = await repo.countWaitingForActivity(db, activityId, personId, new Date());
      return { what: activity.title, active: waiting > 0 };
    },
    async stop(db, [activityId = '', personId = '']) {
      await db.transaction(async (tx) => {
        const activity = await repo.findActivity(tx, activityId);
        if (!activity) return;
        const left = await repo.leaveWaitingLists(tx, activityId, personId, new Date());
        // Clicking again, or from a mail program and then a browser, records nothing more.
        if (left === 0) return;
        const organisation = await findOrganisationById(tx, activity.organisationId);
        await recordAudit(tx, {
          actorId: personId,
          partnershipId: organisation?.partnershipId ?? null,
          action: 'activity.waiting_list.left_by_link',
          subjectType: 'activity',
          subjectId: activityId,
          details: { places: left },
        });
      });
    },
  };
}

/** The links that stop place offers from this activity's waiting list for this person. */
export function placeOfferStopLinks(context: ModuleContext, activityId: string, personId: string) {
  return context.news.stopLinks(STOP_PLACE_OFFERS, [activityId, personId]);
}
