import { describe, expect, it } from 'vitest';
import {
  blocksOverlap,
  findUncovered,
  isCovered,
  type HeldAppointment,
  type WeeklyBlock,
} from './availability-rules';

const mondayMorning: WeeklyBlock = {
  id: 'b1',
  officeId: 'o1',
  weekday: 1,
  startTime: '09:00',
  endTime: '12:00',
  validFrom: '2026-01-01',
  validTo: null,
  channels: ['presence', 'video'],
};

const at = (startsAt: string, minutes = 60, more: Partial<HeldAppointment> = {}) => ({
  id: startsAt,
  officeId: 'o1',
  channel: 'presence' as const,
  startsAt,
  endsAt: new Date(Date.parse(startsAt) + minutes * 60_000).toISOString(),
  zone: 'Europe/Berlin',
  ...more,
});

describe('isCovered', () => {
  it('reads the block on the appointment’s own day, on both sides of a DST change', () => {
    // 09:00 Berlin is 07:00 UTC in summer time (19 Oct) and 08:00 UTC in winter (26 Oct).
    expect(isCovered(at('2026-10-19T07:00:00.000Z'), [mondayMorning], [])).toBe(true);
    expect(isCovered(at('2026-10-26T08:00:00.000Z'), [mondayMorning], [])).toBe(true);
    expect(isCovered(at('2026-10-26T07:00:00.000Z'), [mondayMorning], [])).toBe(false);
    // Spring: 22 March still winter time, 29 March summer time.
    expect(isCovered(at('2027-03-22T08:00:00.000Z'), [mondayMorning], [])).toBe(true);
    expect(isCovered(at('2027-03-29T07:00:00.000Z'), [mondayMorning], [])).toBe(true);
    expect(isCovered(at('2027-03-29T10:00:00.000Z'), [mondayMorning], [])).toBe(false);
  });

  it('needs the office, the channel, the weekday and the validity to match', () => {
    const monday = '2026-12-07T08:00:00.000Z';
    expect(isCovered(at(monday, 60, { officeId: 'o2' }), [mondayMorning], [])).toBe(false);
    expect(isCovered(at(monday, 60, { channel: 'phone' }), [mondayMorning], [])).toBe(false);
    expect(isCovered(at('2026-12-08T08:00:00.000Z'), [mondayMorning], [])).toBe(false);
    const ended = { ...mondayMorning, validTo: '2026-12-06' };
    expect(isCovered(at(monday), [ended], [])).toBe(false);
    expect(isCovered(at(monday, 181), [mondayMorning], [])).toBe(false);
  });

  it('is not covered where an absence overlaps, even by a minute', () => {
    const appointment = at('2026-12-07T08:00:00.000Z');
    const absence = { startsAt: '2026-12-07T08:59:00.000Z', endsAt: '2026-12-07T12:00:00.000Z' };
    const after = { startsAt: '2026-12-07T09:00:00.000Z', endsAt: '2026-12-07T12:00:00.000Z' };
    expect(isCovered(appointment, [mondayMorning], [absence])).toBe(false);
    expect(isCovered(appointment, [mondayMorning], [after])).toBe(true);
  });
});

describe('findUncovered', () => {
  it('returns exactly the appointments without room', () => {
    const kept = at('2026-12-07T08:00:00.000Z');
    const lost = at('2026-12-07T11:30:00.000Z');
    expect(findUncovered([kept, lost], [mondayMorning], [])).toEqual([lost]);
  });
});

describe('blocksOverlap', () => {
  it('counts the same weekday, meeting periods and overlapping hours', () => {
    const afternoon = { ...mondayMorning, id: 'b2', startTime: '12:00', endTime: '15:00' };
    const late = { ...mondayMorning, id: 'b3', startTime: '11:00', endTime: '13:00' };
    const later = { ...late, validFrom: '2027-01-01' };
    expect(blocksOverlap(mondayMorning, afternoon)).toBe(false);
    expect(blocksOverlap(mondayMorning, late)).toBe(true);
    expect(blocksOverlap({ ...mondayMorning, validTo: '2026-12-31' }, later)).toBe(false);
    expect(blocksOverlap(mondayMorning, { ...late, weekday: 2 })).toBe(false);
  });
});
