import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { CheckIcon } from '../../_components/icons';
import styles from '../../buchen/_components/steps.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Notify.waitlistPage' });
  return { title: t('joinedTitle'), robots: { index: false } };
}

export default async function JoinedPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations('Notify.waitlistPage');
  return (
    <div className={`container ${styles.page}`}>
      <p className={styles.success} role="status">
        <CheckIcon className={styles.noticeIcon} />
        <span>{t('joinedTitle')}</span>
      </p>
      <h1>{t('joinedTitle')}</h1>
      <p className={styles.lead}>{t('joinedText')}</p>
    </div>
  );
}
