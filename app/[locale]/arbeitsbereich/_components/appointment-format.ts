import { getFormatter, getLocale } from 'next-intl/server';

/** "09:00–09:45" (the day is said by the section it is listed in). */
export async function timeRangeOf(item: { startsAt: string; endsAt: string }) {
  const format = await getFormatter();
  return format.dateTimeRange(new Date(item.startsAt), new Date(item.endsAt), {
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "Mo., 30. Nov., 09:00": names an appointment in a label or a list. */
export async function shortDateOf(startsAt: string) {
  const format = await getFormatter();
  return format.dateTime(new Date(startsAt), {
    weekday: 'short',
    day: 'numeric',
    month: 'short',
    hour: '2-digit',
    minute: '2-digit',
  });
}

/** "Montag, 30. November" */
export async function dayOf(date: string) {
  const format = await getFormatter();
  return format.dateTime(new Date(`${date}T12:00:00Z`), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
  });
}

/** A language's name in the page's language, e.g. "Türkisch" for "tr". */
export async function languageNameOf(code: string) {
  const names = new Intl.DisplayNames([await getLocale()], { type: 'language' });
  return names.of(code) ?? code;
}
