import { getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { TableRegion } from '../../_components/table-region';

export type TeamListRow = {
  id: string;
  name: string;
  officeName: string;
  leads: string[];
  memberCount: number;
};

export async function TeamTable({ rows }: { rows: TeamListRow[] }) {
  const t = await getTranslations('AdminTeams');
  const admin = await getTranslations('Admin');
  return (
    <TableRegion captionId="teams-caption" caption={t('table.caption', { count: rows.length })}>
      <thead>
        <tr>
          <th scope="col">{t('table.name')}</th>
          <th scope="col">{t('table.office')}</th>
          <th scope="col">{t('table.leads')}</th>
          <th scope="col">{t('table.members')}</th>
          <th scope="col">{t('table.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.id}>
            <th scope="row">{row.name}</th>
            <td>{row.officeName}</td>
            <td>{row.leads.length > 0 ? row.leads.join(', ') : admin('none')}</td>
            <td>{t('memberCount', { count: row.memberCount })}</td>
            <td>
              <Link
                href={`/verwaltung/teams/${row.id}`}
                aria-label={admin('editLabel', { name: `${row.name} (${row.officeName})` })}
              >
                {admin('edit')}
              </Link>
            </td>
          </tr>
        ))}
      </tbody>
    </TableRegion>
  );
}
