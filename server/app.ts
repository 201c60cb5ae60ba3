import { existsSync, readFileSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import fastifyCompress from '@fastify/compress';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import fastifyWebsocket from '@fastify/websocket';
import Fastify, { type FastifyInstance } from 'fastify';
import {
  jsonSchemaTransform,
  serializerCompiler,
  validatorCompiler,
  type ZodTypeProvider,
} from 'fastify-type-provider-zod';
import { HealthResponseSchema, setMobileNumberReader } from '../contracts/common.js';
import { SESSION_COOKIE, findSessionPerson } from './kernel/auth.js';
import { createBackgroundWork } from './kernel/background.js';
import type { Config } from './kernel/config.js';
import { createFieldCipher } from './kernel/crypto.js';
import type { DatabaseHandle } from './kernel/db.js';
import { notFound } from './kernel/errors.js';
import { message } from './kernel/i18n.js';
import { createEventBus, type EventBus } from './kernel/events.js';
import {
  refuseNulCharacters,
  registerCsrfProtection,
  maskUrlForLog,
  registerErrorHandling,
  sendProblem,
} from './kernel/http.js';
import type { ModuleContext } from './kernel/module.js';
import { createPersonalDataRegistry } from './kernel/personal-data.js';
import { readMobileNumber } from './kernel/phone.js';
import { createNewsOutbox } from './kernel/news.js';
import { createRateLimiter } from './kernel/rate-limits.js';
import { MODULES, resolveActor, visitorLanguages } from './modules.js';

export type AppDeps = {
  config: Config;
  database: DatabaseHandle;
  /** The deployment's 32-byte secret key: encrypts sensitive fields and keys the rate-limit counters. */
  secretKey: Buffer;
  events?: EventBus;
};

/** What the request log keeps of a request: its method and its address with tokens masked. */
function serializeRequest(request: { method: string; url: string; ip?: string }) {
  return { method: request.method, url: maskUrlForLog(request.url) };
}

/**
 * Database errors carry the query's parameters (names, emails) in their message, so only their
 * type and PostgreSQL error code are logged.
 */
function serializeError(error: Error & { cause?: unknown; code?: unknown }) {
  const cause = error.cause as { code?: unknown; message?: unknown } | undefined;
  if (
    error.name === 'DrizzleQueryError' ||
    (cause && typeof cause.code === 'string' && /^[0-9A-Z]{5}$/.test(cause.code))
  ) {
    return { type: error.name, message: 'database query failed', stack: '', code: cause?.code ?? error.code };
  }
  return { type: error.name, message: error.message, stack: error.stack ?? '' };
}

/**
 * The built web app: dist/web at the root of the project. From the sources this file sits in
 * server/; compiled (`npm run build`) it sits in dist/server, beside dist/web.
 */
export const WEB_DIST_DIR = fileURLToPath(
  new URL(import.meta.url.includes('/dist/server/') ? '../web' : '../dist/web', import.meta.url),
);

const BODY_LIMIT_BYTES = 1024 * 1024;

/** Vite names every file it writes under assets/ by its content hash, so a name never changes meaning. */
const HASHED_ASSETS_DIR = `${WEB_DIST_DIR}${sep}assets${sep}`;

/**
 * Hashed assets are kept by browsers for a year without asking again; everything else (index.html,
 * the favicon) is checked on each visit, so a new release reaches people at once.
 */
export function webCacheControl(filePath: string): string {
  return filePath.startsWith(HASHED_ASSETS_DIR) ? 'public, max-age=31536000, immutable' : 'no-cache';
}

/**
 * Which index.html answers a path of the web app. The build writes, for the pages people open first on
 * a phone (web/app/entry-pages.ts), a copy that also names the page's own scripts, and lists them in
 * entry-pages.json; every other path, and a build without the list, gets the plain index.html.
 */
export function webPageFor(webDir: string): (path: string) => string {
  const listPath = join(webDir, 'entry-pages.json');
  if (!existsSync(listPath)) return () => 'index.html';
  const pages = JSON.parse(readFileSync(listPath, 'utf8')) as { paths: string[]; html: string }[];
  const segments = (path: string) => path.split('/').filter((segment) => segment !== '');
  const routes = pages.flatMap((page) =>
    page.paths.map((path) => ({ pattern: segments(path), html: page.html })),
  );
  return (path) => {
    const wanted = segments(path);
    const route = routes.find(
      ({ pattern }) =>
        pattern.length === wanted.length &&
        pattern.every((part, i) => part.startsWith(':') || part === wanted[i]),
    );
    return route?.html ?? 'index.html';
  };
}

/** Builds the Fastify app without listening, so tests can use `app.inject()`. */
export async function buildApp(deps: AppDeps): Promise<{ app: FastifyInstance; context: ModuleContext }> {
  const { config, database } = deps;
  // Phone numbers in requests are read by libphonenumber-js here, not by the web's quick check.
  setMobileNumberReader(readMobileNumber);
  const proxies = config.trustProxy;
  const app = Fastify({
    bodyLimit: BODY_LIMIT_BYTES,
    // a number of hops becomes "trust the first n hops from this server", never the whole chain
    trustProxy: typeof proxies === 'number' ? (_address: string, hop: number) => hop < proxies : proxies,
    logger:
      config.logLevel === 'silent'
        ? false
        : {
            level: config.logLevel,
            // Personal data and secrets never reach the logs.
            redact: ['req.headers.cookie', 'req.headers.authorization', 'res.headers["set-cookie"]'],
            serializers: { req: serializeRequest, err: serializeError },
          },
  }).withTypeProvider<ZodTypeProvider>();
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);

  const logError = (message: string, error: unknown) => app.log.error({ err: error }, message);
  const context: ModuleContext = {
    db: database.db,
    databaseKind: database.kind,
    config,
    cipher: createFieldCipher(deps.secretKey),
    events: deps.events ?? createEventBus(database),
    personalData: createPersonalDataRegistry(),
    limits: createRateLimiter(database.db, deps.secretKey),
    news: createNewsOutbox(deps.secretKey, config.publicUrl),
    background: createBackgroundWork(logError),
    logError,
  };
  // Work a request left running finishes before the database it uses is closed.
  app.addHook('onClose', () => context.background.settled());

  registerErrorHandling(app);
  // The API speaks JSON only; anything else gets a clear 415 rather than a confusing validation error.
  app.removeContentTypeParser('text/plain');
  await app.register(fastifyCookie);
  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        objectSrc: ["'none'"],
        frameAncestors: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
      },
    },
    strictTransportSecurity: config.publicUrl.startsWith('https://'),
  });
  // Compresses API answers of 1 KB or more for clients that accept it. Event streams are left alone
  // by the plugin's default types, WebSocket frames never pass through it, and the web app's files
  // arrive already compressed (see scripts/build-web.mjs), which the plugin recognises and passes on.
  // Request bodies are not decompressed: the API takes plain JSON only.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    globalDecompression: false,
  });
  await app.register(fastifyWebsocket, { options: { maxPayload: 64 * 1024 } });
  registerCsrfProtection(app, { publicUrl: config.publicUrl });
  refuseNulCharacters(app);

  app.decorateRequest('actor', null);
  app.decorateRequest('offeredLanguages', null);
  app.addHook('onRequest', async (request) => {
    const token = request.cookies[SESSION_COOKIE];
    const personId = token ? await findSessionPerson(database.db, token) : null;
    request.actor = personId ? await resolveActor(database.db, personId) : null;
    request.offeredLanguages = request.actor?.languages ?? (await visitorLanguages(database.db));
  });

  await app.register(fastifySwagger, {
    openapi: {
      info: {
        title: 'Cairn API',
        version: '0.1.0',
        description: 'The open API of Cairn. Errors are answered as application/problem+json.',
      },
      components: {
        securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: SESSION_COOKIE } },
      },
    },
    transform: jsonSchemaTransform,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  app.get('/api/openapi.json', { schema: { hide: true } }, async () => app.swagger());

  app.get(
    '/api/health',
    { schema: { tags: ['system'], response: { 200: HealthResponseSchema } } },
    async () => ({ status: 'ok' as const, database: database.kind }),
  );

  for (const module of MODULES) {
    await app.register(async (scope) => module.register(scope, context), { prefix: '/api' });
  }

  const hasWeb = existsSync(`${WEB_DIST_DIR}/index.html`);
  const webPage = webPageFor(WEB_DIST_DIR);
  if (hasWeb) {
    await app.register(fastifyStatic, {
      root: WEB_DIST_DIR,
      wildcard: false,
      index: false,
      preCompressed: true,
      // The .br and .gz copies are chosen by Accept-Encoding, never asked for by name.
      globIgnore: ['**/*.br', '**/*.gz'],
      setHeaders: (reply, filePath) => reply.header('cache-control', webCacheControl(filePath)),
    });
  }
  app.setNotFoundHandler(async (request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    if (path.startsWith('/api/') || path === '/api' || request.method !== 'GET' || !hasWeb) {
      return sendProblem(
        reply,
        notFound(message('problems.notFound.address', { address: `${request.method} ${path}` })),
      );
    }
    // Client-side routes: every other GET gets the web app, which shows its own "page not found".
    return reply.type('text/html; charset=utf-8').sendFile(webPage(path));
  });

  return { app, context };
}
