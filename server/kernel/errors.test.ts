import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../testing/test-app.js';
import type { DatabaseHandle } from './db.js';
import { AppError, invalidField, isUniqueViolation, sqlStateOf } from './errors.js';

let handle: { database: DatabaseHandle; drop(): Promise<void> };
beforeAll(async () => {
  handle = await openTestDatabase();
  await handle.database.db.execute(sql`CREATE TABLE unique_things (name text UNIQUE, size int NOT NULL)`);
});
afterAll(async () => handle.drop());

async function failureOf(statement: ReturnType<typeof sql>): Promise<unknown> {
  try {
    await handle.database.db.execute(statement);
  } catch (error) {
    return error;
  }
  throw new Error('the statement was expected to fail');
}

describe('reading database failures', () => {
  it('knows a lost race to a unique index, as the driver reports it on this database', async () => {
    await handle.database.db.execute(sql`INSERT INTO unique_things (name, size) VALUES ('cairn', 1)`);
    const error = await failureOf(sql`INSERT INTO unique_things (name, size) VALUES ('cairn', 2)`);
    expect(sqlStateOf(error)).toBe('23505');
    expect(isUniqueViolation(error)).toBe(true);
  });

  it('tells other failures apart', async () => {
    const error = await failureOf(sql`INSERT INTO unique_things (name) VALUES ('no size')`);
    expect(sqlStateOf(error)).toBe('23502');
    expect(isUniqueViolation(error)).toBe(false);
    expect(isUniqueViolation(new Error('plain'))).toBe(false);
    expect(isUniqueViolation(null)).toBe(false);
  });

  it('names the field to fix in a validation problem', () => {
    const error = invalidField('title', 'Give the project a title');
    expect(error).toBeInstanceOf(AppError);
    expect(error.code).toBe('validation_failed');
    expect(error.fieldErrors).toEqual([{ path: 'title', message: 'Give the project a title' }]);
  });
});
