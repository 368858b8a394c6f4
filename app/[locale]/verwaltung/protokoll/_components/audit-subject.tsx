import { getTranslations } from 'next-intl/server';
import { auditEntityTypes, type AuditEntityType } from '@/lib/admin/audit';
import { Link } from '@/lib/i18n/navigation';

type Event = { action: string; entityType: string; entityId: string; details: unknown };

/** Where a record of this type is edited; a meeting point's path also names its office. */
function hrefOf(event: Event, type: AuditEntityType): string | undefined {
  const officeId = (event.details as { officeId?: unknown } | null)?.officeId;
  switch (type) {
    case 'staff':
      return `/verwaltung/mitarbeitende/${event.entityId}`;
    case 'team':
      return `/verwaltung/teams/${event.entityId}`;
    case 'office':
      return `/verwaltung/dienststellen/${event.entityId}`;
    case 'service':
      return `/verwaltung/angebote/${event.entityId}`;
    case 'meeting_point':
      return typeof officeId === 'string'
        ? `/verwaltung/dienststellen/${officeId}/treffpunkte/${event.entityId}`
        : undefined;
  }
}

/** "Konto angelegt" and which record, linked while the record still exists. */
export async function AuditSubject({ event }: { event: Event }) {
  const t = await getTranslations('AdminAudit');
  const type = auditEntityTypes.find((e) => e === event.entityType);
  const [, verb] = event.action.split('.');
  // Events written by a later version may name actions this page does not know yet.
  const action =
    type && verb && t.has(`actions.${type}.${verb}` as never)
      ? t(`actions.${type}.${verb}` as never)
      : event.action;
  const href = type && !event.action.endsWith('.deleted') ? hrefOf(event, type) : undefined;
  const label = `${type ? t(`entities.${type}`) : event.entityType} ${event.entityId}`;
  return (
    <>
      <strong>{action}</strong>
      <br />
      {href ? <Link href={href}>{label}</Link> : label}
    </>
  );
}
