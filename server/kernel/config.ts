import { resolve } from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z
  .enum(['true', 'false', '1', '0', 'yes', 'no'], { message: 'use true or false' })
  .transform((value) => ['true', '1', 'yes'].includes(value));

const EnvSchema = z.object({
  NODE_ENV: z
    .enum(['development', 'production', 'test'], { message: 'use development, production or test' })
    .default('development'),
  PORT: z.coerce
    .number({ message: 'use a whole number, like 3000' })
    .int('use a whole number, like 3000')
    .min(0, 'use a port between 0 and 65535')
    .max(65535, 'use a port between 0 and 65535')
    .default(3000),
  HOST: z.string().min(1).default('127.0.0.1'),
  CAIRN_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'use a PostgreSQL URL such as postgres://user@host:5432/cairn')
    .optional(),
  CAIRN_PUBLIC_URL: z
    .url({ message: 'use the full address people open, like https://cairn.example.org' })
    .optional(),
  CAIRN_SECRET_KEY: z
    .string()
    .regex(/^[A-Za-z0-9+/]{43}=$/, 'use 32 random bytes in base64, e.g. from `openssl rand -base64 32`')
    .optional(),
  CAIRN_SEED_DEMO: booleanFromEnv.optional(),
  CAIRN_DEV_OUTBOX: booleanFromEnv.optional(),
  // How many proxies in front to trust for the client's address: "true" means the one load balancer
  // in front, a number that many hops, or a comma-separated list of their addresses or ranges. Never
  // every hop: the leftmost X-Forwarded-For entry is whatever the client wrote.
  CAIRN_TRUST_PROXY: z
    .string()
    .trim()
    .default('false')
    .transform((value, ctx): false | number | string => {
      const lower = value.toLowerCase();
      if (lower === '' || lower === 'false' || lower === '0') return false;
      if (lower === 'true') return 1;
      if (/^\d+$/.test(lower)) return Number(lower);
      if (/^[0-9a-f.:/,\s]+$/i.test(lower)) return value;
      ctx.addIssue({
        code: 'custom',
        message: 'CAIRN_TRUST_PROXY must be false, true (one proxy), a number of proxies, or their addresses',
      });
      return z.NEVER;
    }),
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'use smtp://user:pass@host:587 or smtps://…')
    .optional(),
  MAIL_FROM: z.string().min(3).default('Cairn <no-reply@cairn.invalid>'),
  CAIRN_SMS_GATEWAY_URL: z
    .url({ message: 'use the full address of the SMS gateway, like https://sms.example.org/send' })
    .optional(),
  CAIRN_SMS_GATEWAY_TOKEN: z.string().min(16, 'use a token of at least 16 characters').optional(),
  CAIRN_UPLOAD_LIMIT_MB: z.coerce
    .number({ message: 'use a whole number of megabytes, like 500' })
    .int('use a whole number of megabytes, like 500')
    .min(1, 'use at least 1')
    .max(10_000, 'use at most 10000')
    .default(500),
  CAIRN_JOIN_LIMIT_PER_MINUTE: z.coerce
    .number({ message: 'use a whole number, like 30' })
    .int('use a whole number, like 30')
    .min(1, 'use at least 1')
    .default(30),
  CAIRN_SAFEGUARDING_ESCALATE_AFTER_MINUTES: z.coerce
    .number({ message: 'use a whole number of minutes, like 120' })
    .int('use a whole number of minutes, like 120')
    .min(5, 'use at least 5')
    .max(24 * 60, 'use at most 1440 (a day)')
    .default(120),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: string;
  secretKey: string | undefined;
  seedDemo: boolean;
  devOutbox: boolean;
  /** false, a number of proxy hops, or the proxies' addresses (Fastify's `trustProxy`). */
  trustProxy: false | number | string;
  smtpUrl: string | undefined;
  mailFrom: string;
  /** Where text messages go, when the organisation has an SMS gateway; without one they stay queued. */
  smsGateway: { url: string; token: string } | undefined;
  /** Largest audio or video file a person may upload, in bytes. */
  uploadLimitBytes: number;
  /** Wrong café codes allowed per minute from one address (a guard against guessing codes). */
  joinLimitPerMinute: number;
  /** Minutes an alert may wait unacknowledged before it goes to the partnership's other leads and admins. */
  safeguardingEscalationMinutes: number;
  logLevel: string;
};

/** Raised when the environment holds a value Cairn cannot use; the message lists every problem. */
export class ConfigError extends Error {}

/**
 * Reads and checks configuration from the environment, so a bad value stops start-up with a clear
 * message instead of failing later.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings mean "not set": shells and .env files often leave them behind.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => {
      const name = issue.path.join('.');
      return `  ${name}=${JSON.stringify(env[name] ?? '')}: ${issue.message}`;
    });
    throw new ConfigError(`Cairn cannot start because of its configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const embedded = e.DATABASE_URL === undefined;
  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir: resolve(e.CAIRN_DATA_DIR),
    databaseUrl: e.DATABASE_URL,
    publicUrl: (e.CAIRN_PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    secretKey: e.CAIRN_SECRET_KEY,
    // Demo people have published passwords: only seed them by default on the embedded database.
    seedDemo: e.CAIRN_SEED_DEMO ?? embedded,
    devOutbox: e.CAIRN_DEV_OUTBOX ?? (e.NODE_ENV !== 'production' && e.SMTP_URL === undefined),
    trustProxy: e.CAIRN_TRUST_PROXY,
    smtpUrl: e.SMTP_URL,
    mailFrom: e.MAIL_FROM,
    smsGateway:
      e.CAIRN_SMS_GATEWAY_URL && e.CAIRN_SMS_GATEWAY_TOKEN
        ? { url: e.CAIRN_SMS_GATEWAY_URL, token: e.CAIRN_SMS_GATEWAY_TOKEN }
        : undefined,
    uploadLimitBytes: e.CAIRN_UPLOAD_LIMIT_MB * 1024 * 1024,
    joinLimitPerMinute: e.CAIRN_JOIN_LIMIT_PER_MINUTE,
    safeguardingEscalationMinutes: e.CAIRN_SAFEGUARDING_ESCALATE_AFTER_MINUTES,
    logLevel: e.LOG_LEVEL,
  };
}
