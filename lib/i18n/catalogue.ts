import type { Locale } from './locales';

/**
 * A locale's messages: the core catalogue plus one file per area (`messages/<area>/`),
 * so areas can be translated and reviewed on their own. Namespaces must not repeat
 * across files (the catalogue test checks it).
 */
export const messageAreas = [
  'auth',
  'admin',
  'notify',
  'video',
  'workspace',
  'cover',
  'referral',
  'roster',
  'dashboard',
] as const;

export async function loadMessages(locale: Locale) {
  const [core, auth, admin, notify, video, workspace, cover, referral, roster, dashboard] =
    await Promise.all([
      import(`./messages/${locale}.json`),
      import(`./messages/auth/${locale}.json`),
      import(`./messages/admin/${locale}.json`),
      import(`./messages/notify/${locale}.json`),
      import(`./messages/video/${locale}.json`),
      import(`./messages/workspace/${locale}.json`),
      import(`./messages/cover/${locale}.json`),
      import(`./messages/referral/${locale}.json`),
      import(`./messages/roster/${locale}.json`),
      import(`./messages/dashboard/${locale}.json`),
    ]);
  return {
    ...core.default,
    ...auth.default,
    ...admin.default,
    ...notify.default,
    ...video.default,
    ...workspace.default,
    ...cover.default,
    ...referral.default,
    ...roster.default,
    ...dashboard.default,
  };
}
