import type { RateLimit } from '../../kernel/rate-limits.js';
import { message } from '../../kernel/i18n.js';
import type { ModuleContext } from '../../kernel/module.js';

const TEN_MINUTES = 10 * 60_000;

/**
 * Guesses at one account from one address. Keyed on both, so nobody can lock a person out of their
 * own account from elsewhere.
 */
export const SIGN_IN_PER_ADDRESS_AND_EMAIL: RateLimit = {
  name: 'people.sign-in-per-address-and-email',
  max: 10,
  windowMs: TEN_MINUTES,
  refusal: message('people.signIn.tooManyForEmail'),
};

/**
 * Failed sign-ins from one address whatever the email (password spraying). Only failures count, so a
 * room of people signing in over one Wi-Fi address is never held up.
 */
export const FAILED_SIGN_IN_PER_ADDRESS: RateLimit = {
  name: 'people.failed-sign-in-per-address',
  max: 20,
  windowMs: TEN_MINUTES,
  refusal: message('people.signIn.tooManyFromNetwork'),
};

export const RESET_REQUEST_PER_ADDRESS_AND_EMAIL: RateLimit = {
  name: 'people.reset-request-per-address-and-email',
  max: 10,
  windowMs: TEN_MINUTES,
  refusal: 'Too many reset requests for this email address.',
};

/** Reset requests send mail: one address may not use Cairn to mail many people. */
export const RESET_REQUEST_PER_ADDRESS: RateLimit = {
  name: 'people.reset-request-per-address',
  max: 20,
  windowMs: TEN_MINUTES,
  refusal: 'Too many reset requests from your network.',
};

/**
 * Tries at choosing a new password with one link. Per link, not per address: people behind one shared
 * address each reset with their own link. (A link is 32 random bytes, so it cannot be guessed.)
 */
export const RESET_COMPLETION_PER_LINK: RateLimit = {
  name: 'people.reset-completion-per-link',
  max: 10,
  windowMs: TEN_MINUTES,
  refusal: 'Too many tries with this reset link.',
};

function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/** Runs a sign-in within its limits; a sign-in that succeeds is not held against its address. */
export async function withinSignInLimits<T>(
  context: ModuleContext,
  address: string,
  email: string,
  signIn: () => Promise<T>,
): Promise<T> {
  await context.limits.count(SIGN_IN_PER_ADDRESS_AND_EMAIL, `${address}|${normaliseEmail(email)}`);
  // checked first and counted only when the sign-in fails, so people signing in at the same moment
  // over one Wi-Fi address never add up to a refusal
  await context.limits.refuseWhenOver(FAILED_SIGN_IN_PER_ADDRESS, address);
  try {
    return await signIn();
  } catch (failure) {
    await context.limits.count(FAILED_SIGN_IN_PER_ADDRESS, address).catch(() => undefined);
    throw failure;
  }
}

export async function countResetRequest(
  context: ModuleContext,
  address: string,
  email: string,
): Promise<void> {
  // the address first: one refused there adds nothing to any one person's count
  await context.limits.count(RESET_REQUEST_PER_ADDRESS, address);
  await context.limits.count(RESET_REQUEST_PER_ADDRESS_AND_EMAIL, `${address}|${normaliseEmail(email)}`);
}

export async function countResetCompletion(context: ModuleContext, token: string): Promise<void> {
  await context.limits.count(RESET_COMPLETION_PER_LINK, token);
}
