import { getTranslations } from 'next-intl/server';
import styles from './home-sections.module.css';
import stepStyles from './home-steps.module.css';

const steps = ['one', 'two', 'three'] as const;

export async function HomeSteps() {
  const t = await getTranslations('Home.steps');
  return (
    <section id="ablauf" aria-labelledby="ablauf-title" className={styles.section}>
      <div className="container">
        <div className={styles.heading}>
          <h2 id="ablauf-title">{t('title')}</h2>
          <p>{t('intro')}</p>
        </div>
        <ol className={stepStyles.steps}>
          {steps.map((key) => (
            <li key={key} className={stepStyles.step}>
              <h3>{t(`${key}.title`)}</h3>
              <p>{t(`${key}.text`)}</p>
            </li>
          ))}
        </ol>
      </div>
    </section>
  );
}
