import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { AccessIcon, ArrowIcon, KeyOffIcon } from './icons';
import styles from './home-sections.module.css';

const notes = [
  { key: 'noAccount', href: '/datenschutz', Icon: KeyOffIcon },
  { key: 'access', href: '/barrierefreiheit', Icon: AccessIcon },
] as const;

export async function HomeInfo() {
  const t = await getTranslations('Home');
  return (
    <div className={`container ${styles.info}`}>
      {notes.map(({ key, href, Icon }) => (
        <section key={key} aria-labelledby={`${key}-title`} className={styles.infoCard}>
          <span className={styles.iconBadge}>
            <Icon />
          </span>
          <div>
            <h2 id={`${key}-title`}>{t(`${key}.title`)}</h2>
            <p>{t(`${key}.text`)}</p>
            <Link href={href} className={styles.more}>
              {t(`${key}.link`)}
              <ArrowIcon className="flip-rtl" />
            </Link>
          </div>
        </section>
      ))}
    </div>
  );
}
