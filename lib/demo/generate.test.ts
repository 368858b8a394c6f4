import { describe, expect, it } from 'vitest';
import { listPublicHolidays } from '@/lib/calendar/holidays';
import {
  addDaysToLocalDate,
  eachLocalDate,
  isoWeekdayOf,
  zonedWallTimeToUtc,
} from '@/lib/calendar/local-date';
import { generateDemoData } from './generate';
import { demoSignIns } from './generate-staff';

const now = new Date('2026-11-28T14:00:00.000Z');
const holidays = [2026, 2027].flatMap((y) => listPublicHolidays('DE-NW', y)).map((h) => h.date);
const data = generateDemoData({ now, holidays });

// Map.groupBy needs Node 21.
function groupBy<T>(rows: T[], key: (row: T) => string): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const row of rows) map.set(key(row), [...(map.get(key(row)) ?? []), row]);
  return map;
}

describe('generateDemoData', () => {
  it('is deterministic for the same seed and day', () => {
    const again = generateDemoData({ now, holidays });
    expect(again.staff).toEqual(data.staff);
    expect(again.bookings).toEqual(data.bookings);
  });

  it('has all 30 agency districts, at least 10 BBE centres and 150 counsellors', () => {
    expect(data.offices.filter((o) => o.providerId === 'bbie')).toHaveLength(30);
    expect(data.offices.filter((o) => o.providerId === 'bbe').length).toBeGreaterThanOrEqual(10);
    expect(data.staff.filter((s) => s.role === 'counsellor').length).toBeGreaterThanOrEqual(150);
    expect(data.teamMemberships.filter((m) => m.role === 'lead')).toHaveLength(data.teams.length);
  });

  it('has the documented demo sign-ins', () => {
    const byEmail = new Map(data.staff.map((s) => [s.email, s.role]));
    expect(byEmail.get(demoSignIns.counsellor)).toBe('counsellor');
    expect(byEmail.get(demoSignIns.teamLead)).toBe('team_lead');
    expect(byEmail.get(demoSignIns.admin)).toBe('admin');
  });

  it('speaks several languages and covers all four channels', () => {
    const languages = new Set(data.counsellorLanguages.map((l) => l.language));
    for (const code of ['de', 'en', 'tr', 'ar', 'uk', 'ru', 'pl'])
      expect(languages).toContain(code);
    const channels = new Set(data.availabilityRuleChannels.map((c) => c.channel));
    expect([...channels].sort()).toEqual(['phone', 'presence', 'video', 'walk_and_talk']);
  });

  it('gives presence blocks a room and remote-only blocks none', () => {
    const presence = new Set(
      data.availabilityRuleChannels.filter((c) => c.channel === 'presence').map((c) => c.ruleId),
    );
    for (const rule of data.availabilityRules) {
      if (presence.has(rule.id)) expect(rule.room).toMatch(/^Raum \d\.\d{2}$/);
      else expect(rule.room).toBeNull();
    }
  });

  it('refers a few clients to the other provider after a held appointment, in both directions', () => {
    const bookings = new Map(data.bookings.map((b) => [b.id, b]));
    const providerOf = new Map(data.offices.map((o) => [o.id, o.providerId]));
    const directions = new Set(data.referrals.map((r) => `${r.fromProviderId}>${r.toProviderId}`));
    expect(directions).toEqual(new Set(['bbie>bbe', 'bbe>bbie']));
    for (const referral of data.referrals) {
      const from = bookings.get(referral.fromBookingId)!;
      const to = bookings.get(referral.toBookingId)!;
      expect(from.status).toBe('completed');
      expect(to.clientId).toBe(from.clientId);
      expect(providerOf.get(from.officeId)).toBe(referral.fromProviderId);
      expect(providerOf.get(to.officeId)).toBe(referral.toProviderId);
      expect(referral.createdAt >= from.endsAt).toBe(true);
      expect(referral.note.length).toBeGreaterThan(0);
    }
  });

  it('gives every walk-and-talk office a meeting point', () => {
    const walkOffices = data.officeChannels.filter((c) => c.channel === 'walk_and_talk');
    for (const { officeId } of walkOffices) {
      expect(data.meetingPoints.some((p) => p.officeId === officeId)).toBe(true);
    }
  });

  it('books no appointment on a holiday and none that overlaps another of the counsellor', () => {
    const active = data.bookings.filter((b) => b.status !== 'cancelled');
    const byCounsellor = groupBy(active, (b) => b.counsellorId);
    for (const list of byCounsellor.values()) {
      const sorted = [...list].sort((a, b) => a.startsAt.localeCompare(b.startsAt));
      sorted.slice(1).forEach((b, i) => expect(sorted[i]!.endsAt <= b.startsAt).toBe(true));
    }
    const holidaySet = new Set(holidays);
    const local = (iso: string) =>
      new Date(iso).toLocaleDateString('sv-SE', { timeZone: 'Europe/Berlin' });
    expect(active.filter((b) => holidaySet.has(local(b.startsAt)))).toEqual([]);
  });

  it('leaves free time on every channel of every office in the next 8 weeks', () => {
    const dates = eachLocalDate('2026-11-30', addDaysToLocalDate('2026-11-30', 55));
    const rulesChannels = groupBy(data.availabilityRuleChannels, (c) => c.ruleId);
    for (const { officeId, channel } of data.officeChannels) {
      const rules = data.availabilityRules.filter(
        (r) =>
          r.officeId === officeId && rulesChannels.get(r.id)?.some((c) => c.channel === channel),
      );
      const hasFreeRuleDay = dates.some((date) =>
        rules.some((rule) => {
          if (rule.weekday !== isoWeekdayOf(date) || holidays.includes(date)) return false;
          const start = zonedWallTimeToUtc(date, rule.startTime, 'Europe/Berlin')!.toISOString();
          const end = zonedWallTimeToUtc(date, rule.endTime, 'Europe/Berlin')!.toISOString();
          const busy = [
            ...data.bookings,
            ...data.absences.map((a) => ({ ...a, counsellorId: a.staffId, status: 'confirmed' })),
          ]
            .filter((b) => b.counsellorId === rule.staffId && b.status === 'confirmed')
            .some((b) => b.startsAt < end && start < b.endsAt);
          return !busy;
        }),
      );
      expect(hasFreeRuleDay, `${officeId} ${channel}`).toBe(true);
    }
  });
});
