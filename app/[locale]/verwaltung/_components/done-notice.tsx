import { getTranslations } from 'next-intl/server';
import { readDone } from '../_lib/done';
import styles from './admin.module.css';

type Query = Record<string, string | string[] | undefined>;

/** The outcome of the last change (after its redirect), announced as a status message. */
export async function DoneNotice({ query, text }: { query: Query; text?: string }) {
  const done = readDone(query);
  if (!done) return null;
  const t = await getTranslations('Admin.done');
  return (
    <div role="status" className={styles.notice}>
      <p>{text ?? t(done.kind)}</p>
      {done.upcomingBookings > 0 && (
        <p>{t('upcomingBookings', { count: done.upcomingBookings })}</p>
      )}
    </div>
  );
}
