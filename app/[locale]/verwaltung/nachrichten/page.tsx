import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { jobStatuses, type JobStatus, type JobKind } from '@/db/schema/notify';
import type { StaffActor } from '@/lib/auth/policy';
import { authorizePage } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { queueOverview } from '@/lib/notify/admin';
import { getDatabase } from '@/lib/server/database';
import { AccountBar } from '../../_components/account-bar';
import styles from './_components/messages.module.css';
import { RetryForm } from './_components/retry-form';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Notify.admin' });
  return { title: t('title'), robots: { index: false } };
}

function statusOf(value: unknown): JobStatus | undefined {
  return jobStatuses.find((s) => s === value);
}

/**
 * The notification queue for admins: how many messages are pending, sent or failed, the
 * latest of them with their errors, and "send again" for a failed one.
 */
export default async function MessagesPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const actor = (await authorizePage(
    'notifications.manage',
    { type: 'administration' },
    '/verwaltung/nachrichten',
  )) as StaffActor;
  const query = await searchParams;
  const status = statusOf(query.status);
  const retried = typeof query.erneut === 'string' ? query.erneut : undefined;
  const t = await getTranslations('Notify.admin');
  const format = await getFormatter();
  const { counts, rows } = queueOverview(getDatabase(), { status });
  const total = jobStatuses.reduce((sum, s) => sum + counts[s], 0);
  const outcomeText = (outcome: string | null) => {
    if (!outcome) return '';
    const key = `outcome.${outcome.replace(':', '_')}`;
    return t.has(key as never) ? t(key as never) : outcome;
  };
  const time = (iso: string) => (
    <time dateTime={iso}>
      {format.dateTime(new Date(iso), { dateStyle: 'short', timeStyle: 'medium' })}
    </time>
  );
  return (
    <div className={`container ${styles.page}`}>
      <AccountBar actor={actor} name={actor.name} />
      <Link href="/verwaltung" className={styles.back}>
        <span aria-hidden="true" className="flip-rtl">
          ←
        </span>{' '}
        {t('back')}
      </Link>
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      {retried && (
        <div role="status" className={styles.notice}>
          <p>{t('retried', { id: retried })}</p>
        </div>
      )}
      <nav aria-label={t('filterLabel')}>
        <ul className={styles.filters}>
          <li>
            <Link href="/verwaltung/nachrichten" aria-current={status ? undefined : 'page'}>
              {t('filter.all', { count: total })}
            </Link>
          </li>
          {jobStatuses.map((s) => (
            <li key={s}>
              <Link
                href={{ pathname: '/verwaltung/nachrichten', query: { status: s } }}
                aria-current={status === s ? 'page' : undefined}
              >
                {t(`filter.${s}`, { count: counts[s] })}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {rows.length === 0 ? (
        <p>{t('table.empty')}</p>
      ) : (
        <div
          role="region"
          aria-labelledby="messages-caption"
          tabIndex={0}
          className={styles.tableRegion}
        >
          <table className={styles.table}>
            <caption id="messages-caption">
              {status
                ? t('table.captionOf', { status: t(`status.${status}`) })
                : t('table.caption')}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('table.id')}</th>
                <th scope="col">{t('table.kind')}</th>
                <th scope="col">{t('table.recipient')}</th>
                <th scope="col">{t('table.status')}</th>
                <th scope="col">{t('table.when')}</th>
                <th scope="col">{t('table.attempts')}</th>
                <th scope="col">{t('table.error')}</th>
                <th scope="col">{t('table.action')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => (
                <tr key={row.id}>
                  <td>{row.id}</td>
                  <th scope="row">{t(`kind.${row.kind as JobKind}`)}</th>
                  <td>
                    {row.kind === 'calendar_push'
                      ? t('calendarRecipient')
                      : (row.recipient ?? <span className={styles.muted}>{t('notYet')}</span>)}
                  </td>
                  <td>
                    {t(`status.${row.status}`)}
                    {row.outcome && (
                      <>
                        <br />
                        <span className={styles.muted}>{outcomeText(row.outcome)}</span>
                      </>
                    )}
                  </td>
                  <td>
                    {row.sentAt ? (
                      <>
                        {t('sentAt')} {time(row.sentAt)}
                      </>
                    ) : (
                      <>
                        {t('dueAt')} {time(row.runAt)}
                      </>
                    )}
                  </td>
                  <td>{t('attempts', { attempts: row.attempts, max: row.maxAttempts })}</td>
                  <td className={styles.error}>{row.lastError ?? ''}</td>
                  <td>{row.status === 'failed' ? <RetryForm jobId={row.id} /> : null}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </div>
  );
}
