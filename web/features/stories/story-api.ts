import type { z } from 'zod';
import type { Problem } from '../../../contracts/common.js';
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

interface SendOptions {
  method: 'POST' | 'PUT';
  /** JSON body, or a file sent as it is. */
  body?: unknown;
  file?: Blob;
  idempotencyKey?: string;
}

/**
 * Like `apiRequest`, for the two things it does not do: an `Idempotency-Key` header, so a retried
 * request never makes a duplicate, and a raw file body for transcripts and recordings.
 */
export async function sendStoryRequest<T>(
  path: string,
  schema: z.ZodType<T>,
  options: SendOptions,
): Promise<T> {
  const headers: Record<string, string> = { accept: 'application/json' };
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  let body: BodyInit | undefined;
  if (options.file) {
    headers['content-type'] = options.file.type || 'application/octet-stream';
    body = options.file;
  } else if (options.body !== undefined) {
    headers['content-type'] = 'application/json';
    body = JSON.stringify(options.body);
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method: options.method,
      credentials: 'same-origin',
      headers,
      body: body ?? null,
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
  const parsed = schema.safeParse(json);
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
