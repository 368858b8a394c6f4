import { getFormatter, getTranslations } from 'next-intl/server';

/** A block's weekday, hours and validity as the pages say them. */
export async function blockLabels(block: {
  weekday: number;
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string | null;
}) {
  const t = await getTranslations('WorkspaceAvailability');
  const format = await getFormatter();
  // 1 January 2024 was a Monday.
  const weekdayName = format.dateTime(new Date(Date.UTC(2024, 0, block.weekday, 12)), {
    weekday: 'long',
  });
  const date = (d: string) =>
    format.dateTime(new Date(`${d}T12:00:00Z`), {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
    });
  const time = t('blockTime', { start: block.startTime, end: block.endTime });
  const validity = block.validTo
    ? t('validRange', { from: date(block.validFrom), to: date(block.validTo) })
    : t('validFrom', { from: date(block.validFrom) });
  return {
    weekdayName,
    time,
    validity,
    context: t('blockContext', { weekday: weekdayName, time }),
  };
}
