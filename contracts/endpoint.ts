import type { z } from 'zod';

/**
 * One API endpoint, declared once: the server registers it (validation, OpenAPI, who may call it)
 * and the web calls it through the typed client, so the path, the input and the answer cannot drift
 * apart. Paths are written as the browser sees them (`/api/...`), with `:name` placeholders.
 */
export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call it, checked at the edge before any handler runs. `signed-in` refuses a visitor with
 * 401; `public` lets anyone through (the handler still checks consent and role for what it reads).
 * Finer rules (roles, organisations, consent) stay in each module's policy: they need the data.
 */
export type EndpointAccess = 'public' | 'signed-in';

export interface EndpointDefinition {
  method: HttpMethod;
  path: `/api/${string}`;
  access: EndpointAccess;
  /** One line for the API documentation. */
  summary: string;
  params?: z.ZodType<Record<string, string>>;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The success status and the answer's schema. */
  status: 200 | 201 | 202;
  response: z.ZodType;
}

/** Declares an endpoint, keeping its exact types for the server and the client. */
export function endpoint<const D extends EndpointDefinition>(definition: D): D {
  return definition;
}

type Infer<S> = S extends z.ZodType ? z.output<S> : undefined;
type InferInput<S> = S extends z.ZodType ? z.input<S> : undefined;

/** What the handler receives: parsed params, query and body. */
export type EndpointParams<D extends EndpointDefinition> = Infer<D['params']>;
export type EndpointQuery<D extends EndpointDefinition> = Infer<D['query']>;
export type EndpointBody<D extends EndpointDefinition> = Infer<D['body']>;
/** What the handler returns and the client receives. */
export type EndpointResponse<D extends EndpointDefinition> = z.output<D['response']>;

/** What a caller passes: only the parts the endpoint declares. */
export type EndpointCall<D extends EndpointDefinition> = (D['params'] extends z.ZodType
  ? { params: InferInput<D['params']> }
  : { params?: undefined }) &
  (D['query'] extends z.ZodType ? { query: InferInput<D['query']> } : { query?: undefined }) &
  (D['body'] extends z.ZodType ? { body: InferInput<D['body']> } : { body?: undefined });

/** Fills a path's `:name` placeholders, each encoded; a missing value is a programming error. */
export function fillPath(path: string, params: Record<string, string> | undefined): string {
  return path.replace(/:([A-Za-z]\w*)/g, (_match, name: string) => {
    const value = params?.[name];
    if (value === undefined) throw new Error(`No value for :${name} in ${path}`);
    return encodeURIComponent(value);
  });
}

/** A query string from plain values, leaving out undefined ones; empty when nothing is left. */
export function queryString(query: unknown): string {
  if (typeof query !== 'object' || query === null) return '';
  const search = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    if (value === undefined || value === null) continue;
    for (const item of Array.isArray(value) ? value : [value]) search.append(key, String(item));
  }
  const text = search.toString();
  return text ? `?${text}` : '';
}
