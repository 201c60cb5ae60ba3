import { and, asc, desc, eq, isNull } from 'drizzle-orm';
import type { DbOrTx } from '../../../kernel/db.js';
import { notifications, prioritySubscriptions, unsubscribeLinks } from '../coproduction.tables.js';

export async function findPersonSubscription(db: DbOrTx, priorityId: string, personId: string) {
  const [row] = await db
    .select()
    .from(prioritySubscriptions)
    .where(
      and(eq(prioritySubscriptions.priorityId, priorityId), eq(prioritySubscriptions.personId, personId)),
    );
  return row;
}

export async function insertSubscription(
  db: DbOrTx,
  values: {
    priorityId: string;
    personId?: string | null;
    contactEncrypted?: string | null;
    language?: string | null;
  },
) {
  await db.insert(prioritySubscriptions).values(values).onConflictDoNothing();
}

export async function resubscribe(db: DbOrTx, id: string) {
  await db
    .update(prioritySubscriptions)
    .set({ unsubscribedAt: null })
    .where(eq(prioritySubscriptions.id, id));
}

/** Ends a subscription and forgets the contact it held. */
export async function unsubscribe(db: DbOrTx, id: string) {
  await db
    .update(prioritySubscriptions)
    .set({ unsubscribedAt: new Date(), contactEncrypted: null, language: null })
    .where(and(eq(prioritySubscriptions.id, id), isNull(prioritySubscriptions.unsubscribedAt)));
}

export async function findActiveSubscriptions(db: DbOrTx, priorityId: string) {
  return db
    .select()
    .from(prioritySubscriptions)
    .where(
      and(eq(prioritySubscriptions.priorityId, priorityId), isNull(prioritySubscriptions.unsubscribedAt)),
    )
    .orderBy(asc(prioritySubscriptions.createdAt));
}

export async function findSubscribedPriorityIds(db: DbOrTx, personId: string): Promise<Set<string>> {
  const rows = await db
    .select({ priorityId: prioritySubscriptions.priorityId })
    .from(prioritySubscriptions)
    .where(and(eq(prioritySubscriptions.personId, personId), isNull(prioritySubscriptions.unsubscribedAt)));
  return new Set(rows.map((r) => r.priorityId));
}

export async function insertUnsubscribeLink(
  db: DbOrTx,
  values: { tokenHash: string; subscriptionId: string },
) {
  await db.insert(unsubscribeLinks).values(values);
}

export async function findSubscriptionIdByTokenHash(db: DbOrTx, tokenHash: string) {
  const [row] = await db
    .select({ subscriptionId: unsubscribeLinks.subscriptionId })
    .from(unsubscribeLinks)
    .where(eq(unsubscribeLinks.tokenHash, tokenHash));
  return row?.subscriptionId;
}

export async function insertNotifications(db: DbOrTx, values: (typeof notifications.$inferInsert)[]) {
  if (values.length > 0) await db.insert(notifications).values(values);
}

export async function findNotificationsOfPerson(db: DbOrTx, personId: string, limit = 100) {
  return db
    .select()
    .from(notifications)
    .where(eq(notifications.personId, personId))
    .orderBy(desc(notifications.createdAt))
    .limit(limit);
}
