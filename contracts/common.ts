import { z } from 'zod';

/** A database identifier (UUID). */
export const IdSchema = z.uuid();

/** An ISO 8601 timestamp as sent over the wire. */
export const TimestampSchema = z.iso.datetime({ offset: true });

/** An email address, trimmed and lower-cased so look-ups are case-insensitive. */
export const EmailSchema = z
  .string()
  .trim()
  .toLowerCase()
  .pipe(z.email({ message: 'Enter an email address in the right format, like name@example.com' }));

/** The body of every error answer (RFC 9457 `application/problem+json`). */
export const ProblemSchema = z.object({
  type: z.string(),
  title: z.string(),
  status: z.number().int(),
  detail: z.string(),
  code: z.string(),
  errors: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type Problem = z.infer<typeof ProblemSchema>;

/** Answer for actions that have nothing to return. */
export const OkSchema = z.object({ ok: z.literal(true) });

export const HealthResponseSchema = z.object({
  status: z.literal('ok'),
  database: z.enum(['pglite', 'postgres']),
});
export type HealthResponse = z.infer<typeof HealthResponseSchema>;
