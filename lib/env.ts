import path from 'node:path';
import { z } from 'zod';

/**
 * Configuration, parsed once from the environment. `APP_MODE=demo` (the default) allows
 * development keys and demo data; `production` requires real secrets and never seeds.
 */
export type DatabaseConfig = { kind: 'sqlite'; filePath: string };

export type AppConfig = {
  mode: 'demo' | 'production';
  database: DatabaseConfig;
  port: number;
  appUrl: string;
  livekit: { url: string; apiKey: string; apiSecret: string };
  seedDemoData: boolean;
  /** Booking changes (holds, bookings, manage actions) per client address and minute. */
  rateLimitWritesPerMinute: number;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const defaultDatabaseUrl = 'file:./data/beratungsportal.db';
const demoLivekitKey = 'devkey';
const demoLivekitSecret = 'beratungsportal-local-demo-secret-not-for-production';

/** Accepts `file:<path>` (SQLite). PostgreSQL URLs are recognised but not available yet. */
export function parseDatabaseUrl(raw: string): DatabaseConfig {
  const value = raw.trim();
  if (/^postgres(ql)?:\/\//i.test(value)) {
    throw new ConfigError(
      'DATABASE_URL: PostgreSQL mode is not available yet; use file:./data/beratungsportal.db',
    );
  }
  const match = /^file:(.+)$/.exec(value);
  if (!match?.[1] || match[1].startsWith('//')) {
    throw new ConfigError(
      `DATABASE_URL "${raw}" is not valid: expected file:<path>, e.g. ${defaultDatabaseUrl}`,
    );
  }
  const filePath = match[1] === ':memory:' ? ':memory:' : path.resolve(match[1]);
  return { kind: 'sqlite', filePath };
}

const envSchema = z.object({
  APP_MODE: z.enum(['demo', 'production']).default('demo'),
  DATABASE_URL: z.string().default(defaultDatabaseUrl),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  APP_URL: z.url({ protocol: /^https?$/ }).optional(),
  LIVEKIT_URL: z.url({ protocol: /^wss?$/ }).default('ws://127.0.0.1:7880'),
  LIVEKIT_API_KEY: z.string().min(1).optional(),
  LIVEKIT_API_SECRET: z.string().min(32).optional(),
  SEED_DEMO_DATA: z.enum(['auto', 'never']).default('auto'),
  RATE_LIMIT_WRITES_PER_MINUTE: z.coerce.number().int().min(1).default(60),
});

export function parseEnv(source: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const env = parsed.data;
  const isDemo = env.APP_MODE === 'demo';
  if (!isDemo && (!env.LIVEKIT_API_KEY || !env.LIVEKIT_API_SECRET)) {
    throw new ConfigError(
      'LIVEKIT_API_KEY and LIVEKIT_API_SECRET are required when APP_MODE=production',
    );
  }
  return {
    mode: env.APP_MODE,
    database: parseDatabaseUrl(env.DATABASE_URL),
    port: env.PORT,
    appUrl: env.APP_URL ?? `http://localhost:${env.PORT}`,
    livekit: {
      url: env.LIVEKIT_URL,
      apiKey: env.LIVEKIT_API_KEY ?? demoLivekitKey,
      apiSecret: env.LIVEKIT_API_SECRET ?? demoLivekitSecret,
    },
    seedDemoData: isDemo && env.SEED_DEMO_DATA === 'auto',
    rateLimitWritesPerMinute: env.RATE_LIMIT_WRITES_PER_MINUTE,
  };
}

let cached: AppConfig | undefined;

/** The process configuration. The only place in lib/ that reads process.env. */
export function getConfig(): AppConfig {
  cached ??= parseEnv(process.env);
  return cached;
}
