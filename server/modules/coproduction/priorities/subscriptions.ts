import type { Actor } from '../../../kernel/access.js';
import { hashToken } from '../../../kernel/crypto.js';
import { notFound } from '../../../kernel/errors.js';
import type { ModuleContext } from '../../../kernel/module.js';
import { loadPriority } from './priority-loader.js';
import * as repo from './subscriptions.repository.js';

export async function subscribe(context: ModuleContext, actor: Actor, priorityId: string) {
  await loadPriority(context.db, actor, priorityId);
  const existing = await repo.findPersonSubscription(context.db, priorityId, actor.personId);
  if (existing) await repo.resubscribe(context.db, existing.id);
  else await repo.insertSubscription(context.db, { priorityId, personId: actor.personId });
  return { subscribed: true };
}

export async function unsubscribeMe(context: ModuleContext, actor: Actor, priorityId: string) {
  await loadPriority(context.db, actor, priorityId);
  const existing = await repo.findPersonSubscription(context.db, priorityId, actor.personId);
  if (existing) await repo.unsubscribe(context.db, existing.id);
  return { subscribed: false };
}

/** One click from an email, no sign-in. Using the link again is harmless. */
export async function unsubscribeByToken(context: ModuleContext, token: string) {
  const subscriptionId = await repo.findSubscriptionIdByTokenHash(context.db, hashToken(token));
  if (!subscriptionId) throw notFound('unsubscribeLink');
  await repo.unsubscribe(context.db, subscriptionId);
  return { subscribed: false };
}

export async function listNotifications(context: ModuleContext, actor: Actor) {
  const rows = await repo.findNotificationsOfPerson(context.db, actor.personId);
  return {
    notifications: rows.map((n) => ({
      id: n.id,
      priorityId: n.priorityId,
      commitmentId: n.commitmentId,
      text: n.text,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}
