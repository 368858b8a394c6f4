import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import { localDateOf } from '@/lib/calendar/local-date';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { loadAvailability } from '@/lib/workspace/availability';
import { listUnhandledConflicts } from '@/lib/workspace/handovers';
import { workspaceZone } from '@/lib/workspace/context';
import { DoneNotice, WorkspaceFrame } from '../_components/workspace-frame';
import styles from '../_components/workspace.module.css';
import { readCount, readDone } from '../_lib/done';
import { AbsenceForm } from './_components/absence-form';
import { BlockForm } from './_components/block-form';
import { Absences, AppointmentLines, Blocks, ConflictList } from './_components/availability-lists';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

const doneKinds = ['saved', 'handedOver', 'removed', 'handedOverOne'] as const;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceAvailability' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * The counsellor's own availability: appointments left without working time first (so
 * nothing is dropped unseen), then the weekly blocks and the absences, each with its form.
 */
export default async function AvailabilityPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await requireStaffPage('/arbeitsbereich/verfuegbarkeit');
  const deps = { db: getDatabase(), now: new Date() };
  const data = loadAvailability(deps, actor, actor.staffId, locale);
  const conflicts = listUnhandledConflicts(deps, actor, actor.staffId, locale);
  const t = await getTranslations('WorkspaceAvailability');
  const query = await searchParams;
  const done = readDone(query, doneKinds);
  const today = localDateOf(deps.now, workspaceZone);
  const current = data.blocks.filter((b) => b.validTo === null || b.validTo >= today);
  return (
    <WorkspaceFrame
      actor={actor}
      section="availability"
      title={t('title')}
      intro={t('intro')}
      notice={<DoneNotice text={done && t(`done.${done}`, { count: readCount(query) })} />}
    >
      {conflicts.length > 0 && (
        <section aria-labelledby="conflicts-title" className={styles.warning}>
          <h2 id="conflicts-title">{t('conflictsTitle')}</h2>
          <p>{t('conflictsIntro')}</p>
          <ConflictList conflicts={conflicts} />
        </section>
      )}
      {data.handedOver.length > 0 && (
        <section aria-labelledby="handed-over-title" className={styles.panel}>
          <h2 id="handed-over-title">{t('handedOverTitle')}</h2>
          <p>{t('handedOverIntro')}</p>
          <AppointmentLines items={data.handedOver} />
        </section>
      )}
      <section aria-labelledby="blocks-title" className={styles.panel}>
        <h2 id="blocks-title">{t('blocksTitle')}</h2>
        {current.length === 0 ? (
          <p className={styles.empty}>{t('blocksEmpty')}</p>
        ) : (
          <Blocks blocks={current} />
        )}
        <h3>{t('addBlockTitle')}</h3>
        <BlockForm offices={data.offices} today={today} />
      </section>
      <section aria-labelledby="absences-title" className={styles.panel}>
        <h2 id="absences-title">{t('absencesTitle')}</h2>
        {data.absences.length === 0 ? (
          <p className={styles.empty}>{t('absencesEmpty')}</p>
        ) : (
          <Absences absences={data.absences} />
        )}
        <h3>{t('addAbsenceTitle')}</h3>
        <AbsenceForm today={today} />
      </section>
    </WorkspaceFrame>
  );
}
