import type { Readable } from 'node:stream';
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { hasZodFastifySchemaValidationErrors, isResponseSerializationError } from 'fastify-type-provider-zod';
import { ProblemSchema } from '../../contracts/common.js';
import { AppError, titleOf, type ErrorCode, type FieldProblem } from './errors.js';
import { message, requestLanguage, say, type Text } from './i18n.js';
import { STOP_TOKEN } from './news.js';

/**
 * Reads the optional `Idempotency-Key` header that makes a retry safe: a request sent again with the
 * same key (after a timeout, or from a phone's offline queue) is answered without doing it twice.
 */
export function readIdempotencyKey(request: FastifyRequest): string | undefined {
  const value = request.headers['idempotency-key'];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || !/^[A-Za-z0-9_.:-]{8,100}$/.test(value)) {
    throw new AppError('bad_request', message('problems.idempotencyKey'));
  }
  return value;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8';

/** Sends an RFC 9457 problem answer, in the language of the request (see `requestLanguage`). */
export function sendProblem(reply: FastifyReply, error: AppError): FastifyReply {
  const language = requestLanguage(reply.request);
  if (error.retryAfterSeconds !== undefined)
    void reply.header('retry-after', String(error.retryAfterSeconds));
  const errors = error.fieldProblems?.map((field) => ({
    path: field.path,
    message: say(field.message, language),
  }));
  const detail =
    error.summarisesFields && errors
      ? errors.map((f) => (f.path ? `${f.path}: ${f.message}` : f.message)).join('; ')
      : say(error.text, language);
  return reply
    .status(error.status)
    .type(PROBLEM_CONTENT_TYPE)
    .header('content-language', language)
    .send({
      type: `urn:cairn:problem:${error.code}`,
      title: say(titleOf(error.code), language),
      status: error.status,
      detail,
      code: error.code,
      ...(errors ? { errors } : {}),
    });
}

// Fastify's own errors for malformed requests, as the plain-English problems people see.
const FASTIFY_ERRORS: Record<string, { code: ErrorCode; message: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { code: 'bad_request', message: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: {
    code: 'bad_request',
    message: 'The request says it has a JSON body but the body is empty.',
  },
  FST_ERR_CTP_BODY_TOO_LARGE: { code: 'payload_too_large', message: 'The request body is too large.' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: {
    code: 'unsupported_media_type',
    message: 'This content type is not accepted here. Send JSON with Content-Type: application/json.',
  },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: {
    code: 'bad_request',
    message: 'The Content-Length header does not match the body.',
  },
};

function fieldPath(context: string | undefined, instancePath: string): string {
  const path = instancePath.replace(/^\//, '').replaceAll('/', '.');
  return context && context !== 'body' ? [context, path].filter(Boolean).join('.') : path;
}

function toAppError(error: FastifyError, request: FastifyRequest): AppError | undefined {
  if (error instanceof AppError) return error;
  if (hasZodFastifySchemaValidationErrors(error)) {
    const fieldErrors: FieldProblem[] = error.validation.map((issue) => {
      const path = fieldPath(error.validationContext, issue.instancePath);
      // zod's message for unknown keys names the keys; keep it. A contract's own message is
      // translated on the way out (`say` finds it by its English words).
      return { path, message: issue.message ?? 'This value is not valid.' };
    });
    const summary = fieldErrors
      .map((f) => (f.path ? `${f.path}: ${say(f.message, 'en')}` : say(f.message, 'en')))
      .join('; ');
    const appError = new AppError('validation_failed', summary, fieldErrors);
    appError.summarisesFields = true;
    return appError;
  }
  const known = error.code ? FASTIFY_ERRORS[error.code] : undefined;
  if (known) return new AppError(known.code, known.message);
  if (error.statusCode !== undefined && error.statusCode >= 400 && error.statusCode < 500) {
    request.log.debug({ code: error.code }, 'client error');
    return new AppError(error.statusCode === 404 ? 'not_found' : 'bad_request', error.message);
  }
  return undefined;
}

/** One error handler for the whole API: every failure becomes a problem answer, never a stack trace. */
export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const appError = toAppError(error, request);
    if (appError) return sendProblem(reply, appError);
    if (isResponseSerializationError(error)) {
      request.log.error(
        { route: request.routeOptions.url, issues: error.cause.issues },
        'response did not match its schema',
      );
    } else {
      // Anything else is unexpected: log it, but do not describe it to the client.
      request.log.error({ err: error }, 'unexpected error');
    }
    return sendProblem(reply, new AppError('internal', message('problems.internal')));
  });
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

/**
 * CSRF protection for cookie sessions: a state-changing request that a browser marks as coming
 * from another site is refused. Requests carrying neither `Sec-Fetch-Site` nor `Origin` come from
 * non-browser clients (scripts, the CLI), which cannot ride a person's cookies, so they pass.
 *
 * A WebSocket opens with a GET, but it carries the person's cookie into a live two-way channel, so
 * its handshake is held to more: browsers always send `Origin` with it, and it must be the origin of
 * `CAIRN_PUBLIC_URL` exactly (not merely the Host the request names, which a DNS-rebinding page
 * controls), as well as pass the `Sec-Fetch-Site` check.
 */
export function registerCsrfProtection(app: FastifyInstance, options: { publicUrl: string }): void {
  const allowedOrigin = new URL(options.publicUrl).origin;
  app.addHook('onRequest', async (request, reply) => {
    const opensWebSocket = request.headers.upgrade?.toLowerCase() === 'websocket';
    if (SAFE_METHODS.has(request.method) && !opensWebSocket) return;
    const site = request.headers['sec-fetch-site'];
    const origin = request.headers.origin;
    let allowed = true;
    if (opensWebSocket) {
      allowed =
        (typeof origin !== 'string' || origin === allowedOrigin) &&
        (typeof site !== 'string' || site === 'same-origin' || site === 'none');
    } else if (typeof site === 'string') {
      allowed = site === 'same-origin' || site === 'none';
    } else if (typeof origin === 'string') {
      const host = request.headers.host;
      allowed = origin === allowedOrigin || (host !== undefined && sameHost(origin, host));
    }
    if (!allowed) {
      return sendProblem(reply, new AppError('cross_site_request', message('problems.crossSite')));
    }
  });
}

/** Parsed JSON is plain objects and arrays; anything else (an upload stream, a buffer) is not looked into. */
function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype: unknown = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/** The path of the first string in a JSON body that holds a NUL character, if any. */
export function findNulCharacter(value: unknown, path: string[] = []): string | null {
  if (typeof value === 'string') return value.includes('\u0000') ? path.join('.') || 'body' : null;
  // JSON bodies are limited in size, but not in depth: stop well before the stack would.
  if (path.length > 64) return null;
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = findNulCharacter(item, [...path, String(index)]);
      if (found) return found;
    }
    return null;
  }
  if (isPlainObject(value)) {
    for (const [key, item] of Object.entries(value)) {
      const found = findNulCharacter(item, [...path, key]);
      if (found) return found;
    }
  }
  return null;
}

/**
 * PostgreSQL cannot store a NUL character in text (the only character valid UTF-8 may carry that
 * it refuses), so a request holding one, in its body, its query string or its path, is refused at
 * the edge with the field named, instead of failing deep inside with a 500 (they come from pasted
 * binary). One rule for every route, so no text field can be missed.
 */
export function refuseNulCharacters(app: FastifyInstance): void {
  app.addHook('preValidation', async (request, reply) => {
    // a parsed query string or path is a record of strings, whatever its prototype
    const inQuery = findNulCharacter({ ...(request.query as Record<string, unknown> | undefined) });
    const inPath = findNulCharacter({ ...(request.params as Record<string, unknown> | undefined) });
    const path =
      findNulCharacter(request.body) ??
      (inQuery ? `query.${inQuery}` : null) ??
      (inPath ? `params.${inPath}` : null);
    if (!path) return;
    return sendProblem(
      reply,
      new AppError('validation_failed', message('problems.invisibleCharacter'), [
        { path, message: message('problems.invisibleCharacterField') },
      ]),
    );
  });
}

function sameHost(origin: string, host: string): boolean {
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The error answers every route may give, for its response schema. */
export const PROBLEM_RESPONSES = {
  400: ProblemSchema,
  401: ProblemSchema,
  403: ProblemSchema,
  404: ProblemSchema,
  409: ProblemSchema,
};

/**
 * Registers routes that take a raw upload (a file body of any type) in their own scope, so the body
 * reaches the handler as a stream, never parsed or buffered by the framework.
 */
export function registerUploadRoutes(
  scope: FastifyInstance,
  register: (uploads: FastifyInstance) => void,
): void {
  void scope.register(async (uploads) => {
    uploads.removeAllContentTypeParsers();
    uploads.addContentTypeParser('*', (_request, payload, done) => done(null, payload));
    register(uploads);
  });
}

/** The upload stream of a request registered with `registerUploadRoutes`. */
export function uploadBody(request: FastifyRequest): Readable {
  return (request.body as Readable | undefined) ?? request.raw;
}

/** Reads an upload into memory, refusing it with `tooLarge` once it passes `limit` bytes. */
export async function readUpload(body: Readable, limit: number, tooLarge: Text): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of body) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    size += buffer.length;
    if (size > limit) throw new AppError('payload_too_large', tooLarge);
    chunks.push(buffer);
  }
  return Buffer.concat(chunks);
}

/** Content types of the files Cairn hands out. */
export const DOWNLOAD_TYPES = {
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pdf: 'application/pdf',
  csv: 'text/csv; charset=utf-8',
  qdpx: 'application/zip',
  qdc: 'application/xml; charset=utf-8',
} as const;

/** Sends a generated file as a download with its name (names are made by Cairn, never typed by people). */
export function sendDownload(
  reply: FastifyReply,
  file: { data: Buffer | string; filename: string },
  type: keyof typeof DOWNLOAD_TYPES,
): FastifyReply {
  return reply
    .type(DOWNLOAD_TYPES[type])
    .header('content-disposition', `attachment; filename="${file.filename}"`)
    .send(file.data);
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// Link tokens are 32 random bytes in base64url: long, and never the lower-case words of a route.
const TOKEN_LIKE = /^[A-Za-z0-9_-]{20,}$/;

/**
 * A request's address as the logs may keep it: no query string (search words, filters), and every
 * link token (invitations, resets, confirmations, calendar feeds, unsubscribe links) replaced, since
 * a token in a log is a key to someone's account or data.
 */
export function maskUrlForLog(url: string): string {
  const path = url.split('?')[0] ?? '';
  return path
    .split('/')
    .map((segment) =>
      (TOKEN_LIKE.test(segment) && !UUID.test(segment) && /[A-Z0-9_]/.test(segment)) ||
      // a stop link's token (news.ts); a built file's name ("page-DiwrgT4a.js") is far shorter after its dot
      STOP_TOKEN.test(segment)
        ? '[token]'
        : segment,
    )
    .join('/');
}
