import { describe, expect, it } from 'vitest';
import { compareWithTargets } from './quotas';
import { weekOf } from './week';
import { buildCounsellorWeek, plannedBlocksOf, type RosterBlock } from './week-view';

const zone = 'Europe/Berlin';
const block = (over: Partial<RosterBlock>): RosterBlock => ({
  id: 'b',
  officeId: 'o1',
  officeName: 'Office',
  timeZone: zone,
  weekday: 1,
  startTime: '09:00',
  endTime: '13:00',
  validFrom: '2026-01-01',
  validTo: null,
  channels: ['presence'],
  room: null,
  ...over,
});

// Week of Monday 26 October 2026 (the first after the DST change: Berlin is UTC+1).
const week = weekOf('2026-10-26');

describe('buildCounsellorWeek', () => {
  it('places blocks on their dates with booked and offered minutes, absences subtracted', () => {
    const days = buildCounsellorWeek(
      [
        block({ id: 'mon', channels: ['presence', 'video'] }),
        block({ id: 'tue', weekday: 2, startTime: '13:00', endTime: '16:00', channels: ['phone'] }),
        block({ id: 'old', weekday: 3, validTo: '2026-10-01' }),
      ],
      [
        {
          id: 'a',
          reason: 'training',
          startsAt: '2026-10-27T12:00:00.000Z',
          endsAt: '2026-10-27T14:00:00.000Z',
        },
      ],
      [
        { startsAt: '2026-10-26T08:00:00.000Z', endsAt: '2026-10-26T09:00:00.000Z' },
        { startsAt: '2026-10-26T10:30:00.000Z', endsAt: '2026-10-26T11:15:00.000Z' },
      ],
      week,
      zone,
    );
    expect(days.map((d) => [d.date, d.occurrences.map((o) => o.block.id)])).toEqual([
      ['2026-10-26', ['mon']],
      ['2026-10-27', ['tue']],
      ['2026-10-28', []],
      ['2026-10-29', []],
      ['2026-10-30', []],
      ['2026-10-31', []],
      ['2026-11-01', []],
    ]);
    expect(days[0]).toMatchObject({ offeredMinutes: 240, bookedMinutes: 105 });
    expect(days[0]!.occurrences[0]!.startsAt).toBe('2026-10-26T08:00:00.000Z');
    // Tuesday 13:00–16:00 local = 12:00–15:00 UTC; training until 14:00 UTC takes 2 hours.
    expect(days[1]).toMatchObject({ offeredMinutes: 60, bookedMinutes: 0 });
    expect(days[1]!.occurrences[0]!.isAbsent).toBe(true);
    expect(days[1]!.absences.map((a) => [a.id, a.isAllDay])).toEqual([['a', false]]);
    const quota = compareWithTargets(plannedBlocksOf(days), { video: 40 });
    expect(quota.lines.map((l) => [l.channel, l.plannedMinutes, l.status])).toEqual([
      ['presence', 120, 'none'],
      ['phone', 60, 'none'],
      ['video', 120, 'met'],
    ]);
  });

  it('shows a partial absence over several days only where it starts and ends each day', () => {
    // Tuesday 13:00 local (12:00 UTC) to Thursday 10:00 local (09:00 UTC).
    const days = buildCounsellorWeek(
      [],
      [
        {
          id: 'sick',
          reason: 'sick',
          startsAt: '2026-10-27T12:00:00.000Z',
          endsAt: '2026-10-29T09:00:00.000Z',
        },
      ],
      [],
      week,
      zone,
    );
    const shown = days
      .filter((d) => d.absences.length > 0)
      .map((d) => {
        const a = d.absences[0]!;
        return [d.date, a.isAllDay, a.startsThatDay, a.endsThatDay];
      });
    expect(shown).toEqual([
      ['2026-10-27', false, true, false],
      ['2026-10-28', true, false, false],
      ['2026-10-29', false, false, true],
    ]);
  });
});
