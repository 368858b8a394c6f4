import { describe, expect, it } from 'vitest';
import { busyIntervalsOf, mergeIntervals } from './busy';

const range = {
  start: Date.parse('2026-12-01T00:00:00Z'),
  end: Date.parse('2026-12-15T00:00:00Z'),
};
const ours = (uid: string) => uid.endsWith('@beratungsportal.example');

function calendar(...events: string[][]): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Test//DE',
    ...events.flatMap((lines) => [
      'BEGIN:VEVENT',
      'DTSTAMP:20261101T000000Z',
      ...lines,
      'END:VEVENT',
    ]),
    'END:VCALENDAR',
  ].join('\r\n');
}

const iso = (intervals: { start: number; end: number }[]) =>
  intervals.map((i) => [new Date(i.start).toISOString(), new Date(i.end).toISOString()]);

describe('busyIntervalsOf', () => {
  it('reads local times without a VTIMEZONE as Berlin time, and UTC as UTC', () => {
    const text = calendar(
      [
        'UID:a',
        'DTSTART;TZID=Europe/Berlin:20261201T091500',
        'DTEND;TZID=Europe/Berlin:20261201T100000',
      ],
      ['UID:b', 'DTSTART:20261202T120000Z', 'DTEND:20261202T130000Z'],
    );
    expect(iso(busyIntervalsOf([text], range, ours))).toEqual([
      ['2026-12-01T08:15:00.000Z', '2026-12-01T09:00:00.000Z'],
      ['2026-12-02T12:00:00.000Z', '2026-12-02T13:00:00.000Z'],
    ]);
  });

  it('leaves out transparent, cancelled and our own events', () => {
    const text = calendar(
      ['UID:free', 'DTSTART:20261201T080000Z', 'DTEND:20261201T090000Z', 'TRANSP:TRANSPARENT'],
      ['UID:gone', 'DTSTART:20261201T080000Z', 'DTEND:20261201T090000Z', 'STATUS:CANCELLED'],
      ['UID:b1@beratungsportal.example', 'DTSTART:20261201T100000Z', 'DTEND:20261201T110000Z'],
    );
    expect(busyIntervalsOf([text], range, ours)).toEqual([]);
  });

  it('blocks an all-day event for the whole Berlin day', () => {
    const text = calendar(['UID:day', 'DTSTART;VALUE=DATE:20261203', 'DTEND;VALUE=DATE:20261204']);
    expect(iso(busyIntervalsOf([text], range, ours))).toEqual([
      ['2026-12-02T23:00:00.000Z', '2026-12-03T23:00:00.000Z'],
    ]);
  });

  it('expands a recurrence with a moved and a cancelled occurrence', () => {
    const text = calendar(
      [
        'UID:weekly',
        'DTSTART;TZID=Europe/Berlin:20261124T100000',
        'DTEND;TZID=Europe/Berlin:20261124T110000',
        'RRULE:FREQ=WEEKLY;COUNT=4',
        'EXDATE;TZID=Europe/Berlin:20261215T100000',
      ],
      [
        'UID:weekly',
        'RECURRENCE-ID;TZID=Europe/Berlin:20261208T100000',
        'DTSTART;TZID=Europe/Berlin:20261208T140000',
        'DTEND;TZID=Europe/Berlin:20261208T150000',
      ],
    );
    expect(iso(busyIntervalsOf([text], range, ours))).toEqual([
      ['2026-12-01T09:00:00.000Z', '2026-12-01T10:00:00.000Z'],
      ['2026-12-08T13:00:00.000Z', '2026-12-08T14:00:00.000Z'],
    ]);
  });

  it('throws on text that is no iCalendar (the caller reports invalid data)', () => {
    expect(() => busyIntervalsOf(['kein Kalender'], range, ours)).toThrow();
  });
});

describe('mergeIntervals', () => {
  it('merges overlapping and touching intervals and clips to the range', () => {
    expect(
      mergeIntervals(
        [
          { start: 5, end: 10 },
          { start: 0, end: 3 },
          { start: 10, end: 12 },
          { start: -5, end: 1 },
          { start: 30, end: 40 },
        ],
        { start: 0, end: 35 },
      ),
    ).toEqual([
      { start: 0, end: 3 },
      { start: 5, end: 12 },
      { start: 30, end: 35 },
    ]);
  });
});
