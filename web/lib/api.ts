import type { z } from 'zod';
import type { Problem } from '../../contracts/common.js';
import {
  fillPath,
  queryString,
  type EndpointCall,
  type EndpointDefinition,
  type EndpointResponse,
} from '../../contracts/endpoint.js';
import type { AnswerCheck } from '../../contracts/answer-check.js';
import { currentLanguage, translate } from './i18n/i18n.js';

/** An error answer from the API, always shaped as a problem (RFC 9457). */
export class ApiError extends Error {
  readonly status: number;
  readonly problem: Problem;

  constructor(status: number, problem: Problem) {
    super(problem.detail);
    this.name = 'ApiError';
    this.status = status;
    this.problem = problem;
  }
}

function localProblem(status: number, code: string, detail: string): Problem {
  return { type: 'about:blank', title: detail, status, code, detail };
}

/**
 * Reads a problem answer. A small hand check rather than the contract's schema, so that showing an
 * error (such as "please sign in" to a visitor) never waits for the validation library to download.
 */
function asProblem(body: unknown): Problem | null {
  if (typeof body !== 'object' || body === null) return null;
  const { type, title, status, detail, code, errors } = body as Record<string, unknown>;
  if (typeof type !== 'string' || typeof title !== 'string' || typeof status !== 'number') return null;
  if (typeof detail !== 'string' || typeof code !== 'string') return null;
  const problem: Problem = { type, title, status, detail, code };
  if (Array.isArray(errors)) {
    problem.errors = errors.flatMap((item: unknown) => {
      if (typeof item !== 'object' || item === null) return [];
      const { path, message } = item as Record<string, unknown>;
      return typeof path === 'string' && typeof message === 'string' ? [{ path, message }] : [];
    });
  }
  return problem;
}

/** A contract's schema, one loaded when needed, or a zod-free check of the same answer (contracts/answer-check.ts). */
export type SchemaSource<T> = z.ZodType<T> | AnswerCheck<T> | (() => Promise<z.ZodType<T>>);

interface RequestOptions {
  method?: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';
  body?: unknown;
  /** A file sent as it is, with its own content type (photos, recordings). */
  file?: Blob;
  signal?: AbortSignal;
  /** Makes a retry safe: the server does a request it has seen with this key only once. */
  idempotencyKey?: string;
  /** Further headers an endpoint reads (named in its contract). */
  headers?: Record<string, string>;
}

async function send(path: string, options: RequestOptions): Promise<Response> {
  // The language on screen, so the server's problems arrive in it.
  const headers: Record<string, string> = {
    ...options.headers,
    accept: 'application/json',
    'accept-language': currentLanguage(),
  };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const init: RequestInit = {
    method: options.method ?? 'GET',
    credentials: 'same-origin',
    headers,
    signal: options.signal ?? null,
  };
  if (options.file) {
    headers['content-type'] = options.file.type || 'application/octet-stream';
    init.body = options.file;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    init.body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw new ApiError(0, localProblem(0, 'network_error', translate('errors.network')));
  }
  if (!response.ok) {
    let problem: Problem = localProblem(response.status, 'unexpected_error', translate('errors.generic'));
    try {
      problem = asProblem(await response.json()) ?? problem;
    } catch {
      // Not JSON: keep the generic problem.
    }
    throw new ApiError(response.status, problem);
  }
  return response;
}

/** Calls the API and checks the answer against its contract. */
export async function apiRequest<T>(
  path: string,
  source: SchemaSource<T>,
  options: RequestOptions = {},
): Promise<T> {
  const response = await send(path, options);
  const schema = typeof source === 'function' ? await source() : source;
  let json: unknown;
  try {
    json = await response.json();
  } catch {
    throw new ApiError(
      response.status,
      localProblem(response.status, 'bad_response', translate('errors.badResponse')),
    );
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    throw new ApiError(
      response.status,
      localProblem(response.status, 'bad_response', translate('errors.badResponse')),
    );
  }
  return parsed.data;
}

/** Calls the API when the answer carries nothing we need. */
export async function apiAction(path: string, options: RequestOptions = {}): Promise<void> {
  const response = await send(path, options);
  // Drain the body so the connection can be reused.
  await response.text().catch(() => '');
}

export function isApiError(error: unknown, status?: number): error is ApiError {
  return error instanceof ApiError && (status === undefined || error.status === status);
}

/** The API answered that there is no such thing (404), or that the address cannot name one (400). */
export function isMissing(error: unknown): boolean {
  return isApiError(error, 404) || isApiError(error, 400);
}

/** For useQuery's `retry`: try twice more, unless the thing is missing, which asking again will not change. */
export function retryUnlessMissing(count: number, error: Error): boolean {
  return !isMissing(error) && count < 2;
}

/** What went wrong, in words: the API's own detail when it answered with a problem, otherwise a generic line. */
export function errorText(error: unknown): string {
  return isApiError(error) ? error.problem.detail : translate('errors.generic');
}

/**
 * Calls a declared endpoint (see contracts/endpoint.ts): the path is filled from `params`, the
 * query and body are the ones the contract names, and the answer is checked against its schema.
 */
export function callEndpoint<D extends EndpointDefinition>(
  definition: D,
  call: EndpointCall<D>,
  options: { signal?: AbortSignal } = {},
): Promise<EndpointResponse<D>> {
  // The contract's params schema outputs strings (see EndpointDefinition), so its input does too.
  const params = call.params as Record<string, string> | undefined;
  const path = fillPath(definition.path, params) + queryString(call.query);
  return apiRequest(path, definition.response as z.ZodType<EndpointResponse<D>>, {
    method: definition.method,
    ...(call.body !== undefined ? { body: call.body } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
}

/**
 * Calls a declared endpoint as `callEndpoint` does, but sends the request before its contract (and the
 * validation library behind it) has arrived: `loadContract` imports the endpoint while the request is
 * on its way, and the answer is checked against it when both are in. For shared reads (lib/queries.ts)
 * that would otherwise wait for the contract before asking. (The public pages people open first on a
 * phone go further and check their answers without the library: contracts/*.answers.ts.) `route` repeats the endpoint's method and path; it is typed as the contract's own, so the
 * two cannot drift apart.
 */
export function callEndpointLoadingContract<D extends EndpointDefinition>(
  route: NoInfer<Pick<D, 'method' | 'path'>>,
  loadContract: () => Promise<D>,
  call: EndpointCall<D>,
): Promise<EndpointResponse<D>> {
  const params = call.params as Record<string, string> | undefined;
  const path = fillPath(route.path, params) + queryString(call.query);
  // Asked for now, not after the answer (as apiRequest would): these answers are nearly always read.
  const contract = loadContract();
  // If the request fails first, its error is the one shown; the contract's own failure would be noise.
  contract.catch(() => undefined);
  const schema = () => contract.then((definition) => definition.response as z.ZodType<EndpointResponse<D>>);
  return apiRequest(path, schema, {
    method: route.method,
    ...(call.body !== undefined ? { body: call.body } : {}),
  });
}
