import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { ArrowIcon, CheckIcon } from './icons';
import { HeroIllustration } from './hero-illustration';
import styles from './home-hero.module.css';

const highlights = ['free', 'noAccount', 'channels'] as const;

export async function HomeHero() {
  const t = await getTranslations('Home.hero');
  return (
    <div className={styles.hero}>
      <div className={`container ${styles.inner}`}>
        <div className={styles.content}>
          <p className={styles.eyebrow}>{t('eyebrow')}</p>
          <h1 className={styles.title}>{t('title')}</h1>
          <p className={styles.lead}>{t('lead')}</p>
          <div className={styles.actions}>
            <Link href="/buchen" className="button button-primary">
              {t('primaryCta')}
              <ArrowIcon className="flip-rtl" />
            </Link>
            <a href="#ablauf" className="button button-secondary">
              {t('secondaryCta')}
            </a>
          </div>
          <ul className={styles.highlights} aria-label={t('highlightsLabel')}>
            {highlights.map((key) => (
              <li key={key}>
                <CheckIcon className={styles.check} />
                {t(`highlights.${key}`)}
              </li>
            ))}
          </ul>
        </div>
        <HeroIllustration className={styles.illustration} />
      </div>
    </div>
  );
}
