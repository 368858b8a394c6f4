import { eq } from 'drizzle-orm';
import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { staff } from '@/db/schema/staff';
import {
  buildCounsellorFeed,
  endFeed,
  feedActorOf,
  feedUrlOf,
  findFeedStatus,
  initialsOf,
  renewFeedToken,
  type FeedTexts,
} from './calendar-feed';
import {
  createWorkspaceDatabase,
  insertAppointment,
  staffActor,
  workspaceDeps,
} from './test-fixture';

const texts: FeedTexts = {
  calendarName: 'Beratungstermine',
  channels: { presence: 'Vor Ort', phone: 'Telefon', video: 'Video', walk_and_talk: 'Walk & Talk' },
  summary: ({ channel, initials }) => `${channel}: ${initials}`,
  detailsLine: 'Details:',
  remoteLocation: { phone: 'Telefon', video: 'Video' },
};

/** The feed read back with ical.js, an iCalendar parser independent of the generator. */
function parseFeed(text: string) {
  const calendar = new ICAL.Component(ICAL.parse(text));
  for (const zone of calendar.getAllSubcomponents('vtimezone'))
    ICAL.TimezoneService.register(new ICAL.Timezone(zone));
  return calendar.getAllSubcomponents('vevent').map((vevent) => {
    const event = new ICAL.Event(vevent);
    return {
      uid: event.uid,
      summary: event.summary,
      location: event.location,
      description: event.description,
      start: event.startDate.toJSDate().toISOString(),
      end: event.endDate.toJSDate().toISOString(),
      zone: event.startDate.zone?.tzid,
      localStart: `${event.startDate.hour}:${String(event.startDate.minute).padStart(2, '0')}`,
    };
  });
}

function feedFixture() {
  const db = createWorkspaceDatabase();
  const autumn = new Date('2026-10-20T10:00:00.000Z');
  // 09:00 in Berlin: the Friday before the clocks go back (UTC+2) and the Monday after (UTC+1).
  const friday = insertAppointment(db, {
    startsAt: '2026-10-23T07:00:00.000Z',
    minutes: 45,
    channel: 'video',
    clientName: 'Kai Kunde',
    clientEmail: 'kai@example.org',
  });
  const monday = insertAppointment(db, {
    startsAt: '2026-10-26T08:00:00.000Z',
    clientName: 'Özlem Anna Yılmaz',
    channel: 'walk_and_talk',
  });
  insertAppointment(db, { startsAt: '2026-10-27T08:00:00.000Z', status: 'cancelled' });
  insertAppointment(db, { startsAt: '2026-10-27T08:00:00.000Z', counsellorId: 'c2' });
  const token = renewFeedToken(workspaceDeps(db, autumn), staffActor(db, 'c1'), 'c1');
  const read = (secret: string | null, staffId = 'c1') =>
    buildCounsellorFeed(db, feedActorOf(secret), staffId, {
      now: autumn,
      appUrl: 'https://beratung.example',
      locale: 'de',
      texts,
    });
  return { db, autumn, friday, monday, token, read };
}

describe('the counsellor’s calendar feed', () => {
  it('parses with ical.js and matches the bookings in Europe/Berlin across the DST change', () => {
    const { friday, monday, token, read } = feedFixture();
    const events = parseFeed(read(token));
    expect(events).toEqual([
      expect.objectContaining({
        uid: `counsellor-${friday}@beratungsportal.example`,
        summary: 'Video: K. K.',
        location: 'Video',
        start: '2026-10-23T07:00:00.000Z',
        end: '2026-10-23T07:45:00.000Z',
        zone: 'Europe/Berlin',
        localStart: '9:00',
      }),
      expect.objectContaining({
        uid: `counsellor-${monday}@beratungsportal.example`,
        summary: 'Walk & Talk: Ö. Y.',
        location: 'Park (Agentur A, Düsseldorf)',
        start: '2026-10-26T08:00:00.000Z',
        zone: 'Europe/Berlin',
        localStart: '9:00',
      }),
    ]);
    expect(events[0]?.description).toContain(
      `https://beratung.example/de/arbeitsbereich/termine/${friday}`,
    );
  });

  it('never carries client names beyond initials, nor contact data', () => {
    const { token, read } = feedFixture();
    const text = read(token);
    for (const secret of ['Kunde', 'Kai', 'Yılmaz', 'kai@example.org', '12345678']) {
      expect(text).not.toContain(secret);
    }
  });

  it('answers only the current secret of an active account, like a missing feed otherwise', () => {
    const { db, autumn, token, read } = feedFixture();
    const notFound = expect.objectContaining({ code: 'NOT_FOUND', reason: 'feed_not_found' });
    expect(() => read('wrong')).toThrow(notFound);
    expect(() => read(token, 'c2')).toThrow(notFound);
    expect(() => read(null)).toThrow(expect.objectContaining({ code: 'UNAUTHENTICATED' }));
    const renewed = renewFeedToken(workspaceDeps(db, autumn), staffActor(db, 'c1'), 'c1');
    expect(() => read(token)).toThrow(notFound);
    expect(parseFeed(read(renewed))).toHaveLength(2);
    db.update(staff).set({ active: false }).where(eq(staff.id, 'c1')).run();
    expect(() => read(renewed)).toThrow(notFound);
  });

  it('is managed by the counsellor alone: not by their team lead', () => {
    const { db, autumn, token, read } = feedFixture();
    const lead = staffActor(db, 'l1');
    expect(() => renewFeedToken(workspaceDeps(db, autumn), lead, 'c1')).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(findFeedStatus(db, staffActor(db, 'c1'), 'c1')).toEqual({
      createdAt: autumn.toISOString(),
    });
    endFeed(workspaceDeps(db, autumn), staffActor(db, 'c1'), 'c1');
    expect(findFeedStatus(db, staffActor(db, 'c1'), 'c1')).toBeNull();
    expect(() => read(token)).toThrow(expect.objectContaining({ code: 'NOT_FOUND' }));
  });

  it('builds a subscription URL with the secret and the language', () => {
    expect(feedUrlOf('https://b.example', 'c1', 'abc', 'de')).toBe(
      'https://b.example/api/v1/counsellors/c1/calendar.ics?token=abc&locale=de',
    );
  });
});

describe('initialsOf', () => {
  it('takes the first letters of the first and the last name', () => {
    expect(initialsOf('Kai Kunde')).toBe('K. K.');
    expect(initialsOf('  anna-lena von  berg ')).toBe('A. B.');
    expect(initialsOf('Madonna')).toBe('M.');
    expect(initialsOf('Ömer Çelik')).toBe('Ö. Ç.');
  });
});
