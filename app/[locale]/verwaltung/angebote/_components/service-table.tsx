import { getTranslations } from 'next-intl/server';
import type { listServicesForAdmin } from '@/db/queries/admin-services';
import { channels } from '@/db/schema/enums';
import type { Locale } from '@/lib/i18n/locales';
import { Link } from '@/lib/i18n/navigation';
import { StatusBadge } from '../../_components/status-badge';
import { TableRegion } from '../../_components/table-region';

type Row = ReturnType<typeof listServicesForAdmin>[number];

/** A service's name in the page's language, or its id while it has none. */
export function serviceName(
  service: { id: string; translations: { locale: string; name: string }[] },
  locale: Locale,
): string {
  return service.translations.find((t) => t.locale === locale)?.name ?? service.id;
}

export async function ServiceTable({ rows, locale }: { rows: Row[]; locale: Locale }) {
  const t = await getTranslations('AdminServices.table');
  const admin = await getTranslations('Admin');
  const channelNames = await getTranslations('Booking.channels');
  return (
    <TableRegion captionId="services-caption" caption={t('caption', { count: rows.length })}>
      <thead>
        <tr>
          <th scope="col">{t('name')}</th>
          <th scope="col">{t('provider')}</th>
          <th scope="col">{t('durations')}</th>
          <th scope="col">{t('order')}</th>
          <th scope="col">{t('status')}</th>
          <th scope="col">{t('actions')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((service) => (
          <tr key={service.id}>
            <th scope="row">{serviceName(service, locale)}</th>
            <td>{admin(`providers.${service.providerId}`)}</td>
            <td>
              {channels
                .flatMap((c) => {
                  const d = service.durations.find((x) => x.channel === c);
                  return d
                    ? [`${channelNames(`${c}.name`)}: ${admin('minutes', { minutes: d.minutes })}`]
                    : [];
                })
                .join(', ')}
            </td>
            <td>{service.sortOrder}</td>
            <td>
              <StatusBadge isActive={service.active} />
            </td>
            <td>
              <Link
                href={`/verwaltung/angebote/${service.id}`}
                aria-label={admin('editLabel', { name: serviceName(service, locale) })}
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
