import { createTranslator } from 'next-intl';
import { loadMessages } from './catalogue';
import { defaultLocale, isLocale, type Locale } from './locales';

/**
 * A translator outside a request (mails, workers): the same catalogues and the same
 * typed keys as the pages.
 */
export async function translatorFor(locale: string) {
  const resolved: Locale = isLocale(locale) ? locale : defaultLocale;
  const messages = await loadMessages(resolved);
  return { locale: resolved, t: createTranslator({ locale: resolved, messages }) };
}

/** The locale of a path such as `/en/meine-termine`, or the default. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1];
  return isLocale(first) ? first : defaultLocale;
}
