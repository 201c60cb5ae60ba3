import { OkSchema } from './common.js';
import { endpoint } from './endpoint.js';
import {
  MeResponseSchema,
  PasswordResetCompleteRequestSchema,
  PasswordResetRequestSchema,
  SignInRequestSchema,
} from './people.js';

/** Signing in and out, and getting back into an account. */
export const authEndpoints = {
  signIn: endpoint({
    method: 'POST',
    path: '/api/auth/sign-in',
    access: 'public',
    summary: 'Sign in with email and password; starts a session cookie',
    body: SignInRequestSchema,
    status: 200,
    response: MeResponseSchema,
  }),
  signOut: endpoint({
    method: 'POST',
    path: '/api/auth/sign-out',
    access: 'public',
    summary: 'End this session (a visitor with no session is told ok too)',
    status: 200,
    response: OkSchema,
  }),
  requestPasswordReset: endpoint({
    method: 'POST',
    path: '/api/auth/password-reset',
    access: 'public',
    summary: 'Email a reset link if the address has an account; the answer is the same either way',
    body: PasswordResetRequestSchema,
    status: 202,
    response: OkSchema,
  }),
  completePasswordReset: endpoint({
    method: 'POST',
    path: '/api/auth/password-reset/complete',
    access: 'public',
    summary: 'Choose a new password with a reset link; ends every other session',
    body: PasswordResetCompleteRequestSchema,
    status: 200,
    response: OkSchema,
  }),
};
