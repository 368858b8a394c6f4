import { describe, expect, it } from 'vitest';
import { openDatabase } from '@/db/client';
import { applyMigrations } from '@/db/migrate';
import { enforceRateLimit } from './rate-limit';

describe('enforceRateLimit', () => {
  const db = openDatabase(':memory:');
  applyMigrations(db);
  const rule = { name: 'test', limit: 3, windowSeconds: 60 };
  const at = (s: number) => new Date(Date.UTC(2026, 11, 1, 9, 0, s));

  it('allows the limit, refuses the next with the wait, and resets with the window', () => {
    for (let i = 0; i < 3; i++) enforceRateLimit(db, rule, '1.2.3.4', at(10));
    expect(() => enforceRateLimit(db, rule, '1.2.3.4', at(20))).toThrow(
      expect.objectContaining({ code: 'RATE_LIMITED', extra: { retryAfterSeconds: 40 } }),
    );
    expect(() => enforceRateLimit(db, rule, '5.6.7.8', at(20))).not.toThrow();
    expect(() =>
      enforceRateLimit(db, { ...rule }, '1.2.3.4', new Date(Date.UTC(2026, 11, 1, 9, 1, 0))),
    ).not.toThrow();
  });
});
