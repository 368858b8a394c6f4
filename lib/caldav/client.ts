import { calendarQuery, deleteObject, getBasicAuthHeaders, propfind, updateObject } from 'tsdav';
import { CalendarSyncError, classifyError, errorOfStatus } from './errors';

/**
 * The CalDAV exchanges the sync needs, on tsdav: check that a URL is a calendar, read
 * the events of a time range, write and delete one event. Every failure comes out as a
 * CalendarSyncError with a reason the counsellor can act on.
 */
export type CalendarAccount = { calendarUrl: string; username: string; password: string };

const timeoutMs = 15_000;

function requestOptions(account: CalendarAccount) {
  return {
    headers: getBasicAuthHeaders({ username: account.username, password: account.password }),
    fetchOptions: { signal: AbortSignal.timeout(timeoutMs), redirect: 'error' as const },
  };
}

async function guarded<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    throw classifyError(error);
  }
}

/** Where our event for a booking lives in the calendar collection. */
export function eventUrlOf(calendarUrl: string, bookingId: string): string {
  const base = calendarUrl.endsWith('/') ? calendarUrl : `${calendarUrl}/`;
  return new URL(`${encodeURIComponent(bookingId)}.ics`, base).toString();
}

/** Resolves when the account may read the URL and it is a calendar collection. */
export async function checkCalendar(account: CalendarAccount): Promise<void> {
  const [answer] = await guarded(() =>
    propfind({
      url: account.calendarUrl,
      props: { 'd:resourcetype': {} },
      depth: '0',
      ...requestOptions(account),
    }),
  );
  if (!answer) throw new CalendarSyncError('server_error', 'empty PROPFIND answer');
  if (!answer.ok) throw errorOfStatus(answer.status, 'PROPFIND');
  const type = answer.props?.resourcetype as Record<string, unknown> | undefined;
  if (!type || !('calendar' in type)) {
    throw new CalendarSyncError('not_a_calendar', 'the address is not a calendar collection');
  }
}

const icsTime = (instant: Date) =>
  instant
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');

/**
 * The iCalendar text of every event object with an occurrence in the range (the
 * server's time-range calendar-query); recurrences are expanded by the caller, which
 * does not depend on the server supporting `expand`.
 */
export async function fetchEventData(
  account: CalendarAccount,
  range: { from: Date; to: Date },
): Promise<string[]> {
  const answers = await guarded(() =>
    calendarQuery({
      url: account.calendarUrl,
      props: { 'd:getetag': {}, 'c:calendar-data': {} },
      filters: {
        'comp-filter': {
          _attributes: { name: 'VCALENDAR' },
          'comp-filter': {
            _attributes: { name: 'VEVENT' },
            'time-range': { _attributes: { start: icsTime(range.from), end: icsTime(range.to) } },
          },
        },
      },
      depth: '1',
      ...requestOptions(account),
    }),
  );
  const refused = answers.find((a) => !a.ok && !a.props);
  if (refused) throw errorOfStatus(refused.status, 'REPORT');
  return answers.flatMap((answer) => {
    const data = answer.props?.calendarData as string | { _cdata?: string } | undefined;
    const text = typeof data === 'string' ? data : data?._cdata;
    return text ? [text] : [];
  });
}

/** Writes (creates or replaces) the event at `url`. */
export async function putEvent(account: CalendarAccount, url: string, ics: string) {
  const response = await guarded(() =>
    updateObject({
      url,
      data: ics,
      headers: {
        ...requestOptions(account).headers,
        'content-type': 'text/calendar; charset=utf-8',
      },
      fetchOptions: requestOptions(account).fetchOptions,
    }),
  );
  if (!response.ok) throw errorOfStatus(response.status, 'PUT');
}

/** Deletes the event at `url`; one that is gone already counts as deleted. */
export async function deleteEvent(account: CalendarAccount, url: string) {
  const response = await guarded(() => deleteObject({ url, ...requestOptions(account) }));
  if (!response.ok && response.status !== 404 && response.status !== 410)
    throw errorOfStatus(response.status, 'DELETE');
}
