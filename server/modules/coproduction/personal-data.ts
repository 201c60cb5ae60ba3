import type { PersonalDataHandler } from '../../kernel/personal-data.js';
import * as repo from './personal-data.repository.js';

/** What co-production holds about a person, for their export, and how erasure leaves it. */
export const coproductionPersonalData: PersonalDataHandler = {
  module: 'coproduction',
  async exportFor(db, personId) {
    const data = await repo.findPersonalData(db, personId);
    return {
      groups: data.memberOf.map((g) => g.name),
      meetingsAttended: data.attended,
      seatsHeld: data.held,
      interestInSeats: data.interests,
      subscriptions: data.subscriptions.map((s) => ({
        priority: s.title,
        unsubscribedAt: s.unsubscribedAt?.toISOString() ?? null,
      })),
      notifications: data.notifications.map((n) => ({ text: n.text, at: n.createdAt.toISOString() })),
    };
  },
  async erase(db, personId) {
    const n = await repo.erasePersonalData(db, personId);
    return (
      `${n.groups} group memberships and ${n.interests} expressions of interest removed; ` +
      `${n.attendance} meeting attendances kept without a name; ${n.seats} seats made vacant; ` +
      `${n.subscriptions} subscriptions and their notifications deleted`
    );
  },
};
