import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { authSessions } from '@/db/schema/auth';
import { staff } from '@/db/schema/staff';
import { createFixtureDatabase } from '@/lib/booking/test-fixture';
import { createDemoStaffSession, decideEmailSignIn, decideStaffSignIn } from './sign-in';

const mfa = { requireMfa: true, multiFactorAcrValues: [] };
const withSecondFactor = { amr: ['pwd', 'otp'] };

let db: Database;
beforeEach(() => {
  db = createFixtureDatabase();
});

const subjectOf = (id: string) =>
  db.select({ s: staff.oidcSubject }).from(staff).where(eq(staff.id, id)).get()?.s;

describe('decideStaffSignIn', () => {
  it('lets a provisioned account in and binds it to the provider subject', () => {
    const verdict = decideStaffSignIn(
      db,
      { subject: 'idp-1', email: 'C1@Example.org', ...withSecondFactor },
      mfa,
    );
    expect(verdict).toEqual({ allowed: true });
    expect(subjectOf('c1')).toBe('idp-1');
  });

  it('refuses an identity nobody provisioned, and creates nothing', () => {
    expect(
      decideStaffSignIn(
        db,
        { subject: 'x', email: 'fremd@extern.example', ...withSecondFactor },
        mfa,
      ),
    ).toEqual({ allowed: false, denial: 'unknown_identity' });
    expect(decideStaffSignIn(db, { subject: 'x', email: null }, mfa)).toEqual({
      allowed: false,
      denial: 'no_email',
    });
  });

  it('requires a second factor when configured', () => {
    const identity = { subject: 'idp-1', email: 'c1@example.org', amr: ['pwd'] };
    expect(decideStaffSignIn(db, identity, mfa)).toEqual({
      allowed: false,
      denial: 'second_factor_required',
    });
    expect(subjectOf('c1')).toBeNull();
    expect(decideStaffSignIn(db, identity, { ...mfa, requireMfa: false }).allowed).toBe(true);
  });

  it('refuses a deactivated account', () => {
    db.update(staff).set({ active: false }).where(eq(staff.id, 'c2')).run();
    expect(
      decideStaffSignIn(db, { subject: 's2', email: 'c2@example.org', ...withSecondFactor }, mfa),
    ).toEqual({ allowed: false, denial: 'inactive' });
  });

  it('does not let another subject take over a bound account by its email', () => {
    decideStaffSignIn(db, { subject: 'idp-1', email: 'c1@example.org', ...withSecondFactor }, mfa);
    expect(
      decideStaffSignIn(
        db,
        { subject: 'idp-evil', email: 'c1@example.org', ...withSecondFactor },
        mfa,
      ),
    ).toEqual({ allowed: false, denial: 'subject_mismatch' });
    // The bound subject still signs in even after the email changed at the provider.
    expect(
      decideStaffSignIn(
        db,
        { subject: 'idp-1', email: 'new@example.org', ...withSecondFactor },
        mfa,
      ).allowed,
    ).toBe(true);
  });
});

describe('decideEmailSignIn', () => {
  it('gives clients a link and staff addresses none', () => {
    expect(decideEmailSignIn(db, 'anna@example.org')).toEqual({ allowed: true });
    expect(decideEmailSignIn(db, 'C1@example.org')).toEqual({
      allowed: false,
      denial: 'staff_use_organisation_sign_in',
    });
  });
});

describe('createDemoStaffSession', () => {
  const now = new Date('2026-11-30T07:00:00Z');

  it('creates a database session for an active staff account', () => {
    const session = createDemoStaffSession(db, 'c1@example.org', { now, idleTimeoutMinutes: 480 });
    expect(session?.expires.toISOString()).toBe('2026-11-30T15:00:00.000Z');
    const row = db
      .select()
      .from(authSessions)
      .where(eq(authSessions.sessionToken, session!.sessionToken))
      .get();
    expect(row).toBeDefined();
  });

  it('creates none for an unknown or deactivated account', () => {
    db.update(staff).set({ active: false }).where(eq(staff.id, 'c2')).run();
    expect(createDemoStaffSession(db, 'c2@example.org', { now, idleTimeoutMinutes: 480 })).toBe(
      undefined,
    );
    expect(createDemoStaffSession(db, 'x@example.org', { now, idleTimeoutMinutes: 480 })).toBe(
      undefined,
    );
  });
});
