import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { listTeamsOfStaff } from '@/db/queries/account';
import { decide, type StaffActor } from '@/lib/auth/policy';
import { requireStaffPage } from '@/lib/auth/session';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { loadAgenda, type AgendaDay, type AgendaItem } from '@/lib/workspace/agenda';
import { AgendaCard } from './_components/agenda-card';
import { dayOf } from './_components/appointment-format';
import { DoneNotice, WorkspaceFrame } from './_components/workspace-frame';
import { readDone } from './_lib/done';
import { appointmentDoneKinds } from './termine/done-kinds';
import styles from './_components/workspace.module.css';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'Workspace' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * The counsellor's day: the next appointment first, then today, the next seven days, and
 * earlier appointments that still wait for an outcome; below, teams and administration.
 */
export default async function WorkspacePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await requireStaffPage('/arbeitsbereich');
  const db = getDatabase();
  const agenda = loadAgenda(db, actor.staffId, new Date(), locale);
  const t = await getTranslations('WorkspaceAgenda');
  const ws = await getTranslations('Workspace');
  const done = readDone(await searchParams, appointmentDoneKinds);
  const notices = await getTranslations('WorkspaceAppointment.done');
  const nextDate = agenda.next?.date;
  const weekIsEmpty = agenda.week.every((day) => day.items.length === 0 && day.date !== nextDate);
  return (
    <WorkspaceFrame
      actor={actor}
      section="agenda"
      title={ws('title', { name: actor.name })}
      intro={t('intro')}
      notice={<DoneNotice text={done && notices(done)} />}
    >
      <section aria-labelledby="next-title" className={styles.section}>
        <h2 id="next-title">{t('nextTitle')}</h2>
        {agenda.next ? (
          <ul className={styles.list}>
            <AgendaCard item={agenda.next} isNext />
          </ul>
        ) : (
          <p className={styles.empty}>{t('nextNone')}</p>
        )}
      </section>
      {agenda.awaitingOutcome.length > 0 && (
        <section aria-labelledby="awaiting-title" className={styles.section}>
          <h2 id="awaiting-title">{t('awaitingTitle')}</h2>
          <p>{t('awaitingIntro')}</p>
          <CardList items={agenda.awaitingOutcome} withDays />
        </section>
      )}
      <section aria-labelledby="today-title" className={styles.section}>
        <h2 id="today-title">{t('todayTitle', { date: await dayOf(agenda.today) })}</h2>
        {agenda.todayItems.length > 0 ? (
          <CardList items={agenda.todayItems} />
        ) : (
          <p className={styles.empty}>
            {agenda.next?.date === agenda.today ? t('todayNoMore') : t('todayEmpty')}
          </p>
        )}
      </section>
      <section aria-labelledby="week-title" className={styles.section}>
        <h2 id="week-title">{t('weekTitle')}</h2>
        {weekIsEmpty ? (
          <p className={styles.empty}>{t('weekEmpty')}</p>
        ) : (
          agenda.week.map((day) => (
            <WeekDay key={day.date} day={day} hasNext={day.date === nextDate} />
          ))
        )}
      </section>
      <TeamsAndAdministration staffId={actor.staffId} actor={actor} />
    </WorkspaceFrame>
  );
}

async function WeekDay({ day, hasNext }: { day: AgendaDay; hasNext: boolean }) {
  const t = await getTranslations('WorkspaceAgenda');
  return (
    <div className={styles.day}>
      <h3>{await dayOf(day.date)}</h3>
      {day.items.length > 0 ? (
        <CardList items={day.items} />
      ) : (
        <p className={styles.dayEmpty}>{t(hasNext ? 'dayOnlyNext' : 'dayEmpty')}</p>
      )}
    </div>
  );
}

async function CardList({ items, withDays }: { items: AgendaItem[]; withDays?: boolean }) {
  return (
    <ul className={styles.list}>
      {items.map((item) => (
        <AgendaCard key={item.id} item={item} isNext={withDays} />
      ))}
    </ul>
  );
}

async function TeamsAndAdministration({ staffId, actor }: { staffId: string; actor: StaffActor }) {
  const t = await getTranslations('Workspace');
  const teams = listTeamsOfStaff(getDatabase(), staffId);
  const mayAdminister = decide(actor, 'staff.manage', { type: 'administration' }).allowed;
  return (
    <>
      {teams.length > 0 && (
        <section aria-labelledby="teams-title" className={styles.section}>
          <h2 id="teams-title">{t('teamTitle')}</h2>
          <ul>
            {teams.map((team) => (
              <li key={team.id}>
                {team.name} ({t(team.role === 'lead' ? 'leadsTeam' : 'memberOfTeam')})
                {team.role === 'lead' && (
                  <>
                    {' · '}
                    <Link href={{ pathname: '/team/dienstplan', query: { team: team.id } }}>
                      {t('rosterLink')}
                      <span className="visually-hidden">: {team.name}</span>
                    </Link>
                  </>
                )}
              </li>
            ))}
          </ul>
          {teams.some((team) => team.role === 'lead') && (
            <Link href="/team/vertretung" className="button button-secondary">
              {t('coverLink')}
            </Link>
          )}
        </section>
      )}
      {mayAdminister && (
        <section aria-labelledby="administration" className={styles.section}>
          <h2 id="administration">{t('administrationTitle')}</h2>
          <p>{t('administrationText')}</p>
          <Link href="/verwaltung" className="button button-primary">
            {t('administrationLink')}
          </Link>
        </section>
      )}
    </>
  );
}
