'use client';

import { useLocale, useTranslations } from 'next-intl';
import { Link, usePathname } from '@/lib/i18n/navigation';
import { localeTable, locales } from '@/lib/i18n/locales';
import { GlobeIcon } from './icons';
import styles from './language-switch.module.css';

// Plain links to the same page in every locale, rendered on the server too, so the
// switch works without JavaScript. Each language is named in itself and marked with
// `lang`, so screen readers pronounce it correctly.
export function LanguageSwitch() {
  const t = useTranslations('LanguageSwitch');
  const locale = useLocale();
  const pathname = usePathname();
  return (
    <nav aria-label={t('label')} className={styles.switch}>
      <GlobeIcon className={styles.icon} />
      <ul className={styles.list}>
        {locales.map((code) => (
          <li key={code}>
            <Link
              href={pathname}
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
    </nav>
  );
}
