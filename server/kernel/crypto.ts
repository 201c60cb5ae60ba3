import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ConfigError } from './config.js';

const KEY_FILE = 'secret.key';
const FORMAT = 'v1';

/** AES-256-GCM for sensitive fields (story originals, contact details). */
export type FieldCipher = {
  encrypt(plaintext: string): string;
  decrypt(ciphertext: string): string;
};

/**
 * Loads the 32-byte key from `CAIRN_SECRET_KEY`, or from `secret.key` in the data directory,
 * creating that file (mode 0600) on first use. The key never goes into the database or logs. A key
 * that is not one stops Cairn starting, told (in English) to whoever runs it, as its configuration is.
 */
export function loadSecretKey(options: { secretKey: string | undefined; dataDir: string }): Buffer {
  if (options.secretKey !== undefined) return Buffer.from(options.secretKey, 'base64');
  const path = join(options.dataDir, KEY_FILE);
  if (existsSync(path)) {
    const mode = statSync(path).mode & 0o777;
    if ((mode & 0o077) !== 0) chmodSync(path, 0o600);
    const key = Buffer.from(readFileSync(path, 'utf8').trim(), 'base64');
    if (key.length !== 32) {
      throw new ConfigError(`${path} does not hold a 32-byte base64 key. Restore it from your backup.`);
    }
    return key;
  }
  mkdirSync(options.dataDir, { recursive: true });
  const key = randomBytes(32);
  writeFileSync(path, `${key.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  return key;
}

export function createFieldCipher(key: Buffer): FieldCipher {
  if (key.length !== 32) throw new ConfigError('The secret key must be 32 bytes.');
  return {
    encrypt(plaintext) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      const tag = cipher.getAuthTag();
      return [FORMAT, iv.toString('base64'), tag.toString('base64'), body.toString('base64')].join(':');
    },
    decrypt(ciphertext) {
      const [format, iv, tag, body] = ciphertext.split(':');
      // Unexpected, so logged for whoever runs Cairn; the person reading is told only that something
      // went wrong, in their language (problems.internal), like any other unexpected error.
      if (format !== FORMAT || iv === undefined || tag === undefined || body === undefined) {
        throw new Error('An encrypted value is damaged or in an unknown format.');
      }
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(body, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/** A URL-safe random token for links and sessions. */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/** Tokens are stored hashed, so a database leak does not hand out working links. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}
