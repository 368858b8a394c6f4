import { describe, expect, it } from 'vitest';
import { compareWithTargets, plannedMinutesByChannel, targetsFit } from './quotas';

describe('planned minutes per channel', () => {
  it('splits a block open for several channels evenly', () => {
    const planned = plannedMinutesByChannel([
      { minutes: 240, channels: ['presence', 'walk_and_talk'] },
      { minutes: 180, channels: ['phone', 'video'] },
      { minutes: 60, channels: ['video'] },
    ]);
    expect(Object.fromEntries(planned)).toEqual({
      presence: 120,
      walk_and_talk: 120,
      phone: 90,
      video: 150,
    });
  });
});

describe('planned versus target', () => {
  // 8 h in the week: video 3 h (37.5 %), phone 1 h (12.5 %), presence 4 h (50 %).
  const week = [
    { minutes: 240, channels: ['presence'] as const },
    { minutes: 120, channels: ['phone', 'video'] as const },
    { minutes: 120, channels: ['video'] as const },
  ];

  it('compares shares with the tolerance and turns the target share into hours', () => {
    const result = compareWithTargets(week, { video: 40, phone: 30, presence: 20 });
    expect(result.totalMinutes).toBe(480);
    expect(result.lines).toEqual([
      {
        channel: 'presence',
        plannedMinutes: 240,
        plannedPercent: 50,
        targetPercent: 20,
        targetMinutes: 96,
        status: 'above',
      },
      {
        channel: 'phone',
        plannedMinutes: 60,
        plannedPercent: 13,
        targetPercent: 30,
        targetMinutes: 144,
        status: 'below',
      },
      {
        channel: 'video',
        plannedMinutes: 180,
        plannedPercent: 38,
        targetPercent: 40,
        targetMinutes: 192,
        status: 'met',
      },
    ]);
  });

  it('lists a channel with a target but no hours as below, and one without a target as none', () => {
    const result = compareWithTargets(week, { walk_and_talk: 10 });
    expect(result.lines.map((l) => [l.channel, l.status])).toEqual([
      ['presence', 'none'],
      ['phone', 'none'],
      ['video', 'none'],
      ['walk_and_talk', 'below'],
    ]);
  });

  it('an empty week has no planned share', () => {
    expect(compareWithTargets([], { video: 0 }).lines).toEqual([
      {
        channel: 'video',
        plannedMinutes: 0,
        plannedPercent: 0,
        targetPercent: 0,
        targetMinutes: 0,
        status: 'met',
      },
    ]);
  });

  it('targets may not add up to more than 100 %', () => {
    expect(targetsFit({ video: 60, phone: 40 })).toBe(true);
    expect(targetsFit({ video: 60, phone: 41 })).toBe(false);
  });
});
