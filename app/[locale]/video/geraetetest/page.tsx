import type { Metadata } from 'next';
import { NextIntlClientProvider } from 'next-intl';
import { getMessages, getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { DeviceCheck } from './_components/device-check';
import styles from './_components/device-check.module.css';

type Props = { params: Promise<{ locale: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'DeviceCheck' });
  return { title: t('metaTitle') };
}

/** Camera, microphone, speakers and connection: open to anyone, any time, no booking needed. */
export default async function DeviceCheckPage({ params }: Props) {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations('DeviceCheck');
  const messages = await getMessages();
  return (
    <div className={`container ${styles.page}`}>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      <NextIntlClientProvider locale={locale} messages={{ DeviceCheck: messages.DeviceCheck }}>
        <DeviceCheck />
      </NextIntlClientProvider>
    </div>
  );
}
