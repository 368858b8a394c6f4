// Types next-intl's APIs against the German reference messages and our locale list, so a
// missing or misspelt message key, or an unknown locale, fails `tsc` instead of rendering.
import type messages from './messages/de.json';
import type { Locale as AppLocale } from './locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof messages;
  }
}
