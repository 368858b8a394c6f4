import { getTranslations } from 'next-intl/server';
import { InfoIcon, PhoneIcon, PresenceIcon, VideoIcon, WalkIcon } from './icons';
import styles from './home-sections.module.css';

// Same order as the booking flow will offer them: presence first, never hidden.
const channels = [
  { key: 'presence', Icon: PresenceIcon },
  { key: 'phone', Icon: PhoneIcon },
  { key: 'video', Icon: VideoIcon },
  { key: 'walk', Icon: WalkIcon },
] as const;

export async function HomeChannels() {
  const t = await getTranslations('Home.channels');
  return (
    <section
      id="beratungswege"
      aria-labelledby="beratungswege-title"
      className={`${styles.section} ${styles.band}`}
    >
      <div className="container">
        <div className={styles.heading}>
          <h2 id="beratungswege-title">{t('title')}</h2>
          <p>{t('intro')}</p>
        </div>
        <ul className={styles.channels}>
          {channels.map(({ key, Icon }) => (
            <li key={key} className={styles.card}>
              <span className={styles.iconBadge}>
                <Icon />
              </span>
              <h3>{t(`${key}.title`)}</h3>
              <p>{t(`${key}.text`)}</p>
            </li>
          ))}
        </ul>
        <p className={styles.callout}>
          <InfoIcon className={styles.calloutIcon} />
          {t('presenceNote')}
        </p>
      </div>
    </section>
  );
}
