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

  it('requires real LiveKit keys in production and never seeds there', () => {
    expect(() => parseEnv({ APP_MODE: 'production' })).toThrow(/LIVEKIT_API_KEY/);
    const config = parseEnv({
      APP_MODE: 'production',
      LIVEKIT_API_KEY: 'k',
      LIVEKIT_API_SECRET: 's'.repeat(32),
    });
    expect(config.seedDemoData).toBe(false);
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
