import { describe, expect, it } from 'vitest';
import type { WeeklyBlock } from '@/lib/workspace/availability-rules';
import { blocksAfterEdit } from '@/lib/workspace/availability';
import { addInWeek, changeInWeek, copyWeek, cutOut, removeInWeek } from './week-edit';
import { weekOf } from './week';

// Monday 7 December 2026 to Sunday 13 December.
const week = weekOf('2026-12-09');

const tuesday: WeeklyBlock = {
  id: 'r1',
  officeId: 'o1',
  weekday: 2,
  startTime: '09:00',
  endTime: '12:00',
  validFrom: '2026-09-01',
  validTo: null,
  channels: ['presence', 'video'],
  room: 'Raum 2.14',
};

describe('weekOf', () => {
  it('runs Monday to Sunday, also across a year boundary', () => {
    expect(week).toEqual({ monday: '2026-12-07', sunday: '2026-12-13' });
    expect(weekOf('2027-01-01')).toEqual({ monday: '2026-12-28', sunday: '2027-01-03' });
    expect(weekOf('2026-12-07')).toEqual(week);
    expect(weekOf('2026-12-13')).toEqual(week);
  });
});

describe('cutOut', () => {
  it('splits an open rule around the week: the same rule before, a copy after', () => {
    expect(cutOut(tuesday, week.monday, week.sunday)).toEqual({
      remove: [],
      revalidate: [{ id: 'r1', validFrom: '2026-09-01', validTo: '2026-12-06' }],
      add: [
        {
          officeId: 'o1',
          weekday: 2,
          startTime: '09:00',
          endTime: '12:00',
          channels: ['presence', 'video'],
          room: 'Raum 2.14',
          validFrom: '2026-12-14',
          validTo: null,
        },
      ],
    });
  });

  it('removes a rule that lies inside the period, and leaves one outside untouched', () => {
    const inside = { ...tuesday, validFrom: '2026-12-07', validTo: '2026-12-13' };
    expect(cutOut(inside, week.monday, week.sunday)).toEqual({
      remove: ['r1'],
      revalidate: [],
      add: [],
    });
    const earlier = { ...tuesday, validTo: '2026-11-30' };
    expect(cutOut(earlier, week.monday, null)).toEqual({ remove: [], revalidate: [], add: [] });
    const later = { ...tuesday, validFrom: '2027-01-04' };
    expect(cutOut(later, week.monday, week.sunday)).toEqual({
      remove: [],
      revalidate: [],
      add: [],
    });
  });

  it('moves the start of a rule that begins inside the period', () => {
    const starting = { ...tuesday, validFrom: '2026-12-08' };
    expect(cutOut(starting, week.monday, week.sunday).revalidate).toEqual([
      { id: 'r1', validFrom: '2026-12-14', validTo: null },
    ]);
  });
});

describe('week edits', () => {
  it('“this week only”: the other weeks keep the old block, the week shows the new one', () => {
    const edit = changeInWeek(
      tuesday,
      { ...tuesday, weekday: 4, startTime: '13:00', endTime: '15:00' },
      week,
      'week',
    );
    const after = blocksAfterEdit([tuesday], edit);
    const on = (date: string, weekday: number) =>
      after.filter(
        (b) =>
          b.weekday === weekday && b.validFrom <= date && (b.validTo === null || date <= b.validTo),
      );
    expect(on('2026-12-01', 2).map((b) => b.startTime)).toEqual(['09:00']);
    expect(on('2026-12-08', 2)).toEqual([]);
    expect(on('2026-12-10', 4).map((b) => [b.startTime, b.room])).toEqual([['13:00', 'Raum 2.14']]);
    expect(on('2026-12-15', 2).map((b) => b.startTime)).toEqual(['09:00']);
    expect(on('2026-12-17', 4)).toEqual([]);
  });

  it('“from this week on”: the rule ends the Sunday before, the new one keeps its end', () => {
    const ending = { ...tuesday, validTo: '2027-03-31' };
    const edit = changeInWeek(ending, { ...ending, channels: ['phone'] }, week, 'onwards');
    expect(edit.revalidate).toEqual([{ id: 'r1', validFrom: '2026-09-01', validTo: '2026-12-06' }]);
    expect(edit.add.map((b) => [b.channels, b.validFrom, b.validTo])).toEqual([
      [['phone'], '2026-12-07', '2027-03-31'],
    ]);
  });

  it('adds for the week or from it on, and removes from the week on', () => {
    expect(addInWeek(tuesday, week, 'week').add[0]).toMatchObject({
      validFrom: '2026-12-07',
      validTo: '2026-12-13',
    });
    expect(addInWeek(tuesday, week, 'onwards').add[0]).toMatchObject({
      validFrom: '2026-12-07',
      validTo: null,
    });
    expect(removeInWeek(tuesday, week, 'onwards')).toEqual({
      remove: [],
      revalidate: [{ id: 'r1', validFrom: '2026-09-01', validTo: '2026-12-06' }],
      add: [],
    });
  });
});

describe('copyWeek', () => {
  it('leaves rules alone that already apply throughout', () => {
    expect(copyWeek([tuesday], week, 4)).toEqual({ remove: [], revalidate: [], add: [] });
  });

  it('copies a one-week block to the next weeks and clears what they had instead', () => {
    const once = { ...tuesday, id: 'once', validFrom: '2026-12-07', validTo: '2026-12-13' };
    const other = { ...tuesday, id: 'other', weekday: 3, validFrom: '2026-12-14', validTo: null };
    const inside = {
      ...tuesday,
      id: 'inside',
      weekday: 5,
      validFrom: '2026-12-14',
      validTo: '2026-12-20',
    };
    const edit = copyWeek([once, other, inside], week, 2);
    expect(edit.add.map((b) => [b.weekday, b.validFrom, b.validTo])).toEqual([
      [2, '2026-12-14', '2026-12-27'],
    ]);
    expect(edit.revalidate).toEqual([{ id: 'other', validFrom: '2026-12-28', validTo: null }]);
    expect(edit.remove).toEqual(['inside']);
  });
});
