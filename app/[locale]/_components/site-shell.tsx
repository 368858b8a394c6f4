import { NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import type { ReactNode } from 'react';
import { directionOf, type Locale } from '@/lib/i18n/locales';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';
import { SkipLink } from './skip-link';

// Only these namespaces are sent to the browser; server components read all messages
// on the server. Add a namespace here when a client component needs it.
const clientNamespaces = ['LanguageSwitch', 'HoldCountdown'] as const;

// The document frame shared by the locale layout and the global 404 page, so both
// carry the same lang/dir, skip link, landmarks and footer.
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const messages = await getMessages({ locale });
  const clientMessages = Object.fromEntries(clientNamespaces.map((ns) => [ns, messages[ns]]));
  return (
    <html lang={locale} dir={directionOf(locale)}>
      <body>
        <NextIntlClientProvider locale={locale} messages={clientMessages}>
          <SkipLink />
          <SiteHeader />
          <main id="main" tabIndex={-1}>
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
