import type { OutgoingMail } from '@/lib/mail/transport';
import { localeOfPath, translatorFor } from '@/lib/i18n/translator';

/** The language the visitor asked in: the locale of the page they return to. */
function localeOfCallback(authUrl: URL): string {
  const callback = authUrl.searchParams.get('callbackUrl');
  if (!callback) return 'de';
  try {
    return localeOfPath(new URL(callback, authUrl).pathname);
  } catch {
    return 'de';
  }
}

/**
 * The sign-in mail. It links to our confirmation page, not to the Auth.js callback:
 * mail scanners that open links would otherwise use up the single-use token.
 */
export async function renderSignInMail(input: {
  to: string;
  authUrl: string;
  appUrl: string;
  expires: Date;
}): Promise<OutgoingMail> {
  const authUrl = new URL(input.authUrl);
  const { locale, t } = await translatorFor(localeOfCallback(authUrl));
  const confirmUrl = new URL(`/${locale}/anmelden/bestaetigen`, input.appUrl);
  confirmUrl.searchParams.set('link', authUrl.toString());
  const time = new Intl.DateTimeFormat(locale, {
    timeStyle: 'short',
    timeZone: 'Europe/Berlin',
  }).format(input.expires);
  const link = confirmUrl.toString();
  const lines = [
    t('SignInMail.greeting'),
    '',
    t('SignInMail.intro'),
    link,
    '',
    t('SignInMail.validity', { time }),
    t('SignInMail.ignore'),
  ];
  const escape = (text: string) =>
    text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const html = `<!doctype html><html lang="${locale}"><body style="font-family:sans-serif;line-height:1.5">
<p>${escape(t('SignInMail.greeting'))}</p>
<p>${escape(t('SignInMail.intro'))}</p>
<p><a href="${escape(link)}" style="display:inline-block;padding:12px 20px;background:#0b4f8a;color:#ffffff;text-decoration:none;border-radius:6px">${escape(t('SignInMail.button'))}</a></p>
<p>${escape(t('SignInMail.validity', { time }))}<br>${escape(t('SignInMail.ignore'))}</p>
</body></html>`;
  return { to: input.to, subject: t('SignInMail.subject'), text: lines.join('\n'), html };
}
