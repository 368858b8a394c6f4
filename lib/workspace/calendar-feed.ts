import { TZDate } from '@date-fns/tz';
import ical, { ICalEventStatus } from 'ical-generator';
import { listTeamMemberships } from '@/db/queries/auth';
import {
  deleteFeed,
  findActiveFeedTokenHash,
  findFeed,
  listFeedAppointments,
  replaceFeed,
  type FeedAppointmentRow,
} from '@/db/queries/workspace-feed';
import type { Channel } from '@/db/schema/enums';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { assertAllowed, loadCounsellorResource } from '@/lib/auth/access';
import type { Actor, Resource } from '@/lib/auth/policy';
import { vtimezoneOf } from '@/lib/booking/calendar-event';
import { createSecretToken, hashToken } from '@/lib/booking/manage-token';
import type { WorkspaceDeps } from './context';

/** How far the feed reaches: the last month (for the record) and a year ahead. */
const pastDays = 31;
const futureDays = 366;

/** The actor a feed request speaks as: its secret, or nobody. */
export function feedActorOf(token: string | null | undefined): Actor {
  return token ? { kind: 'feed-token', token } : { kind: 'anonymous' };
}

function feedResource(ex: Executor, staffId: string): Resource {
  const teamIds = listTeamMemberships(ex, [staffId]).map((m) => m.teamId);
  return {
    type: 'counsellor',
    staffId,
    teamIds,
    feedTokenHash: findActiveFeedTokenHash(ex, staffId),
  };
}

/** Whether the counsellor has a feed, and since when (the URL itself is never shown again). */
export function findFeedStatus(ex: Executor, actor: Actor, staffId: string) {
  assertAllowed(actor, 'calendar.manage-feed', loadCounsellorResource(ex, staffId));
  return findFeed(ex, staffId) ?? null;
}

/** A new secret for the feed: the old URL stops working at once. Returns the new secret. */
export function renewFeedToken(deps: WorkspaceDeps, actor: Actor, staffId: string): string {
  const token = createSecretToken();
  withWriteTransaction(deps.db, (tx) => {
    assertAllowed(actor, 'calendar.manage-feed', loadCounsellorResource(tx, staffId));
    replaceFeed(tx, { staffId, tokenHash: hashToken(token), createdAt: deps.now.toISOString() });
  });
  return token;
}

export function endFeed(deps: WorkspaceDeps, actor: Actor, staffId: string): void {
  withWriteTransaction(deps.db, (tx) => {
    assertAllowed(actor, 'calendar.manage-feed', loadCounsellorResource(tx, staffId));
    deleteFeed(tx, staffId);
  });
}

export function feedUrlOf(appUrl: string, staffId: string, token: string, locale: string) {
  const query = new URLSearchParams({ token, locale });
  return `${appUrl}/api/v1/counsellors/${encodeURIComponent(staffId)}/calendar.ics?${query}`;
}

/** "Kai Kunde" → "K. K.": enough to recognise the appointment, not to name the person. */
export function initialsOf(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean);
  const picked = words.length > 1 ? [words[0]!, words.at(-1)!] : words;
  return picked.map((w) => `${Array.from(w)[0]!.toLocaleUpperCase('de')}.`).join(' ');
}

export type FeedTexts = {
  calendarName: string;
  channels: Record<Channel, string>;
  summary: (input: { channel: string; initials: string }) => string;
  detailsLine: string;
  /** Where a phone or video appointment "is". */
  remoteLocation: Record<'phone' | 'video', string>;
};

export function locationOf(row: FeedAppointmentRow, texts: FeedTexts): string {
  const office = `${row.officeName}, ${row.officeStreet}, ${row.officePostcode} ${row.officeCity}`;
  if (row.channel === 'presence') return office;
  if (row.channel === 'walk_and_talk')
    return `${row.meetingPointName ?? ''} (${row.officeName}, ${row.officeCity})`;
  return texts.remoteLocation[row.channel];
}

/**
 * The counsellor's appointments as an RFC 5545 calendar for a subscription: local times
 * with the office's VTIMEZONE, the client only by initials, no contact data. Only for
 * the holder of the current feed secret of an active account.
 */
export function buildCounsellorFeed(
  ex: Executor,
  actor: Actor,
  staffId: string,
  options: { now: Date; appUrl: string; locale: string; texts: FeedTexts },
): string {
  assertAllowed(actor, 'calendar.read-feed', feedResource(ex, staffId), {
    message: 'No calendar feed matches this link.',
    reason: 'feed_not_found',
  });
  const { now, texts } = options;
  const rows = listFeedAppointments(
    ex,
    staffId,
    {
      from: new Date(now.getTime() - pastDays * 86_400_000).toISOString(),
      to: new Date(now.getTime() + futureDays * 86_400_000).toISOString(),
    },
    options.locale,
  );
  const calendar = ical({
    name: texts.calendarName,
    prodId: { company: 'Beratungsportal NRW', product: 'counsellor-feed', language: 'DE' },
    ttl: 15 * 60,
  });
  const zones = new Set(rows.map((r) => r.timeZone).filter((z) => vtimezoneOf(z) !== null));
  for (const zone of zones) calendar.timezone({ name: zone, generator: vtimezoneOf });
  for (const row of rows) {
    const isZoned = zones.has(row.timeZone);
    const at = (iso: string) =>
      isZoned ? new TZDate(Date.parse(iso), row.timeZone) : new Date(Date.parse(iso));
    const channel = texts.channels[row.channel];
    const url = `${options.appUrl}/${options.locale}/arbeitsbereich/termine/${row.id}`;
    calendar.createEvent({
      id: `counsellor-${row.id}@beratungsportal.example`,
      stamp: now,
      start: at(row.startsAt),
      end: at(row.endsAt),
      timezone: isZoned ? row.timeZone : undefined,
      summary: texts.summary({ channel, initials: initialsOf(row.clientName) }),
      description: `${row.serviceName} · ${channel}\n\n${texts.detailsLine} ${url}`,
      location: locationOf(row, texts),
      url,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  // ical-generator writes DTSTAMP in the event's zone; RFC 5545 wants it in UTC.
  const stamp = now
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
  return calendar.toString().replace(/^DTSTAMP:.*$/gm, `DTSTAMP:${stamp}`);
}
