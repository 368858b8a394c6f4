import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import {
  openDashboardPage,
  readDashboardQuery,
} from '../../_components/dashboard/dashboard-access';
import { DashboardPanel } from '../../_components/dashboard/dashboard-panel';
import styles from '../_components/team.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('title'), robots: { index: false } };
}

/** The team lead's dashboard of the teams they lead. */
export default async function TeamDashboardPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const request = readDashboardQuery(await searchParams, new Date());
  const { scope } = await openDashboardPage('team', undefined, '/team/auswertung');
  const t = await getTranslations('Dashboard');
  return (
    <>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('teamIntro')}</p>
      <DashboardPanel
        audience="team"
        scope={scope}
        request={request}
        locale={locale}
        path="/team/auswertung"
      />
    </>
  );
}
