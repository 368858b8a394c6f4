import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { EmailLink, LegalPage, LegalSection } from '../_components/legal-page';
import styles from '../_components/legal-page.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Imprint' });
  return { title: t('title'), description: t('description') };
}

export default async function ImprintPage({ params }: Props) {
  await resolvePageLocale(params);
  const t = await getTranslations('Imprint');
  const legal = await getTranslations('Legal');

  return (
    <LegalPage title={t('title')} intro={t('intro')}>
      <LegalSection title={t('provider.title')}>
        <address className={styles.address}>
          {t('provider.name')}
          <br />
          {t('provider.street')}
          <br />
          {t('provider.city')}
        </address>
      </LegalSection>
      <LegalSection title={t('represented.title')}>
        <p>{t('represented.text')}</p>
      </LegalSection>
      <LegalSection title={t('contact.title')}>
        <dl className={styles.dl}>
          <dt>{legal('emailLabel')}</dt>
          <dd>
            <EmailLink address={t('contact.email')} />
          </dd>
        </dl>
      </LegalSection>
      <LegalSection title={t('responsible.title')}>
        <p>{t('responsible.text')}</p>
      </LegalSection>
      <LegalSection title={t('offers.title')}>
        <p>{t('offers.text')}</p>
      </LegalSection>
      <LegalSection title={t('links.title')}>
        <p>{t('links.text')}</p>
      </LegalSection>
    </LegalPage>
  );
}
