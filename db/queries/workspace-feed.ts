import { and, asc, eq, gte, inArray, lt } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { meetingPoints, offices, serviceTranslations } from '../schema/organisation';
import { staff } from '../schema/staff';
import { calendarFeeds } from '../schema/workspace';
import type { Executor } from '../transaction';
import { bookingServiceNameIn } from './catalogue';

/** The feed secret's hash of an active account; null when it has none or is deactivated. */
export function findActiveFeedTokenHash(ex: Executor, staffId: string): string | null {
  const row = ex
    .select({ tokenHash: calendarFeeds.tokenHash })
    .from(calendarFeeds)
    .innerJoin(staff, eq(staff.id, calendarFeeds.staffId))
    .where(and(eq(calendarFeeds.staffId, staffId), eq(staff.active, true)))
    .get();
  return row?.tokenHash ?? null;
}

export function findFeed(ex: Executor, staffId: string) {
  return ex
    .select({ createdAt: calendarFeeds.createdAt })
    .from(calendarFeeds)
    .where(eq(calendarFeeds.staffId, staffId))
    .get();
}

/** One feed per counsellor: a new secret replaces the old one. */
export function replaceFeed(ex: Executor, feed: typeof calendarFeeds.$inferInsert) {
  ex.insert(calendarFeeds)
    .values(feed)
    .onConflictDoUpdate({
      target: calendarFeeds.staffId,
      set: { tokenHash: feed.tokenHash, createdAt: feed.createdAt },
    })
    .run();
}

export function deleteFeed(ex: Executor, staffId: string) {
  ex.delete(calendarFeeds).where(eq(calendarFeeds.staffId, staffId)).run();
}

const feedColumns = {
  id: bookings.id,
  counsellorId: bookings.counsellorId,
  startsAt: bookings.startsAt,
  endsAt: bookings.endsAt,
  channel: bookings.channel,
  status: bookings.status,
  updatedAt: bookings.updatedAt,
  serviceName: serviceTranslations.name,
  officeName: offices.name,
  officeStreet: offices.street,
  officePostcode: offices.postcode,
  officeCity: offices.city,
  timeZone: offices.timeZone,
  meetingPointName: meetingPoints.name,
  clientName: clients.name,
};

function feedQuery(ex: Executor, locale: string) {
  return ex
    .select(feedColumns)
    .from(bookings)
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .innerJoin(serviceTranslations, bookingServiceNameIn(locale))
    .leftJoin(meetingPoints, eq(meetingPoints.id, bookings.meetingPointId));
}

/** What the feed shows of the counsellor's appointments in [from, to); no contact data. */
export function listFeedAppointments(
  ex: Executor,
  staffId: string,
  range: { from: string; to: string },
  locale: string,
) {
  return feedQuery(ex, locale)
    .where(
      and(
        eq(bookings.counsellorId, staffId),
        inArray(bookings.status, ['confirmed', 'completed', 'no_show']),
        gte(bookings.endsAt, range.from),
        lt(bookings.startsAt, range.to),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .all();
}

/** One appointment as the feed (and the CalDAV push) shows it, whatever its status. */
export function findFeedAppointment(ex: Executor, bookingId: string, locale: string) {
  return feedQuery(ex, locale).where(eq(bookings.id, bookingId)).get();
}

export type FeedAppointmentRow = ReturnType<typeof listFeedAppointments>[number];
