import { getFormatter, getTranslations } from 'next-intl/server';
import type { Cell, ColumnKind } from '@/lib/dashboard/tables';
import type { Locale } from '@/lib/i18n/locales';

/** Labels and number formats of the dashboard in the request's locale, shared by page and CSV. */
export async function dashboardFormat(locale: Locale) {
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const format = await getFormatter({ locale });
  const languages = new Intl.DisplayNames([locale], { type: 'language' });
  const label = (kind: 'channel' | 'provider' | 'language', id: string): string => {
    if (kind === 'channel') return t(`channels.${id}` as 'channels.video');
    if (kind === 'provider') return t(`providers.${id}` as 'providers.bbie');
    const name = languages.of(id) ?? id;
    return name.charAt(0).toLocaleUpperCase(locale) + name.slice(1);
  };
  const percent = (value: number) =>
    format.number(value, { style: 'percent', maximumFractionDigits: 1 });
  const decimal = (value: number) => format.number(value, { maximumFractionDigits: 1 });
  const cell = (kind: ColumnKind, value: Cell): string => {
    if (value === null) return t('notAvailable');
    if (kind === 'channel' || kind === 'provider' || kind === 'language') {
      return label(kind, String(value));
    }
    if (typeof value === 'string') return value;
    if (kind === 'percent') return percent(value);
    if (kind === 'count') return format.number(value);
    return decimal(value);
  };
  const header = (key: string) => t(`columns.${key}` as 'columns.channel');
  return { t, format, label, percent, decimal, cell, header };
}

export type DashboardFormat = Awaited<ReturnType<typeof dashboardFormat>>;
