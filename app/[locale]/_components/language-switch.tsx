'use client';

import { useSearchParams } from 'next/navigation';
import { useLocale, useTranslations } from 'next-intl';
import { Suspense } from 'react';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeTable, locales } from '@/lib/i18n/locales';
import { GlobeIcon } from './icons';
import styles from './language-switch.module.css';

// Plain links to the same page in every locale, rendered on the server too, so the
// switch works without JavaScript. Each language is named in itself and marked with
// `lang`, so screen readers pronounce it correctly. The query is kept, so switching in
// the middle of the booking flow stays on the same step with the same choices.
export function LanguageSwitch() {
  const t = useTranslations('LanguageSwitch');
  return (
    <nav aria-label={t('label')} className={styles.switch}>
      <GlobeIcon className={styles.icon} />
      {/* Static pages render the links without a query first; dynamic pages with it. */}
      <Suspense fallback={<LocaleLinks query={{}} />}>
        <LocaleLinksWithQuery />
      </Suspense>
    </nav>
  );
}

function LocaleLinksWithQuery() {
  const searchParams = useSearchParams();
  return <LocaleLinks query={Object.fromEntries(searchParams)} />;
}

function LocaleLinks({ query }: { query: Record<string, string> }) {
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <ul className={styles.list}>
      {locales.map((code) => (
        <li key={code}>
          <Link
            href={{ pathname, query }}
            locale={code}
            hrefLang={code}
            lang={code}
            aria-current={code === locale ? 'page' : undefined}
            className={styles.link}
          >
            {localeTable[code].name}
          </Link>
        </li>
      ))}
    </ul>
  );
}
