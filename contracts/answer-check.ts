// The pieces the zod-free answer checks are built from (showcase.answers.ts, cafes.answers.ts,
// activities.answers.ts). Pages people open first on a phone check their answers with these, so the
// validation library and its contracts do not come with them. Each piece reads one field the way the
// contract's schema does, down to zod's own patterns for ids and timestamps, and throws when it
// differs; `check` turns a reader into what `apiRequest` asks for. Keep this file free of zod.

/** What `apiRequest` asks of an answer's check: the schema's own `safeParse`, or one like it. */
export interface AnswerCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
}

class NotTheContract extends Error {}

export type Fields = Record<string, unknown>;

/** Refuses the answer: its shape is not the contract's. */
export function refuse(): never {
  throw new NotTheContract();
}

export function record(value: unknown): Fields {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) refuse();
  return value as Fields;
}

export function text(fields: Fields, name: string): string {
  const value = fields[name];
  if (typeof value !== 'string') refuse();
  return value;
}

export function flag(fields: Fields, name: string): boolean {
  const value = fields[name];
  if (typeof value !== 'boolean') refuse();
  return value;
}

/** z.number(): any finite number. */
export function num(fields: Fields, name: string): number {
  const value = fields[name];
  if (typeof value !== 'number' || !Number.isFinite(value)) refuse();
  return value;
}

/** z.number().int(): a whole number zod calls safe. */
export function int(fields: Fields, name: string): number {
  const value = fields[name];
  if (!Number.isSafeInteger(value)) refuse();
  return value as number;
}

/** zod's own uuid pattern (z.uuid()), so the same ids pass. */
const ID =
  /^([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[1-8][0-9a-fA-F]{3}-[89abAB][0-9a-fA-F]{3}-[0-9a-fA-F]{12}|00000000-0000-0000-0000-000000000000|ffffffff-ffff-ffff-ffff-ffffffffffff)$/;

export function isId(value: unknown): value is string {
  return typeof value === 'string' && ID.test(value);
}

export function id(fields: Fields, name: string): string {
  const value = fields[name];
  if (!isId(value)) refuse();
  return value;
}

/** z.iso.datetime({ offset: true }): a full date and time with seconds, then Z or an offset. */
const TIMESTAMP =
  /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])T([01]\d|2[0-3]):[0-5]\d:[0-5]\d(\.\d+)?(Z|[+-]([01]\d|2[0-3]):[0-5]\d)$/;

export function timestamp(fields: Fields, name: string): string {
  const value = text(fields, name);
  if (!TIMESTAMP.test(value) || Number.isNaN(Date.parse(value))) refuse();
  return value;
}

/** One of a contract's fixed values (z.enum). */
export function oneOf<const T extends readonly string[]>(fields: Fields, name: string, values: T): T[number] {
  const value = fields[name];
  if (!(values as readonly unknown[]).includes(value)) refuse();
  return value as T[number];
}

/** A field that may be null (`.nullable()`), read otherwise by `read`. */
export function orNull<T>(fields: Fields, name: string, read: (fields: Fields, name: string) => T): T | null {
  return fields[name] === null ? null : read(fields, name);
}

export function list<T>(fields: Fields, name: string, read: (value: unknown) => T): T[] {
  const value = fields[name];
  if (!Array.isArray(value)) refuse();
  return value.map(read);
}

/** z.record(z.string(), z.number().int()). */
export function intRecord(fields: Fields, name: string): Record<string, number> {
  const value = record(fields[name]);
  const out: Record<string, number> = {};
  for (const key of Object.keys(value)) out[key] = int(value, key);
  return out;
}

/** z.object({ id: IdSchema, name: z.string() }): an organisation or a partnership by name. */
export function named(value: unknown): { id: string; name: string } {
  const fields = record(value);
  return { id: id(fields, 'id'), name: text(fields, 'name') };
}

/** Like a schema's `safeParse`: the reader's result, or `success: false` when it refused. */
export function check<T>(read: (value: unknown) => T): AnswerCheck<T> {
  return {
    safeParse(value) {
      try {
        return { success: true, data: read(value) };
      } catch (error) {
        if (error instanceof NotTheContract) return { success: false };
        throw error;
      }
    },
  };
}
