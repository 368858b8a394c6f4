import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { Actor } from '@/lib/auth/policy';
import { authorizePage } from '@/lib/auth/session';
import { localDateOf } from '@/lib/calendar/local-date';
import { loadCover } from '@/lib/cover/service';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { workspaceZone } from '@/lib/workspace/context';
import { ActionForm } from '../../_components/forms/action-form';
import { SubmitButton } from '../../_components/forms/submit-button';
import { DoneNotice } from '../../arbeitsbereich/_components/workspace-frame';
import styles from '../../arbeitsbereich/_components/workspace.module.css';
import { readCount, readDone } from '../../arbeitsbereich/_lib/done';
import { CoverAbsenceForm } from './_components/cover-absence-form';
import { CoverCard } from './_components/cover-card';
import { reassignAllAction } from './actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const doneKinds = ['reassigned', 'all', 'offered', 'absence'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'TeamCover' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** A team is whatever the actor leads; the policy refuses anyone who leads none. */
function ledTeam(actor: Actor) {
  return {
    type: 'team' as const,
    teamId: actor.kind === 'staff' ? (actor.leadsTeamIds[0] ?? '') : '',
  };
}

/**
 * Absence cover: the team's appointments whose counsellor cannot keep them, each with the
 * colleagues free to take it over (best first), one or all reassigned in one action, or
 * the client asked to choose a new time. The lead can record an absence here too.
 */
export default async function CoverPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await authorizePage('team.cover', ledTeam, '/team/vertretung');
  const now = new Date();
  const { members, items } = loadCover({ db: getDatabase(), now }, actor, locale);
  const t = await getTranslations('TeamCover');
  const query = await searchParams;
  const done = readDone(query, doneKinds);
  const count = readCount(query);
  const withSubstitute = items.filter((i) => i.substitutes.length > 0).length;
  const format = await getFormatter();
  return (
    <>
      <DoneNotice text={done && t(`done.${done}`, { count })} />
      <h1>{t('title')}</h1>
      <p className={styles.lead}>{t('intro')}</p>
      <section aria-labelledby="affected-title" className={styles.section}>
        <h2 id="affected-title">{t('affectedTitle', { count: items.length })}</h2>
        {items.length === 0 ? (
          <p className={styles.empty}>{t('empty')}</p>
        ) : (
          <>
            {withSubstitute > 0 && (
              <ActionForm action={reassignAllAction} hidden={{}} errorTitle={t('errorTitle')}>
                <p>{t('allText', { count: withSubstitute, total: items.length })}</p>
                <SubmitButton pendingLabel={t('pending')}>
                  {t('allSubmit', { count: withSubstitute })}
                </SubmitButton>
              </ActionForm>
            )}
            <ul className={styles.list}>
              {items.map((item) => (
                <CoverCard
                  key={item.id}
                  item={item}
                  when={format.dateTimeRange(new Date(item.startsAt), new Date(item.endsAt), {
                    weekday: 'long',
                    day: 'numeric',
                    month: 'long',
                    hour: '2-digit',
                    minute: '2-digit',
                  })}
                />
              ))}
            </ul>
          </>
        )}
      </section>
      <section aria-labelledby="absence-title" className={styles.panel}>
        <h2 id="absence-title">{t('absenceTitle')}</h2>
        <p className={styles.muted}>{t('absenceText')}</p>
        <CoverAbsenceForm members={members} today={localDateOf(now, workspaceZone)} />
      </section>
    </>
  );
}
