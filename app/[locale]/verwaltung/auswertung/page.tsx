import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import {
  openDashboardPage,
  readDashboardQuery,
} from '../../_components/dashboard/dashboard-access';
import { DashboardPanel } from '../../_components/dashboard/dashboard-panel';
import { AdminFrame } from '../_components/admin-frame';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('title'), robots: { index: false } };
}

/** Admins: the same dashboard for one office or all NRW, figures only. */
export default async function AdminDashboardPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const request = readDashboardQuery(await searchParams, new Date());
  const { actor, scope } = await openDashboardPage(
    'admin',
    request.office,
    '/verwaltung/auswertung',
  );
  const t = await getTranslations('Dashboard');
  return (
    <AdminFrame actor={actor} section="dashboard" title={t('title')} intro={t('adminIntro')}>
      <DashboardPanel
        audience="admin"
        scope={scope}
        request={request}
        locale={locale}
        path="/verwaltung/auswertung"
      />
    </AdminFrame>
  );
}
