import type { Metadata, Viewport } from 'next';
import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { locales } from '@/lib/i18n/locales';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { SiteShell } from './_components/site-shell';
import '../globals.css';

type Params = { params: Promise<{ locale: string }> };

// Only the known locales match this segment; anything else (`/favicon.ico`, `/xx`) is
// an unmatched URL and gets the server-rendered app/global-not-found.tsx. Nested dynamic
// segments keep their own default (verified with a `[locale]/x/[id]` probe page).
export const dynamicParams = false;

export function generateStaticParams() {
  return locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  themeColor: '#0a4a7a',
};

export async function generateMetadata({ params }: Params): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Metadata' });
  return {
    title: { default: t('defaultTitle'), template: `%s | ${t('siteName')}` },
    description: t('description'),
    applicationName: t('siteName'),
  };
}

// The root layout: one per locale, so <html lang dir> always matches the content.
export default async function LocaleLayout({ children, params }: Params & { children: ReactNode }) {
  const locale = await resolvePageLocale(params);
  return <SiteShell locale={locale}>{children}</SiteShell>;
}
