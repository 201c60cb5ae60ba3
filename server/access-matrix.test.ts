import { randomUUID } from 'node:crypto';
import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EndpointDefinition } from '../contracts/endpoint.js';
import * as activities from '../contracts/activities.endpoints.js';
import { AUDIENCES, MEMO_TARGETS } from '../contracts/analysis.js';
import * as analysis from '../contracts/analysis.endpoints.js';
import * as cafes from '../contracts/cafes.endpoints.js';
import * as coproduction from '../contracts/coproduction.endpoints.js';
import * as involvement from '../contracts/involvement.endpoints.js';
import * as people from '../contracts/people.endpoints.js';
import * as stories from '../contracts/stories.endpoints.js';
import { randomToken } from './kernel/crypto.js';
import { createPartnership, DEMO_PASSWORD, DEMO_PEOPLE, seedDemoPartnership } from './modules.js';
import { addPerson, TEST_PASSWORD, uniqueEmail } from './testing/factories.js';
import { cookieOf, createTestApp, type TestApp } from './testing/test-app.js';

/**
 * The access matrix: every route of the API (from the OpenAPI document, and the café's live
 * connection, which the document leaves out) asked by every kind of caller, on the database the
 * run uses (PGlite, or PostgreSQL with DATABASE_URL). Partnership A is the fictional demo, with data
 * of every kind; partnership B is a second partnership on the same server, made as
 * `cairn create-partnership` makes it. Every path is filled with A's ids. It proves:
 *
 * - a visitor is refused with 401 on every route the contracts do not declare public;
 * - B's admin and B's member never read anything of A that a visitor could not read on the same
 *   route (A's names, emails, titles and codes are looked for in every answer), are told an A id
 *   is not there (404) on every read that is not public, and change nothing of A's (every row A
 *   had is still there, unchanged, after every one of their requests);
 * - in A, every role's reads answer with the data or with 404 or 403, never 401 or an error.
 */

type Route = { method: string; path: string; params: string[]; query: { name: string; required: boolean }[] };
type Caller = { name: string; cookie: string | null };

let t: TestApp;
let routes: Route[] = [];
/** Ids of A's rows, by the path parameter that names them (filled right after the demo is seeded). */
let idsFor: (route: Route) => Record<string, string>;
/** Words only partnership A's data holds: names, emails, titles, codes. */
let markers: string[] = [];
let visitor: Caller;
let secondAdmin: Caller;
let secondMember: Caller;
const firstRoles: Caller[] = [];

// --- routes -----------------------------------------------------------------------------------

/** Every endpoint the contracts declare, by `METHOD /api/path/{param}` as the OpenAPI document writes it. */
function declaredEndpoints(): Map<string, EndpointDefinition> {
  const found = new Map<string, EndpointDefinition>();
  for (const module of [activities, analysis, cafes, coproduction, involvement, people, stories]) {
    for (const group of Object.values(module)) {
      if (typeof group !== 'object' || group === null) continue;
      for (const candidate of Object.values(group as Record<string, unknown>)) {
        const definition = candidate as Partial<EndpointDefinition>;
        if (typeof definition.method === 'string' && typeof definition.path === 'string') {
          const path = definition.path.replace(/:([A-Za-z]\w*)/g, '{$1}');
          found.set(`${definition.method} ${path}`, definition as EndpointDefinition);
        }
      }
    }
  }
  return found;
}

/**
 * Plain routes (files, uploads, feeds) are not declared endpoints; these are the only ones anyone
 * may call without signing in. Every other plain route is behind `signedInOnly`.
 */
const PUBLIC_PLAIN_ROUTES = new Set([
  'GET /api/health',
  'GET /api/activities/public/organisations/{organisationId}/calendar.ics',
  'GET /api/activities/feeds/{token}/calendar.ics',
]);

/** The café's live connection: a WebSocket, so not in the OpenAPI document; asked separately below. */
const LIVE_ROUTE = '/api/cafes/{cafeId}/live';

/** Signing out ends the caller's own session: asked last, by a visitor, so every other answer counts. */
const SIGN_OUT = 'POST /api/auth/sign-out';

const key = (route: Route) => `${route.method} ${route.path}`;

let declared: Map<string, EndpointDefinition>;
function isPublic(route: Route): boolean {
  return declared.get(key(route))?.access === 'public' || PUBLIC_PLAIN_ROUTES.has(key(route));
}

// --- A's ids --------------------------------------------------------------------------------------

const snake = (name: string) => name.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);

/** The table holding what a path parameter names, where a parameter's name alone does not say. */
function tableFor(param: string, path: string): string | undefined {
  switch (param) {
    case 'applicationId':
      return path.startsWith('/api/analysis/') ? 'analysis_applications' : 'activity_role_applications';
    case 'commitmentId':
      return path.includes('/charter/') ? 'coproduction_charter_commitments' : 'coproduction_commitments';
    case 'roleId':
      return 'activity_roles';
    case 'alertId':
      return 'safeguarding_alerts';
    case 'cafePriorityId':
      return 'cafe_priorities';
    case 'codeId':
      return 'analysis_codes';
    case 'codebookId':
      return 'analysis_codebooks';
    case 'collectionId':
      return 'story_collections';
    case 'confirmationId':
      return 'story_confirmations';
    case 'entryId':
      return 'involvement_entries';
    case 'eventId':
      return 'consent_events';
    case 'groupId':
      return 'coproduction_groups';
    case 'ideaId':
      return 'cafe_ideas';
    case 'keyMessageId':
      return 'analysis_key_messages';
    case 'mediaId':
      return 'story_media';
    case 'meetingId':
      return 'coproduction_meetings';
    case 'membershipId':
      return 'memberships';
    case 'messageId':
      return 'mail_outbox';
    case 'occurrenceId':
      return 'activity_occurrences';
    case 'opportunityId':
      return 'opportunities';
    case 'partnerId':
      return 'activity_partners';
    case 'partnershipId':
      return 'partnerships';
    case 'personId':
      return 'people';
    case 'photoId':
      return 'cafe_photos';
    case 'priorityId':
      return 'coproduction_priorities';
    case 'projectId':
      return 'analysis_projects';
    case 'proposalId':
      return 'activity_proposals';
    case 'requestId':
      return 'erasure_requests';
    case 'seatId':
      return 'coproduction_seats';
    case 'trainingId':
      return 'training_records';
    case 'actionId':
      return 'coproduction_actions';
    case 'activityId':
      return 'activities';
    default:
      return `${snake(param.replace(/Id$/, ''))}s`;
  }
}

type Row = Record<string, unknown>;

/** The first rows of every table, read while the database holds partnership A alone. */
async function readFirstRows(): Promise<Map<string, Row[]>> {
  const tables = await t.context.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const rows = new Map<string, Row[]>();
  for (const { table_name: table } of tableRows<{ table_name: string }>(tables)) {
    const result = await t.context.db.execute(sql.raw(`select * from "${table}" limit 50`));
    rows.set(table, tableRows(result) as Row[]);
  }
  return rows;
}

/** Rows of a query's result, whichever driver answered (node-postgres or PGlite). */
function tableRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  return ((result as { rows?: T[] }).rows ?? []) as T[];
}

/**
 * Fills a route's parameters from A's rows, the last first: a child is chosen, then its parent is
 * the one it belongs to (a story's consent event, then that story), so nested paths name real pairs.
 */
function fillerFrom(rows: Map<string, Row[]>): (route: Route) => Record<string, string> {
  return (route) => {
    const values: Record<string, string> = {};
    const chosen: Row[] = [];
    for (const param of [...route.params].reverse()) {
      if (param === 'token') {
        values[param] = randomToken();
        continue;
      }
      const column = snake(param);
      const fromChild = chosen.map((row) => row[column]).find((value) => typeof value === 'string');
      if (typeof fromChild === 'string') {
        values[param] = fromChild;
        continue;
      }
      const table = tableFor(param, route.path);
      const row = table ? rows.get(table)?.[0] : undefined;
      if (row && typeof row.id === 'string') {
        values[param] = row.id;
        chosen.push(row);
      } else {
        values[param] = randomUUID();
      }
    }
    return values;
  };
}

/** Values for the query parameters routes need, so a request is refused for who asks, not for its form. */
const QUERY_VALUES: Record<string, string> = {
  q: 'recovery',
  from: '2026-01-01',
  to: '2026-12-31',
  unit: 'story',
  limit: '10',
  targetKind: MEMO_TARGETS[0],
  targetId: randomUUID(),
  audience: AUDIENCES[0],
};

function urlOf(route: Route): string {
  const ids = idsFor(route);
  const path = route.path.replace(/\{(\w+)\}/g, (_match, name: string) =>
    encodeURIComponent(ids[name] ?? ''),
  );
  const query = route.query
    .filter((parameter) => parameter.required || parameter.name in QUERY_VALUES)
    .map((parameter) => `${parameter.name}=${encodeURIComponent(QUERY_VALUES[parameter.name] ?? 'x')}`);
  return query.length > 0 ? `${path}?${query.join('&')}` : path;
}

async function ask(caller: Caller, route: Route): Promise<LightMyRequestResponse> {
  const options: InjectOptions = {
    method: route.method as InjectOptions['method'],
    url: urlOf(route),
    headers: caller.cookie ? { cookie: caller.cookie } : {},
  };
  if (!['GET', 'DELETE'].includes(route.method)) options.payload = {};
  return t.app.inject(options);
}

function markersIn(response: LightMyRequestResponse): string[] {
  const body = response.body.toLowerCase();
  return markers.filter((marker) => body.includes(marker));
}

/** Every row of every table, as text, by table: what a caller must leave as it was. */
async function snapshot(): Promise<Map<string, Set<string>>> {
  const tables = await t.context.db.execute<{ table_name: string }>(
    sql`select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'`,
  );
  const all = new Map<string, Set<string>>();
  for (const { table_name: table } of tableRows<{ table_name: string }>(tables)) {
    // counters and the job schedule move with time, not with who asked
    if (table === 'rate_limit_counters' || table === 'scheduled_jobs' || table.startsWith('__')) continue;
    const result = await t.context.db.execute(sql.raw(`select t::text as row from "${table}" t`));
    all.set(table, new Set(tableRows<{ row: string }>(result).map((r) => r.row)));
  }
  return all;
}

async function signIn(email: string, password: string): Promise<string> {
  const response = await t.app.inject({
    method: 'POST',
    url: '/api/auth/sign-in',
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed for ${email}: ${response.body}`);
  return cookieOf(response);
}

/** Runs `work` over `items`, a few at a time. */
async function inBatches<T, R>(items: T[], size: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = [];
  for (let i = 0; i < items.length; i += size) {
    results.push(...(await Promise.all(items.slice(i, i + size).map(work))));
  }
  return results;
}

beforeAll(async () => {
  t = await createTestApp();
  declared = declaredEndpoints();
  expect(await seedDemoPartnership(t.context)).toBe(true);

  // A alone is in the database now: its first rows give the ids, and its words the markers.
  const rows = await readFirstRows();
  idsFor = fillerFrom(rows);
  const words = await t.context.db.execute<{ word: string }>(sql`
    select email as word from people
    union select display_name from people
    union select title from stories union select safe_title from stories
    union select title from cafes union select join_code from cafes
    union select title from analysis_projects
    union select name from coproduction_groups
    union select title from activities
    union select title from story_collections
    union select title from coproduction_priorities
    union select name from organisations
    union select name from partnerships`);
  markers = [
    ...new Set(
      tableRows<{ word: string | null }>(words)
        .map((row) => row.word?.trim().toLowerCase() ?? '')
        .filter((word) => word.length >= 6),
    ),
  ];

  // B: a second partnership on the same server, with its admin and a member.
  const adminEmail = uniqueEmail('second-admin');
  const second = await createPartnership(t.context, {
    name: 'Matrix Second Partnership',
    organisationName: 'Matrix Second Office',
    admin: { email: adminEmail, password: TEST_PASSWORD, displayName: 'Second Admin' },
  });
  const adminCookie = await signIn(adminEmail, TEST_PASSWORD);
  const member = await addPerson(
    t.app,
    { cookie: adminCookie, personId: second.personId, email: adminEmail },
    second.organisationId,
    'member',
    'Second Member',
  );
  visitor = { name: 'a visitor', cookie: null };
  secondAdmin = { name: "the second partnership's admin", cookie: adminCookie };
  secondMember = { name: "the second partnership's member", cookie: member.cookie };
  for (const person of DEMO_PEOPLE) {
    firstRoles.push({ name: `A's ${person.role}`, cookie: await signIn(person.email, DEMO_PASSWORD) });
  }
  // As in production: the development outbox answers nobody.
  t.context.config.devOutbox = false;

  const spec = (await t.app.inject({ method: 'GET', url: '/api/openapi.json' })).json<{
    paths: Record<
      string,
      Record<string, { parameters?: { in: string; name: string; required?: boolean }[] }>
    >;
  }>();
  routes = Object.entries(spec.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, operation]) => ({
      method: method.toUpperCase(),
      path,
      params: [...path.matchAll(/\{(\w+)\}/g)].map((match) => match[1] ?? ''),
      query: (operation.parameters ?? [])
        .filter((parameter) => parameter.in === 'query')
        .map((parameter) => ({ name: parameter.name, required: parameter.required === true })),
    })),
  );
}, 300_000);
afterAll(async () => t.close());

// About 1,300 requests, reports rendered among them: some 25 s on a quiet machine, given room for a busy one.
describe('the access matrix', { timeout: 180_000 }, () => {
  it('covers every route: each declared endpoint is in the OpenAPI document, and there are over 200', () => {
    const documented = new Set(routes.map(key));
    const missing = [...declared.keys()].filter((endpoint) => !documented.has(endpoint));
    expect(missing).toEqual([]);
    expect(routes.length).toBeGreaterThan(200);
    // the café photo upload and every other plain route is asked like the rest
    expect(documented.has('POST /api/cafes/{cafeId}/photos')).toBe(true);
    expect(documented.has('GET /api/cafes/{cafeId}/photos/{photoId}')).toBe(true);
    for (const route of PUBLIC_PLAIN_ROUTES) expect(documented.has(route), route).toBe(true);
  });

  it('refuses a visitor with 401 on every route not declared public, and never fails', async () => {
    const answers = await inBatches(routes, 8, async (route) => ({
      route: key(route),
      status: (await ask(visitor, route)).statusCode,
      isPublic: isPublic(route),
    }));
    const wrong = answers.filter(({ status, isPublic: open }) => (open ? status >= 500 : status !== 401));
    expect(wrong).toEqual([]);
    expect(answers.filter((answer) => answer.isPublic).length).toBeGreaterThan(20);
  });

  it("never shows B's people anything of A's a visitor could not see, nor lets them change it", async () => {
    const before = await snapshot();
    expect(before.get('stories')?.size).toBeGreaterThan(10);
    const problems: string[] = [];
    const probed = routes.filter((route) => key(route) !== SIGN_OUT);
    const seen = await inBatches(probed, 6, async (route) => {
      const open = (await ask(visitor, route)).body.toLowerCase();
      const outcomes = [];
      for (const caller of [secondAdmin, secondMember]) {
        const response = await ask(caller, route);
        const leaked = markersIn(response).filter((marker) => !open.includes(marker));
        outcomes.push({ caller: caller.name, response, leaked });
      }
      return { route, outcomes };
    });
    for (const { route, outcomes } of seen) {
      for (const { caller, response, leaked } of outcomes) {
        const status = response.statusCode;
        const where = `${key(route)} by ${caller} (${status})`;
        if (status >= 500) problems.push(`${where}: failed`);
        if (leaked.length > 0) problems.push(`${where}: showed ${leaked.slice(0, 3).join(', ')}`);
        if (route.params.length === 0 || isPublic(route)) continue;
        if (route.method === 'GET' && status !== 404)
          problems.push(`${where}: a read of A's not answered 404`);
        if (route.method !== 'GET' && status < 400) problems.push(`${where}: a change to A's accepted`);
      }
    }
    expect(problems).toEqual([]);
    // Most of them reached a decision about A's data, not a complaint about the request's form.
    const decided = seen
      .filter(({ route }) => route.params.length > 0 && !isPublic(route))
      .flatMap(({ outcomes }) => outcomes)
      .filter(({ response }) => response.statusCode === 404);
    expect(decided.length).toBeGreaterThan(150);

    const after = await snapshot();
    const changed: string[] = [];
    for (const [table, rows] of before) {
      const now = after.get(table) ?? new Set<string>();
      const lost = [...rows].filter((row) => !now.has(row));
      if (lost.length > 0) changed.push(`${table}: ${lost.length} row(s) changed or gone`);
    }
    expect(changed).toEqual([]);
  });

  it("keeps B's people off A's live café board", async () => {
    const cafeId = idsFor({ method: 'GET', path: LIVE_ROUTE, params: ['cafeId'], query: [] }).cafeId ?? '';
    for (const caller of [visitor, secondAdmin, secondMember]) {
      const closed = await new Promise<{ code: number; heard: string }>((resolve, reject) => {
        let heard = '';
        t.app
          .injectWS(`/api/cafes/${cafeId}/live`, { headers: caller.cookie ? { cookie: caller.cookie } : {} })
          .then((socket) => {
            socket.on('message', (data: Buffer) => (heard += data.toString()));
            socket.on('close', (code: number) => resolve({ code, heard }));
          }, reject);
      });
      expect(closed.code, caller.name).toBe(4401);
      expect(markers.filter((marker) => closed.heard.toLowerCase().includes(marker))).toEqual([]);
    }
  });

  // A public route may still want a credential of its own: a café's board answers 401 to anyone,
  // signed in or not, who has not joined that café with its code.
  it('answers every role in A on every read with the data, 404 or 403: never 401 where signing in is all it takes, never a failure', async () => {
    const reads = routes.filter((route) => route.method === 'GET');
    const problems: string[] = [];
    const pairs = firstRoles.flatMap((caller) => reads.map((route) => ({ caller, route })));
    const answers = await inBatches(pairs, 12, async ({ caller, route }) => ({
      caller,
      route,
      status: (await ask(caller, route)).statusCode,
    }));
    for (const { caller, route, status } of answers) {
      const refusedForNoReason = status === 401 && !isPublic(route);
      if (refusedForNoReason || status >= 500 || ![200, 401, 403, 404, 409].includes(status)) {
        problems.push(`${key(route)} by ${caller.name}: ${status}`);
      }
    }
    expect(problems).toEqual([]);
  });

  it('lets a visitor sign out, last', async () => {
    const route = routes.find((candidate) => key(candidate) === SIGN_OUT);
    if (!route) throw new Error('no sign-out route');
    expect((await ask(visitor, route)).statusCode).toBe(200);
  });
});
