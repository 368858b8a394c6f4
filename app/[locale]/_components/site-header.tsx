import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { LanguageSwitch } from './language-switch';
import { SiteLogo } from './site-logo';
import styles from './site-header.module.css';

// The booking flow is the main entry; the other items point to sections of the home page.
const navItems = [
  { key: 'offers', hash: 'angebote' },
  { key: 'channels', hash: 'beratungswege' },
  { key: 'steps', hash: 'ablauf' },
] as const;

export async function SiteHeader() {
  const t = await getTranslations('Shell');
  const account = await getTranslations('Account');
  return (
    <header className={styles.header}>
      <div className={styles.utility}>
        <div className={`container ${styles.utilityInner}`}>
          <Link href="/anmelden" className={styles.signIn}>
            {account('signIn')}
          </Link>
          <LanguageSwitch />
        </div>
      </div>
      <div className={`container ${styles.bar}`}>
        <Link href="/" className={styles.brand}>
          <SiteLogo className={styles.logo} />
          <span className={styles.brandText}>
            <span className={styles.name}>{t('siteName')}</span>
            <span className={styles.tagline}>{t('tagline')}</span>
          </span>
        </Link>
        <nav aria-label={t('primaryNavLabel')}>
          <ul className={styles.navList}>
            {navItems.map((item) => (
              <li key={item.key}>
                <Link href={{ pathname: '/', hash: item.hash }} className={styles.navLink}>
                  {t(`nav.${item.key}`)}
                </Link>
              </li>
            ))}
            <li>
              <Link href="/buchen" className={`button button-primary ${styles.navCta}`}>
                {t('nav.book')}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
