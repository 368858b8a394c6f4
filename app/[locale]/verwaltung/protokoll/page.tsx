import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { listAuditEventsWithActors } from '@/db/queries/admin-audit';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { AdminFrame } from '../_components/admin-frame';
import { TableRegion } from '../_components/table-region';
import { openAdminPage } from '../_lib/admin-access';
import { AuditDetails } from './_components/audit-details';
import { AuditSubject } from './_components/audit-subject';

type Props = { params: Promise<{ locale: string }> };

const shownEvents = 200;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'AdminAudit' });
  return { title: t('title'), robots: { index: false } };
}

/** The latest administration changes, newest first: who, when, what, which fields. */
export default async function AuditPage({ params }: Props) {
  await resolvePageLocale(params);
  const actor = await openAdminPage('audit.read', '/verwaltung/protokoll');
  const t = await getTranslations('AdminAudit');
  const format = await getFormatter();
  const events = listAuditEventsWithActors(getDatabase(), shownEvents);
  return (
    <AdminFrame
      actor={actor}
      section="audit"
      title={t('title')}
      intro={t('intro', { count: shownEvents })}
    >
      {events.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <TableRegion captionId="audit-caption" caption={t('table.caption')}>
          <thead>
            <tr>
              <th scope="col">{t('table.when')}</th>
              <th scope="col">{t('table.who')}</th>
              <th scope="col">{t('table.what')}</th>
              <th scope="col">{t('table.details')}</th>
            </tr>
          </thead>
          <tbody>
            {events.map((event) => (
              <tr key={event.id}>
                <td>
                  <time dateTime={event.occurredAt}>
                    {format.dateTime(new Date(event.occurredAt), {
                      dateStyle: 'medium',
                      timeStyle: 'medium',
                    })}
                  </time>
                </td>
                <td>
                  {event.actorName ?? t('unknownActor')}
                  {event.actorEmail && <br />}
                  {event.actorEmail}
                </td>
                <th scope="row">
                  <AuditSubject event={event} />
                </th>
                <td>
                  <AuditDetails details={event.details} />
                </td>
              </tr>
            ))}
          </tbody>
        </TableRegion>
      )}
    </AdminFrame>
  );
}
