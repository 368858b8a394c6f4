import type { Metadata } from 'next';
import { getLocale, getTranslations } from 'next-intl/server';
import { NotFoundContent } from './[locale]/_components/not-found-content';
import { SiteShell } from './[locale]/_components/site-shell';
import './globals.css';

// 404 for every URL that matches no route. It replaces a `[...rest]` catch-all calling
// notFound(), because Next 16 serves such 404s as an empty HTML shell that only renders
// with JavaScript (vercel/next.js#62228). The locale comes from the next-intl proxy
// (default locale for paths the proxy skips).
export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations('NotFound');
  const meta = await getTranslations('Metadata');
  return { title: `${t('title')} | ${meta('siteName')}` };
}

export default async function GlobalNotFound() {
  const locale = await getLocale();
  return (
    <SiteShell locale={locale}>
      <NotFoundContent />
    </SiteShell>
  );
}
