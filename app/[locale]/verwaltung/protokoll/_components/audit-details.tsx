import { getTranslations } from 'next-intl/server';
import styles from '../../_components/admin.module.css';

type Details = Record<string, unknown> | null;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * What an audit event recorded, one line per field: `from → to` for a changed value,
 * added and removed items for a list, the value itself for a snapshot.
 */
export async function AuditDetails({ details }: { details: Details }) {
  const t = await getTranslations('AdminAudit');
  const admin = await getTranslations('Admin');
  const show = (value: unknown): string => {
    if (value === null || value === undefined || value === '') return t('emptyValue');
    if (typeof value === 'boolean') return admin(value ? 'yes' : 'no');
    if (Array.isArray(value)) return value.length ? value.map(show).join(', ') : t('emptyValue');
    return typeof value === 'object' ? JSON.stringify(value) : String(value);
  };
  const describe = (value: unknown): string => {
    if (isRecord(value) && 'from' in value && 'to' in value)
      return `${show(value.from)} → ${show(value.to)}`;
    if (isRecord(value) && Array.isArray(value.added) && Array.isArray(value.removed)) {
      const parts = [];
      if (value.added.length) parts.push(t('added', { items: show(value.added) }));
      if (value.removed.length) parts.push(t('removed', { items: show(value.removed) }));
      return parts.join('; ');
    }
    return show(value);
  };
  const entries = Object.entries(details ?? {});
  if (entries.length === 0) return null;
  return (
    <ul className={styles.details}>
      {entries.map(([field, value]) => (
        <li key={field}>
          <code>{field}</code>: {describe(value)}
        </li>
      ))}
    </ul>
  );
}
