import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { findStaffAssignments } from '@/db/queries/admin-staff-assignments';
import { staff } from '@/db/schema/staff';
import type { AdminContext } from './context';
import { staffFormSchema } from './schemas';
import { createStaff, setStaffActive, updateStaff } from './staff';
import {
  addSession,
  adminId,
  auditTrail,
  createAdminFixture,
  formOf,
  hasSession,
  reasonOf,
  teamId,
} from './test-fixture';

let db: Database;
let ctx: AdminContext;
beforeEach(() => ({ db, ctx } = createAdminFixture()));

const counsellorForm = {
  email: ' Neu.Beraterin@Example.org ',
  displayName: 'Neue Beraterin',
  role: 'counsellor',
  homeOfficeId: 'office-a',
  teams: [teamId],
  offices: ['office-a'],
  services: ['svc-a'],
  channels: ['presence', 'video'],
  languages: ['de', 'tr'],
};
const input = (overrides: Record<string, string | string[]> = {}) =>
  staffFormSchema.parse(formOf({ ...counsellorForm, ...overrides }));

describe('createStaff', () => {
  it('creates the account with its team and skills, and records who did it', () => {
    const { id } = createStaff(ctx, input());
    const row = db.select().from(staff).where(eq(staff.id, id)).get();
    expect(row).toMatchObject({ email: 'neu.beraterin@example.org', role: 'counsellor' });
    expect(findStaffAssignments(db, id)).toEqual({
      memberships: [{ teamId, role: 'member' }],
      officeIds: ['office-a'],
      serviceIds: ['svc-a'],
      channels: ['presence', 'video'],
      languages: ['de', 'tr'],
    });
    const [event] = auditTrail(db);
    expect(event).toMatchObject({
      action: 'staff.created',
      entityId: id,
      actorStaffId: adminId,
      occurredAt: ctx.now.toISOString(),
    });
    expect(event?.details).toMatchObject({ email: 'neu.beraterin@example.org', teams: [teamId] });
  });

  it('refuses an address another account has, whatever its case', () => {
    expect(reasonOf(() => createStaff(ctx, input({ email: 'C1@EXAMPLE.ORG' })))).toBe(
      'email_taken',
    );
    expect(auditTrail(db)).toEqual([]);
  });

  it.each([
    [{ teams: ['no-such-team'] }, 'unknown_team'],
    [{ leadTeams: [teamId], teams: [] }, 'lead_not_member'],
    [{ leadTeams: [teamId] }, 'lead_requires_team_lead_role'],
    [{ offices: ['office-b'] }, 'service_not_at_offices'],
    [{ homeOfficeId: 'nowhere' }, 'unknown_office'],
    [{ services: ['svc-x'] }, 'unknown_service'],
  ])('refuses inconsistent assignments: %o → %s', (overrides, reason) => {
    expect(reasonOf(() => createStaff(ctx, input(overrides)))).toBe(reason);
    expect(db.select().from(staff).all()).toHaveLength(4);
  });

  it('lets a team lead lead a team they belong to', () => {
    const { id } = createStaff(ctx, input({ role: 'team_lead', leadTeams: [teamId] }));
    expect(findStaffAssignments(db, id).memberships).toEqual([{ teamId, role: 'lead' }]);
  });

  it('writes nothing when the audit event cannot be written', () => {
    db.$client.exec('DROP TABLE audit_events');
    expect(() => createStaff(ctx, input())).toThrow();
    expect(db.select().from(staff).all()).toHaveLength(4);
  });
});

describe('updateStaff', () => {
  it('records only what changed and signs the person out when the role changes', () => {
    const session = addSession(db, 'c1@example.org');
    const result = updateStaff(ctx, 'c1', input({ email: 'c1@example.org', role: 'team_lead' }));
    expect(result.changed).toBe(true);
    expect(hasSession(db, session)).toBe(false);
    const details = auditTrail(db)[0]?.details;
    expect(details).toMatchObject({ role: { from: 'counsellor', to: 'team_lead' } });
    expect(details).toMatchObject({ teams: { added: [teamId], removed: [] } });
    expect(details).not.toHaveProperty('email');
  });

  it('signs out the old and the new address when the email changes', () => {
    db.update(staff).set({ oidcSubject: 'sub-1' }).where(eq(staff.id, 'c2')).run();
    const old = addSession(db, 'c2@example.org');
    const next = addSession(db, 'neu.beraterin@example.org');
    updateStaff(ctx, 'c2', input({ teams: [], homeOfficeId: 'office-a' }));
    expect([hasSession(db, old), hasSession(db, next)]).toEqual([false, false]);
    const row = db.select().from(staff).where(eq(staff.id, 'c2')).get();
    expect(row).toMatchObject({ email: 'neu.beraterin@example.org', oidcSubject: null });
  });

  it('writes no event when nothing changed', () => {
    const { id } = createStaff(ctx, input());
    expect(updateStaff(ctx, id, input()).changed).toBe(false);
    expect(auditTrail(db)).toHaveLength(1);
  });

  it('keeps the admin from changing their own role or removing the last admin', () => {
    const own = input({ email: 'admin@example.org', role: 'counsellor', teams: [] });
    expect(reasonOf(() => updateStaff(ctx, adminId, own))).toBe('own_role');
    const other = { ...ctx, actorId: 'c1' };
    expect(reasonOf(() => updateStaff(other, adminId, own))).toBe('last_admin');
  });

  it('answers not found for an unknown account', () => {
    expect(reasonOf(() => updateStaff(ctx, 'nobody', input()))).toBe('not_found');
  });
});

describe('setStaffActive', () => {
  it('deactivates, signs out and records the change once', () => {
    const session = addSession(db, 'c3@example.org');
    expect(setStaffActive(ctx, 'c3', false)).toEqual({ upcomingBookings: 0 });
    setStaffActive(ctx, 'c3', false);
    expect(db.select().from(staff).where(eq(staff.id, 'c3')).get()?.active).toBe(false);
    expect(hasSession(db, session)).toBe(false);
    expect(auditTrail(db).map((e) => e.action)).toEqual(['staff.deactivated']);
    setStaffActive(ctx, 'c3', true);
    expect(
      auditTrail(db)
        .map((e) => e.action)
        .sort(),
    ).toEqual(['staff.deactivated', 'staff.reactivated']);
  });

  it('never deactivates the acting admin', () => {
    expect(reasonOf(() => setStaffActive(ctx, adminId, false))).toBe('deactivate_self');
  });
});
