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
  auth: AuthConfig;
  mail: MailConfig;
  notify: NotifyConfig;
};

/** Notifications: the job queue and its worker (lib/notify). */
export type NotifyConfig = {
  /** Reminders, in minutes before the appointment (empty: none). */
  reminderMinutes: number[];
  /** A change this close to the appointment (old or new time) is a notice to the counsellor. */
  staffNoticeHours: number;
  /** How often an idle worker looks for due jobs. */
  pollMs: number;
  /** Attempts per job before it is marked failed. */
  maxAttempts: number;
  /** Backoff before retry n: base × 2^(n−1), at most six hours. */
  retryBaseSeconds: number;
  /** A claimed job whose worker neither finished nor failed it within this is taken over. */
  leaseSeconds: number;
  /** How long a freed time offered to a waitlisted client is held for them. */
  waitlistOfferMinutes: number;
  /** How often the worker reads the busy times of each connected CalDAV calendar. */
  calendarSyncMinutes: number;
};

export type OidcConfig = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Shown on the sign-in button, e.g. "Anmeldung Bundesagentur". */
  displayName: string;
  /** Accept only ID tokens whose amr/acr show a second factor. */
  requireMfa: boolean;
  /** `acr` values that count as multi-factor, for providers that do not send `amr`. */
  multiFactorAcrValues: string[];
};

export type AuthConfig = {
  secret: string;
  /** Null: staff sign-in through an identity provider is not configured. */
  oidc: OidcConfig | null;
  /** The demo page that signs in as a seeded staff member without a password. */
  demoSignIn: boolean;
  /** A session ends after this long without a request (rolling). */
  idleTimeoutMinutes: number;
  /** …and at the latest this long after sign-in, however active. */
  maxLifetimeHours: number;
  /** Email sign-in links per address and per client address within 15 minutes. */
  emailLinkRequestsPer15Minutes: number;
};

export type MailConfig = {
  /** Null in demo mode without SMTP_URL: messages are written to the server log. */
  smtpUrl: string | null;
  from: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const defaultDatabaseUrl = 'file:./data/beratungsportal.db';
const demoLivekitKey = 'devkey';
const demoLivekitSecret = 'beratungsportal-local-demo-secret-not-for-production';
const demoAuthSecret = 'beratungsportal-local-demo-auth-secret-not-for-production';

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
  AUTH_SECRET: z.string().min(32).optional(),
  OIDC_ISSUER: z.url({ protocol: /^https?$/ }).optional(),
  OIDC_CLIENT_ID: z.string().min(1).optional(),
  OIDC_CLIENT_SECRET: z.string().min(1).optional(),
  OIDC_NAME: z.string().min(1).default('Dienstanmeldung'),
  OIDC_REQUIRE_MFA: z.enum(['true', 'false', '1', '0']).default('false'),
  OIDC_MFA_ACR_VALUES: z.string().default(''),
  DEMO_SIGN_IN: z.enum(['auto', 'enabled', 'disabled']).default('auto'),
  SESSION_IDLE_TIMEOUT_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(7 * 24 * 60)
    .default(8 * 60),
  SESSION_MAX_LIFETIME_HOURS: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24)
    .default(24),
  RATE_LIMIT_EMAIL_LINKS_PER_15_MINUTES: z.coerce.number().int().min(1).default(5),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z.string().min(3).default('Beratungsportal NRW <no-reply@beratungsportal.example>'),
  NOTIFY_REMINDER_MINUTES: z
    .string()
    .trim()
    .regex(/^(\d{1,5}(\s*,\s*\d{1,5})*)?$/, 'expected minutes before the appointment, e.g. 1440,60')
    .default('1440,60'),
  NOTIFY_STAFF_NOTICE_HOURS: z.coerce.number().int().min(0).max(168).default(24),
  NOTIFY_POLL_MS: z.coerce.number().int().min(100).max(60_000).default(1000),
  NOTIFY_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(50).default(8),
  NOTIFY_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(30),
  NOTIFY_LEASE_SECONDS: z.coerce.number().int().min(1).max(3600).default(300),
  CALDAV_SYNC_MINUTES: z.coerce.number().int().min(1).max(1440).default(5),
  WAITLIST_OFFER_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(24 * 60)
    .default(30),
});

type ParsedEnv = z.infer<typeof envSchema>;

function parseOidc(env: ParsedEnv): OidcConfig | null {
  const given = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
  if (given.every((value) => value === undefined)) return null;
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) {
    throw new ConfigError(
      'OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET must be set together',
    );
  }
  return {
    issuer: env.OIDC_ISSUER,
    clientId: env.OIDC_CLIENT_ID,
    clientSecret: env.OIDC_CLIENT_SECRET,
    displayName: env.OIDC_NAME,
    requireMfa: env.OIDC_REQUIRE_MFA === 'true' || env.OIDC_REQUIRE_MFA === '1',
    multiFactorAcrValues: env.OIDC_MFA_ACR_VALUES.split(',')
      .map((value) => value.trim())
      .filter(Boolean),
  };
}

/** Production never runs on the secrets that ship in this repository. */
function assertProductionReady(env: ParsedEnv): void {
  const missing = [
    ['APP_URL', env.APP_URL],
    ['AUTH_SECRET', env.AUTH_SECRET],
    ['LIVEKIT_API_KEY', env.LIVEKIT_API_KEY],
    ['LIVEKIT_API_SECRET', env.LIVEKIT_API_SECRET],
    ['SMTP_URL', env.SMTP_URL],
  ]
    .filter(([, value]) => !value)
    .map(([name]) => name);
  if (missing.length > 0) {
    throw new ConfigError(`${missing.join(', ')} required when APP_MODE=production`);
  }
  if (env.AUTH_SECRET === demoAuthSecret || env.LIVEKIT_API_SECRET === demoLivekitSecret) {
    throw new ConfigError(
      'AUTH_SECRET and LIVEKIT_API_SECRET must not be the demo defaults when APP_MODE=production',
    );
  }
}

export function parseEnv(source: Record<string, string | undefined>): AppConfig {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = issue?.path.join('.') ?? 'environment';
    throw new ConfigError(`${name}: ${issue?.message ?? 'invalid value'}`);
  }
  const env = parsed.data;
  const isDemo = env.APP_MODE === 'demo';
  if (!isDemo) assertProductionReady(env);
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
    auth: {
      secret: env.AUTH_SECRET ?? demoAuthSecret,
      oidc: parseOidc(env),
      demoSignIn: env.DEMO_SIGN_IN === 'enabled' || (isDemo && env.DEMO_SIGN_IN === 'auto'),
      idleTimeoutMinutes: env.SESSION_IDLE_TIMEOUT_MINUTES,
      maxLifetimeHours: env.SESSION_MAX_LIFETIME_HOURS,
      emailLinkRequestsPer15Minutes: env.RATE_LIMIT_EMAIL_LINKS_PER_15_MINUTES,
    },
    mail: { smtpUrl: env.SMTP_URL ?? null, from: env.MAIL_FROM },
    notify: {
      reminderMinutes: [
        ...new Set(
          env.NOTIFY_REMINDER_MINUTES.split(',')
            .map((part) => part.trim())
            .filter(Boolean)
            .map(Number)
            .filter((minutes) => minutes > 0),
        ),
      ].sort((a, b) => b - a),
      staffNoticeHours: env.NOTIFY_STAFF_NOTICE_HOURS,
      pollMs: env.NOTIFY_POLL_MS,
      maxAttempts: env.NOTIFY_MAX_ATTEMPTS,
      retryBaseSeconds: env.NOTIFY_RETRY_BASE_SECONDS,
      leaseSeconds: env.NOTIFY_LEASE_SECONDS,
      waitlistOfferMinutes: env.WAITLIST_OFFER_MINUTES,
      calendarSyncMinutes: env.CALDAV_SYNC_MINUTES,
    },
  };
}

let cached: AppConfig | undefined;

/** The process configuration. The only place in lib/ that reads process.env. */
export function getConfig(): AppConfig {
  cached ??= parseEnv(process.env);
  return cached;
}
