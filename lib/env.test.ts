import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseDatabaseUrl, parseEnv } from './env';

describe('parseEnv', () => {
  it('defaults to demo mode with the SQLite file under ./data', () => {
    const config = parseEnv({});
    expect(config.mode).toBe('demo');
    expect(config.database.filePath).toBe(path.resolve('data/beratungsportal.db'));
    expect(config.port).toBe(3000);
    expect(config.appUrl).toBe('http://localhost:3000');
    expect(config.seedDemoData).toBe(true);
    expect(config.livekit.url).toBe('ws://127.0.0.1:7880');
  });

  const production = {
    APP_MODE: 'production',
    APP_URL: 'https://beratung.example',
    AUTH_SECRET: 'a'.repeat(32),
    LIVEKIT_API_KEY: 'k',
    LIVEKIT_API_SECRET: 's'.repeat(32),
    SMTP_URL: 'smtp://mail.example:587',
  };

  it('requires real secrets in production, never seeds and has no demo sign-in there', () => {
    expect(() => parseEnv({ APP_MODE: 'production' })).toThrow(
      /APP_URL, AUTH_SECRET, LIVEKIT_API_KEY, LIVEKIT_API_SECRET, SMTP_URL required/,
    );
    const config = parseEnv(production);
    expect(config.seedDemoData).toBe(false);
    expect(config.auth.demoSignIn).toBe(false);
    expect(parseEnv({ ...production, DEMO_SIGN_IN: 'enabled' }).auth.demoSignIn).toBe(true);
  });

  it('refuses to start in production with the demo secrets of this repository', () => {
    const demo = parseEnv({});
    expect(() => parseEnv({ ...production, AUTH_SECRET: demo.auth.secret })).toThrow(
      /must not be the demo defaults/,
    );
    expect(() => parseEnv({ ...production, LIVEKIT_API_SECRET: demo.livekit.apiSecret })).toThrow(
      /must not be the demo defaults/,
    );
  });

  it('configures OIDC only when issuer, client id and secret are all given', () => {
    expect(parseEnv({}).auth.oidc).toBeNull();
    expect(() => parseEnv({ OIDC_ISSUER: 'https://idp.example' })).toThrow(/must be set together/);
    const oidc = parseEnv({
      OIDC_ISSUER: 'https://idp.example/realms/nrw',
      OIDC_CLIENT_ID: 'portal',
      OIDC_CLIENT_SECRET: 'secret',
      OIDC_REQUIRE_MFA: 'true',
    }).auth.oidc;
    expect(oidc).toMatchObject({ clientId: 'portal', requireMfa: true });
  });

  it('has an 8-hour inactivity timeout and demo sign-in by default', () => {
    const { auth } = parseEnv({});
    expect(auth.idleTimeoutMinutes).toBe(480);
    expect(auth.demoSignIn).toBe(true);
    expect(() => parseEnv({ SESSION_IDLE_TIMEOUT_MINUTES: '1' })).toThrow(
      /^SESSION_IDLE_TIMEOUT_MINUTES:/,
    );
  });

  it('pulls CalDAV calendars every 5 minutes unless configured', () => {
    expect(parseEnv({}).notify.calendarSyncMinutes).toBe(5);
    expect(parseEnv({ CALDAV_SYNC_MINUTES: '15' }).notify.calendarSyncMinutes).toBe(15);
    expect(() => parseEnv({ CALDAV_SYNC_MINUTES: '0' })).toThrow(/^CALDAV_SYNC_MINUTES:/);
  });

  it('names the variable that is wrong', () => {
    expect(() => parseEnv({ PORT: 'abc' })).toThrow(/^PORT:/);
    expect(() => parseEnv({ LIVEKIT_URL: 'http://x' })).toThrow(/^LIVEKIT_URL:/);
    expect(() => parseEnv({ APP_MODE: 'staging' })).toThrow(ConfigError);
  });
});

describe('parseDatabaseUrl', () => {
  it('accepts file: URLs, relative and absolute', () => {
    expect(parseDatabaseUrl('file:/tmp/x.db').filePath).toBe('/tmp/x.db');
    expect(parseDatabaseUrl('file:./data/x.db').filePath).toBe(path.resolve('data/x.db'));
    expect(parseDatabaseUrl('file::memory:').filePath).toBe(':memory:');
  });

  it('rejects malformed and unsupported URLs with one clear message', () => {
    for (const bad of ['', 'data.db', 'mysql://host/db', 'file:', 'file://host/x']) {
      expect(() => parseDatabaseUrl(bad)).toThrow(/DATABASE_URL .* is not valid/);
    }
    expect(() => parseDatabaseUrl('postgres://u@h/db')).toThrow(/PostgreSQL mode is not available/);
  });
});
