import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { findStaffRow, listStaffForAdmin, listTeamNamesOfStaff } from '@/db/queries/admin-staff';
import { staffFilterSchema } from '@/lib/admin/schemas';
import { groupBy } from '@/lib/collections';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { AdminFrame } from '../_components/admin-frame';
import { DoneNotice } from '../_components/done-notice';
import { openAdminPage } from '../_lib/admin-access';
import { StaffFilter } from './_components/staff-filter';
import { loadStaffOptions } from './_components/staff-options';
import { StaffTable } from './_components/staff-table';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

/** More rows than anyone reads: beyond this the page asks to narrow the search. */
const listLimit = 200;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminStaff' });
  return { title: t('title'), robots: { index: false } };
}

export default async function StaffListPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await openAdminPage('staff.manage', '/verwaltung/mitarbeitende');
  const t = await getTranslations('AdminStaff');
  const query = await searchParams;
  const filter = staffFilterSchema.parse(query);
  const db = getDatabase();
  const rows = listStaffForAdmin(
    db,
    {
      query: filter.q,
      role: filter.role,
      officeId: filter.office,
      isActive: filter.status ? filter.status === 'active' : undefined,
    },
    listLimit + 1,
  );
  const shown = rows.slice(0, listLimit);
  const teams = groupBy(
    listTeamNamesOfStaff(
      db,
      shown.map((r) => r.id),
    ),
    (m) => m.staffId,
  );
  const options = await loadStaffOptions(locale);
  const created = typeof query.konto === 'string' ? findStaffRow(db, query.konto) : undefined;
  return (
    <AdminFrame actor={actor} section="staff" title={t('title')} intro={t('intro')}>
      <DoneNotice
        query={query}
        text={created ? t('createdNotice', { name: created.displayName }) : undefined}
      />
      <p>
        <Link href="/verwaltung/mitarbeitende/neu" className="button button-primary">
          {t('newLink')}
        </Link>
      </p>
      <StaffFilter values={filter} roles={options.roles} offices={options.offices} />
      <StaffTable
        rows={shown.map((row) => ({ ...row, teams: teams.get(row.id) ?? [] }))}
        isLimited={rows.length > listLimit}
      />
    </AdminFrame>
  );
}
