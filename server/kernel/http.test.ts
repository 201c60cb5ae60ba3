import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../testing/test-app.js';
import { signInAsNewAdmin } from '../testing/factories.js';
import { maskUrlForLog } from './http.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => t.close());

function expectProblem(
  response: { statusCode: number; headers: Record<string, unknown>; json: () => unknown },
  status: number,
  code: string,
) {
  expect(response.statusCode).toBe(status);
  expect(String(response.headers['content-type'])).toContain('application/problem+json');
  expect(response.json()).toMatchObject({ status, code, type: `urn:cairn:problem:${code}` });
}

describe('every bad request gets a problem answer', () => {
  it('answers health', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    expect(response.json()).toEqual({
      status: 'ok',
      database: process.env.DATABASE_URL ? 'postgres' : 'pglite',
    });
  });

  it('a NUL character anywhere in a body, with the field named', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'kim@example.org', password: 'pass\u0000word' },
    });
    expectProblem(response, 400, 'validation_failed');
    expect(response.json<{ errors: { path: string }[] }>().errors).toEqual([
      { path: 'password', message: 'Retype this, or paste it as plain text' },
    ]);
  });

  it('never looks inside an upload stream, and stops at any depth', async () => {
    const { PassThrough } = await import('node:stream');
    const { findNulCharacter } = await import('./http.js');
    const stream = new PassThrough();
    expect(findNulCharacter(stream)).toBeNull();
    let deep: unknown = 'a\u0000';
    for (let level = 0; level < 10_000; level++) deep = [deep];
    expect(findNulCharacter(deep)).toBeNull();
    expect(findNulCharacter({ a: [{ b: 'x\u0000' }] })).toBe('a.0.b');
  });

  it('malformed JSON', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'application/json' },
      payload: '{"email": ',
    });
    expectProblem(response, 400, 'bad_request');
  });

  it('wrong types and unknown fields, with each field named', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 42, password: 'x', admin: true },
    });
    expectProblem(response, 400, 'validation_failed');
    const errors = response.json<{ errors: { path: string; message: string }[] }>().errors;
    expect(errors).toContainEqual({ path: 'email', message: 'This must be text' });
    expect(errors.some((e) => e.message.includes('admin'))).toBe(true);
  });

  it('oversize bodies', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      payload: { email: 'a@b.example', password: 'x'.repeat(2 * 1024 * 1024) },
    });
    expectProblem(response, 413, 'payload_too_large');
  });

  it('an unsupported content type', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/auth/sign-in',
      headers: { 'content-type': 'text/plain' },
      payload: 'hello',
    });
    expectProblem(response, 415, 'unsupported_media_type');
  });

  it('unknown routes', async () => {
    expectProblem(await t.app.inject({ method: 'GET', url: '/api/no-such-thing' }), 404, 'not_found');
    expectProblem(await t.app.inject({ method: 'DELETE', url: '/anything' }), 404, 'not_found');
  });

  it('a bad identifier in the path, once signed in; a visitor is refused before anything is read', async () => {
    const admin = await signInAsNewAdmin(t.app, t.context);
    const url = '/api/organisations/not-a-uuid/members';
    expectProblem(await t.as(admin, { method: 'GET', url }), 400, 'validation_failed');
    expectProblem(await t.as(null, { method: 'GET', url }), 401, 'unauthenticated');
  });
});

describe('CSRF protection', () => {
  const signOut = (headers: Record<string, string>) =>
    t.app.inject({ method: 'POST', url: '/api/auth/sign-out', headers });

  it('refuses cross-site requests', async () => {
    expectProblem(await signOut({ 'sec-fetch-site': 'cross-site' }), 403, 'cross_site_request');
    expectProblem(await signOut({ 'sec-fetch-site': 'same-site' }), 403, 'cross_site_request');
    expectProblem(await signOut({ origin: 'https://evil.example' }), 403, 'cross_site_request');
  });

  it('refuses a live connection (WebSocket) opened from another site', async () => {
    const open = (headers: Record<string, string>) =>
      t.app.inject({
        method: 'GET',
        url: '/api/cafes/7c9e6679-7425-40de-944b-e07fc1f90ae7/live',
        headers: { connection: 'Upgrade', upgrade: 'websocket', ...headers },
      });
    expectProblem(await open({ origin: 'https://evil.example' }), 403, 'cross_site_request');
    expectProblem(await open({ 'sec-fetch-site': 'cross-site' }), 403, 'cross_site_request');
    // A DNS-rebinding page names its own host in both Origin and Host, and its browser calls that
    // same-origin: only CAIRN_PUBLIC_URL's origin may open a live connection.
    expectProblem(
      await open({
        origin: 'http://attacker.example',
        host: 'attacker.example',
        'sec-fetch-site': 'same-origin',
      }),
      403,
      'cross_site_request',
    );
    expect((await open({ origin: t.config.publicUrl, 'sec-fetch-site': 'same-origin' })).statusCode).not.toBe(
      403,
    );
    expect((await open({ 'sec-fetch-site': 'same-origin' })).statusCode).not.toBe(403);
    // A plain GET from another site reads nothing it could not read anyway: it is not refused here.
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/health', headers: { origin: 'https://evil.example' } }))
        .statusCode,
    ).toBe(200);
  });

  it('lets same-origin browsers and non-browser clients through', async () => {
    expect((await signOut({ 'sec-fetch-site': 'same-origin' })).statusCode).toBe(200);
    expect((await signOut({ origin: 'http://cairn.test:8080', host: 'cairn.test:8080' })).statusCode).toBe(
      200,
    );
    expect((await signOut({})).statusCode).toBe(200);
  });

  it('never blocks safe methods', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/health',
      headers: { 'sec-fetch-site': 'cross-site' },
    });
    expect(response.statusCode).toBe(200);
  });
});

describe('security headers and API description', () => {
  it('sends a strict content security policy', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers['x-content-type-options']).toBe('nosniff');
  });

  it('serves OpenAPI generated from the contracts, and the docs page', async () => {
    const spec = await t.app.inject({ method: 'GET', url: '/api/openapi.json' });
    const paths = Object.keys(spec.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(expect.arrayContaining(['/api/health', '/api/auth/sign-in', '/api/me']));
    const docs = await t.app.inject({ method: 'GET', url: '/api/docs/' });
    expect(docs.statusCode).toBe(200);
  });
});

describe('what the request log keeps of an address', () => {
  const token = 'Yq3v_8Kp0ZrT2mLx9wB4nC6dE1fG5hJ7kQ0sU2yA3bc';
  it('replaces link tokens wherever they sit in the path', () => {
    expect(maskUrlForLog(`/api/activities/feeds/${token}/calendar.ics`)).toBe(
      '/api/activities/feeds/[token]/calendar.ics',
    );
    expect(maskUrlForLog(`/api/coproduction/unsubscribe/${token}`)).toBe(
      '/api/coproduction/unsubscribe/[token]',
    );
    expect(maskUrlForLog(`/reset-password/${token}`)).toBe('/reset-password/[token]');
    // A stop link's token: its kind, two uuids and an HMAC, each written in base64url, joined by dots.
    const stop = 'waiting-list.O3mDq8yLTv2Cb0Qd6sJkMQ.5zV9k2XwRfaHQ1tPZB8m2A.Yq3v_8Kp0ZrT2mLx9wB4nA';
    expect(maskUrlForLog(`/api/unsubscribe/${stop}`)).toBe('/api/unsubscribe/[token]');
    expect(maskUrlForLog(`/unsubscribe/${stop}`)).toBe('/unsubscribe/[token]');
    expect(maskUrlForLog(`/api/invitations/${token}/accept`)).toBe('/api/invitations/[token]/accept');
  });

  it('keeps ids and route words, and drops the query string', () => {
    const id = '7c9e6679-7425-40de-944b-e07fc1f90ae7';
    expect(maskUrlForLog(`/api/stories/${id}/versions?q=my+sister`)).toBe(`/api/stories/${id}/versions`);
    expect(maskUrlForLog('/api/activities/partnership-organisations')).toBe(
      '/api/activities/partnership-organisations',
    );
    expect(maskUrlForLog('/assets/unsubscribe-page-DiwrgT4a.js')).toBe(
      '/assets/unsubscribe-page-DiwrgT4a.js',
    );
  });
});
