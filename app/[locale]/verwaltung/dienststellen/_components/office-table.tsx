import { getTranslations } from 'next-intl/server';
import type { listOfficesForAdmin } from '@/db/queries/admin-offices';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '../../_components/status-badge';
import { TableRegion } from '../../_components/table-region';

type Row = ReturnType<typeof listOfficesForAdmin>[number];

export async function OfficeTable({ rows }: { rows: Row[] }) {
  const t = await getTranslations('AdminOffices.table');
  const admin = await getTranslations('Admin');
  const channelNames = await getTranslations('Booking.channels');
  return (
    <TableRegion captionId="offices-caption" caption={t('caption', { count: rows.length })}>
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('provider')}</th>
          <th scope="col">{t('city')}</th>
          <th scope="col">{t('channels')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((office) => (
          <tr key={office.id}>
            <th scope="row">{office.name}</th>
            <td>{admin(`providers.${office.providerId}`)}</td>
            <td>{office.city}</td>
            <td>{office.channels.map((c) => channelNames(`${c}.name`)).join(', ')}</td>
            <td>
              <StatusBadge isActive={office.isActive} />
            </td>
            <td>
              <Link
                href={`/verwaltung/dienststellen/${office.id}`}
                aria-label={admin('editLabel', { name: office.name })}
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
