import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { LegalPage, LegalSection, mailValues } from '../_components/legal-page';

type Props = { params: Promise<{ locale: string }> };

const dataItems = ['name', 'email', 'phone', 'topic', 'slot'] as const;
const retentionItems = ['bookings', 'cancelled', 'serverLogs', 'accessLogs'] as const;
const rightItems = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'complaint',
] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Privacy' });
  return { title: t('title'), description: t('description') };
}

export default async function PrivacyPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations('Privacy');
  const mail = mailValues(t('email'));

  return (
    <LegalPage title={t('title')} intro={t('intro')}>
      <LegalSection title={t('controller.title')}>
        <p>{t.rich('controller.text', mail)}</p>
      </LegalSection>
      <LegalSection title={t('data.title')}>
        <p>{t('data.intro')}</p>
        <ul>
          {dataItems.map((item) => (
            <li key={item}>{t(`data.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t('data.outro')}</p>
      </LegalSection>
      <LegalSection title={t('social.title')}>
        <p>{t('social.text')}</p>
      </LegalSection>
      <LegalSection title={t('retention.title')}>
        <ul>
          {retentionItems.map((item) => (
            <li key={item}>{t(`retention.items.${item}`)}</li>
          ))}
        </ul>
      </LegalSection>
      <LegalSection title={t('accessLogs.title')}>
        <p>{t('accessLogs.text')}</p>
      </LegalSection>
      <LegalSection title={t('website.title')}>
        <p>{t('website.text')}</p>
      </LegalSection>
      <LegalSection title={t('video.title')}>
        <p>{t('video.text')}</p>
      </LegalSection>
      <LegalSection title={t('rights.title')}>
        <p>{t('rights.intro')}</p>
        <ul>
          {rightItems.map((item) => (
            <li key={item}>{t(`rights.items.${item}`)}</li>
          ))}
        </ul>
        <p>{t.rich('rights.outro', mail)}</p>
      </LegalSection>
    </LegalPage>
  );
}
