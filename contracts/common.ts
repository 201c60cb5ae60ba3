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

// Plain-English messages for zod's generic failures, used by both the server and the web forms.
z.config({
  customError: (issue) => {
    if (issue.code === 'invalid_type') {
      if (issue.input === undefined) return 'This is required';
      return `This must be ${issue.expected === 'string' ? 'text' : `a ${issue.expected}`}`;
    }
    if (issue.code === 'unrecognized_keys') {
      return `Remove ${issue.keys.length === 1 ? 'this field, which is' : 'these fields, which are'} not accepted here: ${issue.keys.join(', ')}`;
    }
    if (issue.code === 'invalid_value') return `Choose one of: ${issue.values.map(String).join(', ')}`;
    if (issue.code === 'invalid_format' && issue.format === 'uuid') return 'This is not a valid identifier';
    return undefined;
  },
});
