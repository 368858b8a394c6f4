import { getTranslations } from 'next-intl/server';
import { HandoverIcon } from './icons';
import styles from './home-sections.module.css';

const providers = ['bbie', 'bbe'] as const;

export async function HomeProviders() {
  const t = await getTranslations('Home.providers');
  return (
    <section id="angebote" aria-labelledby="angebote-title" className={styles.section}>
      <div className="container">
        <div className={styles.heading}>
          <h2 id="angebote-title">{t('title')}</h2>
          <p>{t('intro')}</p>
        </div>
        <div className={styles.providers}>
          {providers.map((id) => (
            <article key={id} className={`${styles.card} ${styles.provider}`} data-provider={id}>
              <p className={styles.abbr}>{t(`${id}.abbr`)}</p>
              <h3>{t(`${id}.name`)}</h3>
              <p className={styles.by}>{t(`${id}.by`)}</p>
              <p>{t(`${id}.text`)}</p>
            </article>
          ))}
        </div>
        <p className={styles.callout}>
          <HandoverIcon className={styles.calloutIcon} />
          {t('handover')}
        </p>
      </div>
    </section>
  );
}
