import { mkdtempSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findPasswordWeakness, hashPassword, verifyPassword } from './auth.js';
import { ConfigError, loadConfig } from './config.js';
import { createFieldCipher, loadSecretKey } from './crypto.js';
import { acquireDataDirLock } from './data-dir-lock.js';
import type { LanguageCode } from '../../contracts/languages.js';
import { AppError } from './errors.js';
import { say } from './i18n.js';

describe('configuration', () => {
  it('has working defaults', () => {
    const config = loadConfig({});
    expect(config.port).toBe(3000);
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seedDemo).toBe(true);
  });

  it('trusts one proxy for "true", never every hop, and refuses what it cannot read', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ CAIRN_TRUST_PROXY: 'true' }).trustProxy).toBe(1);
    expect(loadConfig({ CAIRN_TRUST_PROXY: '2' }).trustProxy).toBe(2);
    expect(loadConfig({ CAIRN_TRUST_PROXY: '10.0.0.0/8, 127.0.0.1' }).trustProxy).toBe(
      '10.0.0.0/8, 127.0.0.1',
    );
    expect(() => loadConfig({ CAIRN_TRUST_PROXY: 'everyone' })).toThrow(/CAIRN_TRUST_PROXY/);
  });

  it('names every bad value in one message', () => {
    expect(() => loadConfig({ PORT: 'abc', DATABASE_URL: 'mysql://x', CAIRN_SEED_DEMO: 'perhaps' })).toThrow(
      ConfigError,
    );
    const both = () => loadConfig({ PORT: '70000', DATABASE_URL: 'mysql://x' });
    expect(both).toThrow('PORT="70000"');
    expect(both).toThrow('DATABASE_URL="mysql://x": use a PostgreSQL URL');
  });

  it('does not seed demo people into PostgreSQL unless asked', () => {
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/cairn' }).seedDemo).toBe(false);
    expect(loadConfig({ DATABASE_URL: 'postgres://localhost/cairn', CAIRN_SEED_DEMO: 'true' }).seedDemo).toBe(
      true,
    );
  });
});

describe('passwords', () => {
  it('hashes with argon2id and verifies', async () => {
    const hash = await hashPassword('a-long-enough-secret');
    expect(hash.startsWith('$argon2id$')).toBe(true);
    expect(await verifyPassword(hash, 'a-long-enough-secret')).toBe(true);
    expect(await verifyPassword(hash, 'a-long-enough-secreT')).toBe(false);
    expect(await verifyPassword('not a hash', 'x')).toBe(false);
  });

  it('explains weak passwords, in the reader’s language', () => {
    const weakness = (password: string, email?: string, language: LanguageCode = 'en') => {
      const found = findPasswordWeakness(password, email);
      return found && say(found, language);
    };
    expect(weakness('short')).toBe('Your password must be at least 10 characters long.');
    expect(weakness('password123')).toMatch(/too common/);
    expect(weakness('aaaaaaaaaaaa')).toMatch(/same few characters/);
    expect(weakness('robin.smith-2026', 'robin.smith@example.org')).toMatch(/email/);
    expect(weakness('walk-together-2026')).toBeNull();
    expect(weakness('short', undefined, 'cy')).toBe('Rhaid i’ch cyfrinair fod o leiaf 10 nod o hyd.');
    expect(weakness('robin.smith-2026', 'robin.smith@example.org', 'ur')).toBe(
      'آپ کے پاس ورڈ میں آپ کا ای میل ایڈریس نہیں ہونا چاہیے۔',
    );
  });
});

describe('field encryption', () => {
  it('round-trips, uses a fresh IV each time, and detects tampering', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-key-'));
    const cipher = createFieldCipher(loadSecretKey({ secretKey: undefined, dataDir: dir }));
    const a = cipher.encrypt('My name is Lorna');
    expect(a).not.toContain('Lorna');
    expect(cipher.encrypt('My name is Lorna')).not.toBe(a);
    expect(cipher.decrypt(a)).toBe('My name is Lorna');
    const parts = a.split(':');
    const tampered = [parts[0], parts[1], parts[2], Buffer.from('tampered').toString('base64')].join(':');
    expect(() => cipher.decrypt(tampered)).toThrow();
    // A value not in the format is unexpected: a plain error, logged, never a problem that describes it.
    let damaged: unknown;
    try {
      cipher.decrypt('not-a-cipher-text');
    } catch (error) {
      damaged = error;
    }
    expect(damaged).toBeInstanceOf(Error);
    expect(damaged).not.toBeInstanceOf(AppError);
  });

  it('refuses to start on a key file that holds no key, saying so to whoever runs Cairn', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-key-'));
    writeFileSync(join(dir, 'secret.key'), 'c2hvcnQ=\n', { mode: 0o600 });
    expect(() => loadSecretKey({ secretKey: undefined, dataDir: dir })).toThrow(ConfigError);
    expect(() => createFieldCipher(Buffer.alloc(16))).toThrow('The secret key must be 32 bytes.');
  });

  it('creates the key file with mode 0600 and reuses it', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-key-'));
    const first = loadSecretKey({ secretKey: undefined, dataDir: dir });
    expect(statSync(join(dir, 'secret.key')).mode & 0o777).toBe(0o600);
    expect(loadSecretKey({ secretKey: undefined, dataDir: dir }).equals(first)).toBe(true);
  });

  it('prefers CAIRN_SECRET_KEY', () => {
    const key = Buffer.alloc(32, 7).toString('base64');
    expect(loadSecretKey({ secretKey: key, dataDir: '/nonexistent' }).equals(Buffer.alloc(32, 7))).toBe(true);
  });
});

describe('the embedded database lock', () => {
  it('refuses a second holder while a live process holds it, and takes over a stale lock', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cairn-lock-'));
    // pid 1 is always alive: it stands in for a running server.
    writeFileSync(join(dir, 'cairn.lock'), '1');
    expect(() => acquireDataDirLock(dir)).toThrow(AppError);
    expect(() => acquireDataDirLock(dir)).toThrow(/in use by another Cairn process \(pid 1\)/);
    writeFileSync(join(dir, 'cairn.lock'), '999999999');
    const lock = acquireDataDirLock(dir);
    lock.release();
  });
});
