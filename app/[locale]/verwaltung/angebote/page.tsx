import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listServicesForAdmin } from '@/db/queries/admin-services';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { AdminFrame } from '../_components/admin-frame';
import { DoneNotice } from '../_components/done-notice';
import { openAdminPage } from '../_lib/admin-access';
import { ServiceTable } from './_components/service-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminServices' });
  return { title: t('title'), robots: { index: false } };
}

export default async function ServicesPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await openAdminPage('service.manage', '/verwaltung/angebote');
  const t = await getTranslations('AdminServices');
  return (
    <AdminFrame actor={actor} section="services" title={t('title')} intro={t('intro')}>
      <DoneNotice query={await searchParams} />
      <p>
        <Link href="/verwaltung/angebote/neu" className="button button-primary">
          {t('newLink')}
        </Link>
      </p>
      <ServiceTable rows={listServicesForAdmin(getDatabase())} locale={locale} />
    </AdminFrame>
  );
}
