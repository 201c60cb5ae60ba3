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

const LOOKS_LIKE_EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** Does this look like an email address? (Loose on purpose: the mail server has the last word.) */
export function looksLikeEmail(text: string): boolean {
  return LOOKS_LIKE_EMAIL.test(text.trim());
}

/**
 * A phone number in international form (+447700900123), or null when it is not one. UK numbers
 * may be written the way people do (07700 900123, +44 (0)7700 900123).
 */
export function normalisePhoneNumber(raw: string): string | null {
  const compact = raw.replace(/[\s\-().]/g, '').replace(/^00/, '+');
  const uk = compact.replace(/^\+440/, '+44').replace(/^0(\d{9,10})$/, '+44$1');
  return /^\+[1-9]\d{7,14}$/.test(uk) ? uk : null;
}

/** Reads a number as one a text message can reach: its international form, or null. */
export type MobileNumberReader = (raw: string) => string | null;

/**
 * The web's own quick check: a UK number must be a mobile (07…, +447…), and numbers from other
 * countries are taken as given. It keeps the pages people open on a phone small; the server reads
 * every number again with libphonenumber-js (server/kernel/phone.ts), and its answer is the one
 * that counts.
 */
function roughMobileNumber(raw: string): string | null {
  const phone = normalisePhoneNumber(raw);
  if (!phone) return null;
  return phone.startsWith('+44') && !phone.startsWith('+447') ? null : phone;
}

let readMobileNumber: MobileNumberReader = roughMobileNumber;

/** Sets how numbers are read (the server sets libphonenumber-js once, as it loads). */
export function setMobileNumberReader(reader: MobileNumberReader): void {
  readMobileNumber = reader;
}

/**
 * A number a text message can reach, in international form, or null. A landline would take the
 * text and nobody would ever read it, so only mobiles count.
 */
export function mobilePhoneNumber(raw: string): string | null {
  return readMobileNumber(raw);
}

/** An optional way to hear back: an email address, a mobile number, or nothing (empty). */
export const ContactSchema = z
  .string()
  .trim()
  .max(120, 'Keep this to 120 characters or fewer')
  .superRefine((value, context) => {
    if (value === '' || looksLikeEmail(value) || mobilePhoneNumber(value) !== null) return;
    context.addIssue({
      code: 'custom',
      message:
        normalisePhoneNumber(value) !== null
          ? 'That looks like a landline, and texts only reach mobiles. Enter a mobile number, like 07700 900123, or an email address'
          : 'Enter an email address or a mobile number, like 07700 900123, or leave this empty',
    });
  });

/** The outward part of a UK postcode, like DD4 or EH10 — never the whole postcode. */
export const POSTCODE_DISTRICT_PATTERN = /^[A-Z]{1,2}\d[A-Z\d]?$/;
export const PostcodeDistrictSchema = z
  .string()
  .trim()
  .toUpperCase()
  .regex(POSTCODE_DISTRICT_PATTERN, 'Enter the first part of a postcode only, like DD4');

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
