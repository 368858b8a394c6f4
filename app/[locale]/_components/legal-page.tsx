import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import { InfoIcon } from './icons';
import styles from './legal-page.module.css';

type LegalPageProps = { title: string; intro: string; children: ReactNode };

// Frame for the imprint, privacy and accessibility pages. The demo badge and note make
// it obvious that none of these texts are legally binding.
export async function LegalPage({ title, intro, children }: LegalPageProps) {
  const t = await getTranslations('Legal');
  return (
    <article className={`container ${styles.page}`}>
      <header className={styles.header}>
        <p className={styles.badge}>{t('demoBadge')}</p>
        <h1>{title}</h1>
        <p className={styles.intro}>{intro}</p>
        <p className={styles.note}>
          <InfoIcon className={styles.noteIcon} />
          {t('demoNote')}
        </p>
      </header>
      <div className={styles.body}>{children}</div>
    </article>
  );
}

export function LegalSection({ title, children }: { title: string; children: ReactNode }) {
  return (
    <section className={styles.section}>
      <h2>{title}</h2>
      {children}
    </section>
  );
}

export function EmailLink({ address }: { address: string }) {
  return <a href={`mailto:${address}`}>{address}</a>;
}

/** Rich-text values for messages that embed `<mail>{email}</mail>`. */
export function mailValues(email: string) {
  return {
    email,
    mail: (chunks: ReactNode) => <a href={`mailto:${email}`}>{chunks}</a>,
  };
}
