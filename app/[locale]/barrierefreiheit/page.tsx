import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { InfoIcon } from '../_components/icons';
import { EmailLink, LegalPage, LegalSection, mailValues } from '../_components/legal-page';
import styles from '../_components/legal-page.module.css';

type Props = { params: Promise<{ locale: string }> };

const measures = ['keyboard', 'structure', 'contrast', 'zoom', 'motion', 'languages'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Accessibility' });
  return { title: t('title'), description: t('description') };
}

export default async function AccessibilityPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations('Accessibility');
  const legal = await getTranslations('Legal');

  return (
    <LegalPage title={t('title')} intro={t('intro')}>
      <LegalSection title={t('status.title')}>
        <p className={styles.status}>
          <InfoIcon />
          {t('status.label')}
        </p>
        <p>{t('status.text')}</p>
      </LegalSection>
      <LegalSection title={t('measures.title')}>
        <ul>
          {measures.map((item) => (
            <li key={item}>{t(`measures.items.${item}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection title={t('limitations.title')}>
        <p>{t('limitations.text')}</p>
      </LegalSection>
      <LegalSection title={t('created.title')}>
        <p>{t('created.text')}</p>
      </LegalSection>
      <LegalSection title={t('feedback.title')}>
        <p>{t('feedback.text')}</p>
        <dl className={styles.dl}>
          <dt>{legal('emailLabel')}</dt>
          <dd>
            <EmailLink address={t('feedback.email')} />
          </dd>
          <dt>{legal('postLabel')}</dt>
          <dd>{t('feedback.post')}</dd>
        </dl>
        <p>{t('feedback.answer')}</p>
      </LegalSection>
      <LegalSection title={t('enforcement.title')}>
        <p>{t.rich('enforcement.text', mailValues(t('enforcement.email')))}</p>
      </LegalSection>
    </LegalPage>
  );
}
