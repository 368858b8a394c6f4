import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listOfficesForAdmin } from '@/db/queries/admin-offices';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { AdminFrame } from '../_components/admin-frame';
import { DoneNotice } from '../_components/done-notice';
import { openAdminPage } from '../_lib/admin-access';
import { OfficeTable } from './_components/office-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminOffices' });
  return { title: t('title'), robots: { index: false } };
}

export default async function OfficesPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const actor = await openAdminPage('office.manage', '/verwaltung/dienststellen');
  const t = await getTranslations('AdminOffices');
  return (
    <AdminFrame actor={actor} section="offices" title={t('title')} intro={t('intro')}>
      <DoneNotice query={await searchParams} />
      <p>
        <Link href="/verwaltung/dienststellen/neu" className="button button-primary">
          {t('newLink')}
        </Link>
      </p>
      <OfficeTable rows={listOfficesForAdmin(getDatabase())} />
    </AdminFrame>
  );
}
