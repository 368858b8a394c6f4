import { eq } from 'drizzle-orm';
import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { listChannelsOfOffice, listPrefixesOfOffice } from '@/db/queries/admin-offices';
import { meetingPoints, offices } from '@/db/schema/organisation';
import { teamMemberships, teams } from '@/db/schema/staff';
import type { AdminContext } from './context';
import { createMeetingPoint, setMeetingPointActive, updateMeetingPoint } from './meeting-points';
import { createOffice, deleteOffice, setOfficeActive, updateOffice } from './offices';
import { meetingPointFormSchema, newOfficeFormSchema, officeFormSchema } from './schemas';
import { createTeam, deleteTeam, updateTeam } from './teams';
import { adminId, auditTrail, createAdminFixture, formOf, reasonOf, teamId } from './test-fixture';

let db: Database;
let ctx: AdminContext;
beforeEach(() => ({ db, ctx } = createAdminFixture()));

const officeForm = {
  name: 'Agentur A',
  street: 'Weg 1',
  postcode: '40211',
  city: 'Düsseldorf',
  timeZone: 'Europe/Berlin',
  channels: ['presence', 'phone', 'video', 'walk_and_talk'],
  prefixes: '402, 403 402',
  bufferMinutes: '10',
  minNoticeMinutes: '720',
  bookingHorizonDays: '56',
  slotStepMinutes: '30',
  maxActiveBookingsPerEmail: '2',
  changeNoticeMinutes: '120',
  maxReschedules: '3',
};
const officeInput = (overrides: Record<string, string | string[]> = {}) =>
  officeFormSchema.parse(formOf({ ...officeForm, ...overrides }));

describe('teams', () => {
  it('creates, renames and deletes an empty team, each with an audit event', () => {
    const { id } = createTeam(ctx, { name: 'Team Nord', officeId: 'office-b' });
    expect(updateTeam(ctx, id, { name: 'Team Süd', officeId: 'office-b' }).changed).toBe(true);
    deleteTeam(ctx, id);
    expect(db.select().from(teams).where(eq(teams.id, id)).all()).toEqual([]);
    expect(auditTrail(db).map((e) => [e.action, e.actorStaffId])).toEqual([
      ['team.created', adminId],
      ['team.updated', adminId],
      ['team.deleted', adminId],
    ]);
  });

  it('refuses a second team of the same name at an office, and an unknown office', () => {
    expect(reasonOf(() => createTeam(ctx, { name: 'Team A', officeId: 'office-a' }))).toBe(
      'team_name_taken',
    );
    expect(reasonOf(() => createTeam(ctx, { name: 'X', officeId: 'nowhere' }))).toBe(
      'unknown_office',
    );
  });

  it('keeps a team that still has members', () => {
    db.insert(teamMemberships).values({ teamId, staffId: 'c1', role: 'member' }).run();
    expect(reasonOf(() => deleteTeam(ctx, teamId))).toBe('team_not_empty');
  });
});

describe('offices', () => {
  it('saves the booking rules, channels and postcode areas and records the difference', () => {
    const result = updateOffice(ctx, 'office-a', officeInput({ bufferMinutes: '15' }));
    expect(result.changed).toBe(true);
    expect(db.select().from(offices).where(eq(offices.id, 'office-a')).get()).toMatchObject({
      bufferMinutes: 15,
      minNoticeMinutes: 720,
    });
    expect(listPrefixesOfOffice(db, 'office-a')).toEqual(['402', '403']);
    expect(auditTrail(db)[0]?.details).toEqual({
      bufferMinutes: { from: 10, to: 15 },
      prefixes: { added: ['403'], removed: [] },
    });
  });

  it('offers walk and talk only with an active meeting point', () => {
    const form = { ...officeForm, id: 'office-c', providerId: 'bbe' };
    expect(reasonOf(() => createOffice(ctx, newOfficeFormSchema.parse(formOf(form))))).toBe(
      'walk_needs_meeting_point',
    );
    const withoutWalks = { ...form, channels: ['presence', 'phone', 'video'] };
    const { id } = createOffice(ctx, newOfficeFormSchema.parse(formOf(withoutWalks)));
    expect(listChannelsOfOffice(db, id).sort()).toEqual(['phone', 'presence', 'video']);
  });

  it('refuses a taken office id', () => {
    const form = formOf({ ...officeForm, id: 'office-a', providerId: 'bbie' });
    expect(reasonOf(() => createOffice(ctx, newOfficeFormSchema.parse(form)))).toBe(
      'office_id_taken',
    );
  });

  it('deletes only an office nothing refers to; deactivation is always possible', () => {
    expect(reasonOf(() => deleteOffice(ctx, 'office-a'))).toBe('office_in_use');
    expect(setOfficeActive(ctx, 'office-a', false)).toEqual({ upcomingBookings: 0 });
    const form = formOf({ ...officeForm, id: 'office-c', providerId: 'bbe', channels: ['video'] });
    createOffice(ctx, newOfficeFormSchema.parse(form));
    deleteOffice(ctx, 'office-c');
    expect(auditTrail(db).map((e) => e.action)).toEqual([
      'office.deactivated',
      'office.created',
      'office.deleted',
    ]);
  });
});

describe('meeting points', () => {
  const point = meetingPointFormSchema.parse({
    name: 'Brücke',
    description: 'Am Geländer',
    isStepFree: 'on',
    typicalDurationMinutes: '45',
  });

  it('creates and edits a meeting point of an office', () => {
    const { id } = createMeetingPoint(ctx, 'office-a', point);
    updateMeetingPoint(ctx, 'office-a', id, { ...point, typicalDurationMinutes: 60 });
    expect(db.select().from(meetingPoints).where(eq(meetingPoints.id, id)).get()).toMatchObject({
      officeId: 'office-a',
      typicalDurationMinutes: 60,
      isStepFree: true,
    });
    expect(auditTrail(db).map((e) => e.action)).toEqual([
      'meeting_point.created',
      'meeting_point.updated',
    ]);
  });

  it('keeps the last active meeting point of an office offering walk and talk', () => {
    setMeetingPointActive(ctx, 'office-a', 'mp-b', false);
    expect(reasonOf(() => setMeetingPointActive(ctx, 'office-a', 'mp-a', false))).toBe(
      'last_meeting_point',
    );
  });

  it('treats a point of another office as not found', () => {
    expect(reasonOf(() => updateMeetingPoint(ctx, 'office-b', 'mp-a', point))).toBe('not_found');
  });
});
