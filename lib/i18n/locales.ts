/**
 * The UI languages. German is the default and the reference translation; every other
 * locale must have the same message keys (checked by a unit test). Adding Turkish,
 * Arabic or Ukrainian means adding a line here and a messages file, never touching
 * components: direction and names come from this table.
 */
export const localeTable = {
  de: { name: 'Deutsch', dir: 'ltr' },
  en: { name: 'English', dir: 'ltr' },
} as const;

export type Locale = keyof typeof localeTable;

export const locales = Object.keys(localeTable) as Locale[];
export const defaultLocale: Locale = 'de';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && Object.hasOwn(localeTable, value);
}

export function directionOf(locale: Locale): 'ltr' | 'rtl' {
  return localeTable[locale].dir;
}
