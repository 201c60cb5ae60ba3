import type { z } from 'zod';
import type { Problem } from '../../../contracts/common.js';
import {
  fillPath,
  queryString,
  type EndpointCall,
  type EndpointDefinition,
  type EndpointResponse,
} from '../../../contracts/endpoint.js';
import { ApiError } from '../../lib/api.js';
import { strings } from '../../lib/strings.js';

export function storyKey(storyId: string) {
  return ['stories', storyId] as const;
}
export const myStoriesKey = ['stories', 'mine'] as const;

function problemFrom(status: number, body: unknown): Problem {
  const fallback: Problem = {
    type: 'about:blank',
    title: strings.errors.generic,
    status,
    code: 'unexpected_error',
    detail: status === 0 ? strings.errors.network : strings.errors.generic,
  };
  if (typeof body !== 'object' || body === null) return fallback;
  const { type, title, detail, code, errors } = body as Record<string, unknown>;
  if (typeof type !== 'string' || typeof title !== 'string') return fallback;
  if (typeof detail !== 'string' || typeof code !== 'string') return fallback;
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

/**
 * `callEndpoint` with the one thing it cannot send yet: an `Idempotency-Key` header, so a retried
 * create or submit never makes a duplicate (the server answers with what it already did). Only
 * `storyEndpoints.create` and `storyEndpoints.submit` read the header.
 */
export async function callWithIdempotencyKey<D extends EndpointDefinition>(
  definition: D,
  call: EndpointCall<D>,
  idempotencyKey: string,
): Promise<EndpointResponse<D>> {
  const headers: Record<string, string> = { accept: 'application/json', 'idempotency-key': idempotencyKey };
  if (call.body !== undefined) headers['content-type'] = 'application/json';
  const path = fillPath(definition.path, call.params as Record<string, string> | undefined);
  let response: Response;
  try {
    response = await fetch(path + queryString(call.query), {
      method: definition.method,
      credentials: 'same-origin',
      headers,
      body: call.body === undefined ? null : JSON.stringify(call.body),
    });
  } catch {
    throw new ApiError(0, problemFrom(0, null));
  }
  let json: unknown = null;
  try {
    json = await response.json();
  } catch {
    // Not JSON.
  }
  if (!response.ok) throw new ApiError(response.status, problemFrom(response.status, json));
  const parsed = (definition.response as z.ZodType<EndpointResponse<D>>).safeParse(json);
  if (!parsed.success) {
    throw new ApiError(response.status, {
      ...problemFrom(response.status, null),
      code: 'bad_response',
      detail: strings.errors.badResponse,
    });
  }
  return parsed.data;
}

/**
 * An idempotency key kept in sessionStorage until the request it belongs to succeeds, so a retry after
 * a dropped connection (or a second press) reuses it and the server answers with what it already did.
 */
export function idempotencyKeyFor(purpose: string): string {
  const name = `cairn:idempotency:${purpose}`;
  try {
    const existing = sessionStorage.getItem(name);
    if (existing) return existing;
    const key = crypto.randomUUID();
    sessionStorage.setItem(name, key);
    return key;
  } catch {
    return crypto.randomUUID();
  }
}

export function forgetIdempotencyKey(purpose: string): void {
  try {
    sessionStorage.removeItem(`cairn:idempotency:${purpose}`);
  } catch {
    // Storage unavailable: nothing to forget.
  }
}
