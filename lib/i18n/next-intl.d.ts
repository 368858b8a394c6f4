// Types next-intl's APIs against the German reference messages and our locale list, so a
// missing or misspelt message key, or an unknown locale, fails `tsc` instead of rendering.
import type core from './messages/de.json';
import type admin from './messages/admin/de.json';
import type auth from './messages/auth/de.json';
import type notify from './messages/notify/de.json';
import type video from './messages/video/de.json';
import type roster from './messages/roster/de.json';
import type workspace from './messages/workspace/de.json';
import type cover from './messages/cover/de.json';
import type referral from './messages/referral/de.json';
import type dashboard from './messages/dashboard/de.json';
import type { Locale as AppLocale } from './locales';

declare module 'next-intl' {
  interface AppConfig {
    Locale: AppLocale;
    Messages: typeof core &
      typeof auth &
      typeof admin &
      typeof notify &
      typeof video &
      typeof workspace &
      typeof cover &
      typeof referral &
      typeof roster &
      typeof dashboard;
  }
}
