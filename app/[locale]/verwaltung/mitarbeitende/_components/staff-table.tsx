import { getTranslations } from 'next-intl/server';
import type { StaffRole } from '@/db/schema/enums';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '../../_components/status-badge';
import { TableRegion } from '../../_components/table-region';

export type StaffListRow = {
  id: string;
  displayName: string;
  email: string;
  role: StaffRole;
  homeOfficeName: string | null;
  isActive: boolean;
  teams: { name: string; role: 'member' | 'lead' }[];
};

/** The accounts found, one row each, with a link to edit. */
export async function StaffTable({
  rows,
  isLimited,
}: {
  rows: StaffListRow[];
  isLimited: boolean;
}) {
  const t = await getTranslations('AdminStaff.table');
  const admin = await getTranslations('Admin');
  return (
    <>
      {isLimited && <p role="note">{t('limited', { count: rows.length })}</p>}
      <TableRegion captionId="staff-caption" caption={t('caption', { count: rows.length })}>
        <thead>
          <tr>
            <th scope="col">{t('name')}</th>
            <th scope="col">{t('email')}</th>
            <th scope="col">{t('role')}</th>
            <th scope="col">{t('office')}</th>
            <th scope="col">{t('teams')}</th>
            <th scope="col">{t('status')}</th>
            <th scope="col">{t('actions')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id}>
              <th scope="row">{row.displayName}</th>
              <td>{row.email}</td>
              <td>{admin(`roles.${row.role}`)}</td>
              <td>{row.homeOfficeName ?? admin('none')}</td>
              <td>
                {row.teams.length === 0
                  ? admin('none')
                  : row.teams
                      .map((team) =>
                        team.role === 'lead'
                          ? `${team.name} (${admin('teamRoles.lead')})`
                          : team.name,
                      )
                      .join(', ')}
              </td>
              <td>
                <StatusBadge isActive={row.isActive} />
              </td>
              <td>
                <Link
                  href={`/verwaltung/mitarbeitende/${row.id}`}
                  aria-label={admin('editLabel', { name: row.displayName })}
                >
                  {admin('edit')}
                </Link>
              </td>
            </tr>
          ))}
        </tbody>
      </TableRegion>
    </>
  );
}
