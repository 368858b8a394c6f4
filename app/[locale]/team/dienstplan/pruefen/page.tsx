import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { isAppError } from '@/lib/errors';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { previewRosterChange, type RosterConflict } from '@/lib/roster/service';
import { rosterChangeQuery, rosterChangeSchema, toRosterChange } from '@/lib/roster/schemas';
import { getDatabase } from '@/lib/server/database';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { shortDateOf } from '../../../arbeitsbereich/_components/appointment-format';
import { BackLink } from '../../_components/back-link';
import styles from '../../_components/team.module.css';
import { authorizeRosterPage } from '../../_lib/team-page';
import { confirmRosterChangeAction } from '../actions';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'RosterCheck' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Before a roster change that leaves appointments without working time is saved: which
 * ones, and the choice to save and hand them over for reassignment, or to leave it. The
 * change travels in the URL (no personal data); it is checked again on saving.
 */
export default async function RosterCheckPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const query = await searchParams;
  const { actor, teamId, week } = await authorizeRosterPage(query, '/team/dienstplan/pruefen');
  const t = await getTranslations('RosterCheck');
  const form = await getTranslations('RosterForm');
  const parsed = rosterChangeSchema.safeParse(
    Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string' && v !== '')),
  );
  if (!parsed.success || parsed.data.team !== teamId) notFound();
  let conflicts: RosterConflict[];
  try {
    conflicts = previewRosterChange(
      { db: getDatabase(), now: new Date() },
      actor,
      teamId,
      toRosterChange(parsed.data),
      locale,
    );
  } catch (error) {
    // A URL edited by hand, or the roster changed meanwhile.
    if (!isAppError(error)) throw error;
    if (error.code === 'NOT_FOUND') notFound();
    const errors = await getTranslations('RosterErrors.reasons');
    const key = (error.reason ?? '') as 'unknown';
    return (
      <>
        <BackLink teamId={teamId} week={week} />
        <h1>{t('metaTitle')}</h1>
        <p>{errors.has(key) ? errors(key) : errors('unknown')}</p>
      </>
    );
  }
  const lines = await Promise.all(
    conflicts.map(async (c) => ({
      id: c.id,
      text: t('appointment', {
        date: await shortDateOf(c.startsAt),
        counsellor: c.counsellorName,
        client: c.clientName,
        service: c.serviceName,
      }),
    })),
  );
  return (
    <>
      <BackLink teamId={teamId} week={week} />
      <h1>{t('title')}</h1>
      {query.geaendert === '1' && (
        <div role="status" className={styles.warning}>
          <p>{t('changed')}</p>
        </div>
      )}
      <section aria-labelledby="appointments-title" className={styles.panel}>
        <h2 id="appointments-title">{t('appointmentsTitle')}</h2>
        {lines.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <>
            <p>{t('intro', { count: lines.length })}</p>
            <ul className={styles.conflicts}>
              {lines.map((line) => (
                <li key={line.id} data-conflict={line.id}>
                  {line.text}
                </li>
              ))}
            </ul>
          </>
        )}
        <ActionForm
          action={confirmRosterChangeAction}
          hidden={{
            ...rosterChangeQuery(parsed.data),
            bestaetigt: conflicts.map((c) => c.id).join(','),
          }}
          errorTitle={form('errorTitle')}
        >
          <div className={styles.buttonRow}>
            <SubmitButton pendingLabel={form('saving')}>
              {lines.length > 0 ? t('confirm') : t('save')}
            </SubmitButton>
            <Link
              href={{ pathname: '/team/dienstplan', query: { team: teamId, woche: week.monday } }}
              className="button button-secondary"
            >
              {t('cancel')}
            </Link>
          </div>
        </ActionForm>
      </section>
    </>
  );
}
