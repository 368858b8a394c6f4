import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { InfoIcon } from './icons';
import { SiteLogo } from './site-logo';
import styles from './site-footer.module.css';

const legalLinks = [
  { key: 'imprint', href: '/impressum' },
  { key: 'privacy', href: '/datenschutz' },
  { key: 'accessibility', href: '/barrierefreiheit' },
] as const;

export async function SiteFooter() {
  const t = await getTranslations('Shell');
  return (
    <footer className={styles.footer}>
      <div className={`container ${styles.inner}`}>
        <div className={styles.about}>
          <p className={styles.brand}>
            <SiteLogo className={styles.logo} />
            {t('siteName')}
          </p>
          <p className={styles.text}>{t('footer.about')}</p>
        </div>
        <nav aria-label={t('footerNavLabel')}>
          <ul className={styles.links}>
            {legalLinks.map((link) => (
              <li key={link.key}>
                <Link href={link.href} className={styles.link}>
                  {t(`footer.${link.key}`)}
                </Link>
              </li>
            ))}
          </ul>
        </nav>
      </div>
      <div className={styles.demo}>
        <p className={`container ${styles.demoText}`}>
          <InfoIcon className={styles.demoIcon} />
          {t('footer.demoNote')}
        </p>
      </div>
    </footer>
  );
}
