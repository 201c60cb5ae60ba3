import argon2 from 'argon2';
import { and, eq, gt, lt, ne } from 'drizzle-orm';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Actor } from './access.js';
import { hashToken, randomToken } from './crypto.js';
import type { DbOrTx } from './db.js';
import { message, type Message } from './i18n.js';
import { sessions } from './kernel.tables.js';

export const SESSION_COOKIE = 'cairn_session';
/** Each café a browser has joined has its own participant cookie, named with this (see modules/cafes). */
export const CAFE_PARTICIPANT_COOKIE = 'cairn_p_';
/** Each café whose table-host link a browser has opened has its own table-host cookie, named with this. */
export const CAFE_TABLE_HOST_COOKIE = 'cairn_h_';
/** Where a café participant or table-host cookie is sent: the café API only, so no other request carries it. */
export const CAFE_PARTICIPANT_COOKIE_PATH = '/api/cafes';
const SESSION_DAYS = 14;
const DAY_MS = 86_400_000;
// Sliding expiry is refreshed at most this often, so reads don't write on every request.
const REFRESH_AFTER_MS = 60 * 60 * 1000;

// OWASP's argon2id baseline (19 MiB, 2 passes) keeps sign-in fast on a small server.
const ARGON2_OPTIONS = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export async function hashPassword(password: string): Promise<string> {
  return argon2.hash(password, ARGON2_OPTIONS);
}

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

// A dummy hash to verify against when no account matches, so timing does not reveal which emails exist.
let dummyHash: Promise<string> | undefined;
export async function verifyAgainstDummy(password: string): Promise<void> {
  dummyHash ??= hashPassword('cairn-timing-equaliser');
  await verifyPassword(await dummyHash, password);
}

const COMMON_PASSWORDS = new Set([
  'password',
  'password1',
  'password12',
  'password123',
  'password1234',
  '1234567890',
  '12345678910',
  'qwertyuiop',
  'qwerty1234',
  'qwerty12345',
  'iloveyou12',
  'letmein123',
  'welcome123',
  'abc1234567',
  'football12',
  'princess12',
  'sunshine12',
  'changeme12',
  'adminadmin',
  'administrator',
  'passw0rd12',
  '1111111111',
  '0000000000',
  'aaaaaaaaaa',
  'recovery123',
  'cairn12345',
]);

/**
 * Why a password is too weak, or null when it will do. Length matters most (NCSC/NIST guidance);
 * we also refuse well-known passwords and ones built from the email address. Said as a catalogue
 * message, so the person choosing a password reads why in their language.
 */
export function findPasswordWeakness(password: string, email?: string): Message | null {
  if (password.length < 10) return message('people.password.tooShort');
  const lower = password.toLowerCase();
  if (COMMON_PASSWORDS.has(lower)) return message('people.password.tooCommon');
  if (new Set(lower).size < 4) return message('people.password.repeats');
  const localPart = email?.split('@')[0]?.toLowerCase();
  if (localPart && localPart.length >= 4 && lower.includes(localPart)) {
    return message('people.password.containsEmail');
  }
  return null;
}

export type SessionCookieOptions = { secure: boolean };

/** Starts a session and sets its cookie. */
export async function startSession(
  db: DbOrTx,
  reply: FastifyReply,
  personId: string,
  options: SessionCookieOptions,
): Promise<void> {
  const token = randomToken();
  const expiresAt = new Date(Date.now() + SESSION_DAYS * DAY_MS);
  await db.insert(sessions).values({ id: hashToken(token), personId, expiresAt });
  reply.setCookie(SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'lax',
    secure: options.secure,
    path: '/',
    expires: expiresAt,
  });
}

/** Ends the request's session (if any) and clears the cookie. */
export async function endSession(db: DbOrTx, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const token = request.cookies[SESSION_COOKIE];
  if (token) await db.delete(sessions).where(eq(sessions.id, hashToken(token)));
  reply.clearCookie(SESSION_COOKIE, { path: '/' });
}

/** Ends every session of a person (after a password change or reset, or erasure), except the current one. */
export async function endAllSessions(db: DbOrTx, personId: string, exceptToken?: string): Promise<void> {
  const others = exceptToken ? ne(sessions.id, hashToken(exceptToken)) : undefined;
  await db.delete(sessions).where(and(eq(sessions.personId, personId), others));
}

/** The person behind a session token, extending the session while it is in use. */
export async function findSessionPerson(db: DbOrTx, token: string): Promise<string | null> {
  const id = hashToken(token);
  const now = new Date();
  const [row] = await db
    .select()
    .from(sessions)
    .where(and(eq(sessions.id, id), gt(sessions.expiresAt, now)));
  if (!row) return null;
  if (now.getTime() - row.lastSeenAt.getTime() > REFRESH_AFTER_MS) {
    await db
      .update(sessions)
      .set({ lastSeenAt: now, expiresAt: new Date(now.getTime() + SESSION_DAYS * DAY_MS) })
      .where(eq(sessions.id, id));
  }
  return row.personId;
}

/** Removes expired sessions; run now and then. */
export async function deleteExpiredSessions(db: DbOrTx): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, new Date()));
}

/** Loads the actor for a person id; supplied by the people module when the app is built. */
export type ActorResolver = (db: DbOrTx, personId: string) => Promise<Actor | null>;
