import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { calendarSyncErrors, type CalendarSyncErrorReason } from '@/db/schema/caldav';
import { requireStaffPage } from '@/lib/auth/session';
import { findCalendarSyncStatus } from '@/lib/caldav/connection';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../_components/forms/action-form';
import { TextField } from '../../_components/forms/form-fields';
import { SubmitButton } from '../../_components/forms/submit-button';
import { DoneNotice, WorkspaceFrame } from '../_components/workspace-frame';
import styles from '../_components/workspace.module.css';
import { readDone } from '../_lib/done';
import { connectCalendarAction, disconnectCalendarAction } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceCalendarSync' });
  return { title: t('metaTitle'), robots: { index: false } };
}

const isKnownReason = (reason: string | null): reason is CalendarSyncErrorReason =>
  (calendarSyncErrors as readonly string[]).includes(reason ?? '');

/** The counsellor's CalDAV connection: its state, connecting (checked on save), disconnecting. */
export default async function CalendarSyncPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const actor = await requireStaffPage('/arbeitsbereich/kalender-sync');
  const status = findCalendarSyncStatus({ db: getDatabase() }, actor, actor.staffId);
  const t = await getTranslations('WorkspaceCalendarSync');
  const format = await getFormatter();
  const when = (iso: string) =>
    format.dateTime(new Date(iso), { dateStyle: 'medium', timeStyle: 'short' });
  const done = readDone(await searchParams, ['connected', 'disconnected'] as const);
  const errorReason =
    status && isKnownReason(status.lastErrorReason) ? status.lastErrorReason : null;
  return (
    <WorkspaceFrame
      actor={actor}
      section="sync"
      title={t('title')}
      intro={t('intro')}
      notice={<DoneNotice text={done && t(done)} />}
    >
      <p className={styles.muted}>{t('privacy')}</p>
      {status ? (
        <section className={styles.panel} aria-labelledby="sync-status">
          <h2 id="sync-status">{t('statusTitle')}</h2>
          <dl className={styles.facts}>
            <dt>{t('address')}</dt>
            <dd>{status.calendarUrl}</dd>
            <dt>{t('user')}</dt>
            <dd>{status.username}</dd>
            <dt>{t('connectedAt')}</dt>
            <dd>{when(status.connectedAt)}</dd>
            <dt>{t('lastSuccess')}</dt>
            <dd>{status.lastSuccessAt ? when(status.lastSuccessAt) : t('never')}</dd>
          </dl>
          {errorReason && status.lastErrorAt && (
            <div className={styles.warning} role="status">
              <p>
                <strong>{t('lastError')}:</strong>{' '}
                {t('errorAt', {
                  date: when(status.lastErrorAt),
                  reason: t(`errors.${errorReason}`),
                })}
              </p>
            </div>
          )}
          <ActionForm action={disconnectCalendarAction} hidden={{}} errorTitle={t('errorTitle')}>
            <p className={styles.muted}>{t('disconnectHint')}</p>
            <SubmitButton pendingLabel={t('disconnecting')} variant="secondary">
              {t('disconnect')}
            </SubmitButton>
          </ActionForm>
        </section>
      ) : (
        <p>{t('none')}</p>
      )}
      <section className={`${styles.panel} ${styles.wrapAnywhere}`} aria-labelledby="sync-connect">
        <h2 id="sync-connect">{status ? t('changeTitle') : t('connectTitle')}</h2>
        <ActionForm
          action={connectCalendarAction}
          hidden={{}}
          errorTitle={t('errorTitle')}
          fieldOrder={['calendarUrl', 'username', 'password']}
        >
          <TextField
            name="calendarUrl"
            type="url"
            inputMode="url"
            autoComplete="url"
            label={t('calendarUrl')}
            hint={t('calendarUrlHint')}
            defaultValue={status?.calendarUrl}
            isRequired
          />
          <TextField
            name="username"
            autoComplete="username"
            label={t('username')}
            defaultValue={status?.username}
            isRequired
          />
          <TextField
            name="password"
            type="password"
            autoComplete="current-password"
            label={t('password')}
            hint={t('passwordHint')}
            isRequired
          />
          <SubmitButton pendingLabel={t('connecting')}>{t('connect')}</SubmitButton>
        </ActionForm>
      </section>
    </WorkspaceFrame>
  );
}
