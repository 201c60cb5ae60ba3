import Fastify, { type FastifyInstance } from 'fastify';
import { serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { endpoint, fillPath, queryString } from '../../contracts/endpoint.js';
import type { Actor } from './access.js';
import { registerEndpoint } from './endpoints.js';
import { registerErrorHandling } from './http.js';

const greet = endpoint({
  method: 'POST',
  path: '/api/rooms/:roomId/greetings',
  access: 'signed-in',
  summary: 'Greet a room',
  params: z.object({ roomId: z.string().regex(/^r\d+$/) }),
  query: z.object({ loud: z.enum(['yes', 'no']).default('no') }),
  body: z.object({ words: z.string().min(1) }),
  status: 201,
  response: z.object({ said: z.string(), by: z.string() }),
});

const notice = endpoint({
  method: 'GET',
  path: '/api/notice',
  access: 'public',
  summary: 'The notice board',
  status: 200,
  response: z.object({ text: z.string(), reader: z.string().nullable() }),
});

const KIM: Actor = {
  personId: 'p-1',
  displayName: 'Kim',
  email: 'kim@example.org',
  partnershipId: null,
  partnershipOrganisationIds: [],
  languages: ['en'],
  memberships: [],
  language: null,
};

let app: FastifyInstance;
beforeAll(async () => {
  app = Fastify();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  registerErrorHandling(app);
  app.decorateRequest('actor', null);
  // Stands in for the session lookup: a request saying who it is, as the cookie would.
  app.addHook('onRequest', async (request) => {
    request.actor = request.headers['x-who'] === 'kim' ? KIM : null;
  });
  await app.register(
    async (scope) => {
      registerEndpoint(scope, greet, ({ actor, params, query, body }) => ({
        said: `${query.loud === 'yes' ? body.words.toUpperCase() : body.words} in ${params.roomId}`,
        by: actor.displayName,
      }));
      registerEndpoint(scope, notice, ({ actor }) => ({ text: 'Open', reader: actor?.displayName ?? null }));
    },
    { prefix: '/api' },
  );
  await app.ready();
});
afterAll(async () => app.close());

describe('declared endpoints', () => {
  it('answers with the declared status and the parsed input', async () => {
    const response = await app.inject({
      method: 'POST',
      url: `${fillPath(greet.path, { roomId: 'r7' })}${queryString({ loud: 'yes' })}`,
      headers: { 'x-who': 'kim' },
      payload: { words: 'hello' },
    });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toEqual({ said: 'HELLO in r7', by: 'Kim' });
  });

  it('refuses a signed-in endpoint to a visitor at the edge, before the handler runs', async () => {
    const response = await app.inject({ method: 'POST', url: '/api/rooms/r7/greetings', payload: {} });
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ code: 'unauthenticated' });
  });

  it('validates params and body against the contract, naming the field', async () => {
    const response = await app.inject({
      method: 'POST',
      url: '/api/rooms/seven/greetings',
      headers: { 'x-who': 'kim' },
      payload: { words: '' },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'validation_failed' });
  });

  it('lets anyone call a public endpoint, telling the handler who (if anyone) asked', async () => {
    expect((await app.inject({ method: 'GET', url: '/api/notice' })).json()).toEqual({
      text: 'Open',
      reader: null,
    });
    expect(
      (await app.inject({ method: 'GET', url: '/api/notice', headers: { 'x-who': 'kim' } })).json(),
    ).toEqual({ text: 'Open', reader: 'Kim' });
  });

  it('fills paths with encoded values and leaves empty query values out', () => {
    expect(fillPath('/api/a/:x/b/:y', { x: 'one two', y: 'é/1' })).toBe('/api/a/one%20two/b/%C3%A9%2F1');
    expect(() => fillPath('/api/a/:x', {})).toThrow(/:x/);
    expect(queryString({ q: 'rest', page: 2, codeId: undefined, tag: ['a', 'b'] })).toBe(
      '?q=rest&page=2&tag=a&tag=b',
    );
    expect(queryString({})).toBe('');
  });
});
