import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { findFeedStatus } from '@/lib/workspace/calendar-feed';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { DoneNotice, WorkspaceFrame } from '../_components/workspace-frame';
import styles from '../_components/workspace.module.css';
import { readDone } from '../_lib/done';
import { FeedUrl } from './_components/feed-url';
import { endFeedAction, renewFeedAction } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceFeed' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** The personal iCalendar subscription: create or renew its secret address, or end it. */
export default async function CalendarFeedPage({ params, searchParams }: Props) {
  await resolvePageLocale(params);
  const actor = await requireStaffPage('/arbeitsbereich/kalender-abo');
  const feed = findFeedStatus(getDatabase(), actor, actor.staffId);
  const t = await getTranslations('WorkspaceFeed');
  const format = await getFormatter();
  const done = readDone(await searchParams, ['ended'] as const);
  return (
    <WorkspaceFrame
      actor={actor}
      section="feed"
      title={t('title')}
      intro={t('intro')}
      notice={<DoneNotice text={done && t('ended')} />}
    >
      <section className={styles.panel}>
        <p>
          {feed
            ? t('active', {
                date: format.dateTime(new Date(feed.createdAt), { dateStyle: 'long' }),
              })
            : t('none')}
        </p>
        <ActionForm action={renewFeedAction} hidden={{}} errorTitle={t('errorTitle')}>
          <FeedUrl label={t('urlLabel')} hint={t('urlHint')} />
          {feed && <p className={styles.muted}>{t('renewHint')}</p>}
          <SubmitButton pendingLabel={t('creating')}>
            {feed ? t('renew') : t('create')}
          </SubmitButton>
        </ActionForm>
        <p className={styles.muted}>{t('howTo')}</p>
      </section>
      {feed && (
        <section className={styles.panel}>
          <ActionForm action={endFeedAction} hidden={{}} errorTitle={t('errorTitle')}>
            <SubmitButton pendingLabel={t('ending')} variant="secondary">
              {t('end')}
            </SubmitButton>
          </ActionForm>
        </section>
      )}
    </WorkspaceFrame>
  );
}
