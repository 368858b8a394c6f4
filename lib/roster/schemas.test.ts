import { describe, expect, it } from 'vitest';
import {
  rosterChangeQuery,
  rosterChangeSchema,
  targetsFormSchema,
  targetsOf,
  toRosterChange,
} from './schemas';

describe('roster change schema', () => {
  const form = {
    op: 'change',
    team: 't1',
    person: 'c1',
    block: 'b1',
    woche: '2026-11-30',
    scope: 'week',
    weekday: '2',
    startTime: '10:00',
    endTime: '12:00',
    officeId: 'o1',
    'channels.presence': 'on',
    'channels.video': 'on',
    room: ' Raum 2.14 ',
  };

  it('reads a form with checkboxes and the same change again from its query', () => {
    const parsed = rosterChangeSchema.parse(form);
    expect(toRosterChange(parsed)).toEqual({
      op: 'change',
      staffId: 'c1',
      blockId: 'b1',
      week: '2026-11-30',
      scope: 'week',
      fields: {
        weekday: 2,
        startTime: '10:00',
        endTime: '12:00',
        officeId: 'o1',
        channels: ['presence', 'video'],
        room: 'Raum 2.14',
      },
    });
    const query = rosterChangeQuery(parsed);
    expect(query.channels).toBe('presence,video');
    expect(rosterChangeSchema.parse(query)).toEqual(parsed);
  });

  it('refuses unknown channels, bad times and too many weeks', () => {
    expect(rosterChangeSchema.safeParse({ ...form, 'channels.fax': 'on' }).success).toBe(false);
    expect(rosterChangeSchema.safeParse({ ...form, startTime: '9 Uhr' }).success).toBe(false);
    const copy = { op: 'copy', team: 't1', woche: '2026-11-30' };
    expect(rosterChangeSchema.safeParse({ ...copy, weeks: '13' }).success).toBe(false);
    expect(toRosterChange(rosterChangeSchema.parse({ ...copy, weeks: '4' }))).toEqual({
      op: 'copy',
      week: '2026-11-30',
      weeks: 4,
    });
  });

  it('reads targets: empty fields have none, numbers outside 0–100 are refused', () => {
    const base = { team: 't1', person: 'c1', woche: '2026-11-30' };
    expect(targetsOf(targetsFormSchema.parse({ ...base, video: '40', phone: '0' }))).toEqual({
      phone: 0,
      video: 40,
    });
    expect(targetsFormSchema.safeParse({ ...base, video: '140' }).success).toBe(false);
  });
});
