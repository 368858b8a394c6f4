import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getFormatter, getTranslations } from 'next-intl/server';
import type { StaffActor } from '@/lib/auth/policy';
import { requireStaffPage } from '@/lib/auth/session';
import { localDateOf } from '@/lib/calendar/local-date';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { isAppError } from '@/lib/errors';
import {
  loadAvailability,
  previewAvailabilityChange,
  type ConflictingAppointment,
} from '@/lib/workspace/availability';
import { workspaceZone } from '@/lib/workspace/context';
import {
  absenceChangeOf,
  changeOf,
  pendingChangeSchema,
  type PendingChange,
} from '@/lib/workspace/schemas';
import { ActionForm } from '../../../_components/forms/action-form';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { shortDateOf } from '../../_components/appointment-format';
import { WorkspaceFrame } from '../../_components/workspace-frame';
import styles from '../../_components/workspace.module.css';
import { confirmChangeAction } from '../actions';
import { blockLabels } from '../_components/block-labels';

type Props = {
  params: Promise<{ locale: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceCheck' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/**
 * Before a change that leaves appointments without working time is saved: which ones,
 * and the choice to save and hand them to the team lead, or to leave things as they are.
 * The change travels in the URL (no personal data), the check is made again on saving.
 */
export default async function CheckChangePage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const actor = await requireStaffPage('/arbeitsbereich/verfuegbarkeit/pruefen');
  const t = await getTranslations('WorkspaceCheck');
  const availability = await getTranslations('WorkspaceAvailability');
  const query = await searchParams;
  const parsed = pendingChangeSchema.safeParse(
    Object.fromEntries(Object.entries(query).filter(([, v]) => typeof v === 'string' && v !== '')),
  );
  const back = { href: '/arbeitsbereich/verfuegbarkeit', label: availability('title') };
  if (!parsed.success) {
    return (
      <WorkspaceFrame actor={actor} section="availability" title={t('metaTitle')} back={back}>
        <p className={styles.empty}>{t('none')}</p>
      </WorkspaceFrame>
    );
  }
  const pending = parsed.data;
  const deps = { db: getDatabase(), now: new Date() };
  let conflicts: ConflictingAppointment[];
  try {
    conflicts = previewAvailabilityChange(
      deps,
      actor,
      actor.staffId,
      changeOf(pending, workspaceZone),
      locale,
    );
  } catch (error) {
    // A URL edited by hand (a block that is not theirs, an absence in the past).
    if (!isAppError(error)) throw error;
    if (error.code === 'NOT_FOUND') notFound();
    const errors = await getTranslations('WorkspaceErrors.reasons');
    const key = (error.reason ?? '') as 'unknown';
    return (
      <WorkspaceFrame actor={actor} section="availability" title={t('metaTitle')} back={back}>
        <p className={styles.empty}>{errors.has(key) ? errors(key) : errors('unknown')}</p>
      </WorkspaceFrame>
    );
  }
  const lines = await Promise.all(
    conflicts.map(async (c) => ({
      id: c.id,
      text: availability('appointment', {
        date: await shortDateOf(c.startsAt),
        client: c.clientName,
        service: c.serviceName,
      }),
    })),
  );
  return (
    <WorkspaceFrame actor={actor} section="availability" title={t('title')} back={back}>
      {query.geaendert === '1' && (
        <div role="status" className={styles.warning}>
          <p>{t('changed')}</p>
        </div>
      )}
      <section aria-labelledby="change-title" className={styles.panel}>
        <h2 id="change-title">{t('changeTitle')}</h2>
        <p>{await describeChange(pending, actor)}</p>
      </section>
      <section aria-labelledby="appointments-title" className={styles.panel}>
        <h2 id="appointments-title">{t('appointmentsTitle')}</h2>
        {lines.length === 0 ? (
          <p>{t('none')}</p>
        ) : (
          <>
            <p>{t('intro', { count: lines.length })}</p>
            <ul className={styles.plainList}>
              {lines.map((line) => (
                <li key={line.id} data-conflict={line.id}>
                  {line.text}
                </li>
              ))}
            </ul>
          </>
        )}
        <ActionForm
          action={confirmChangeAction}
          hidden={{ ...pending, bestaetigt: conflicts.map((c) => c.id).join(',') }}
          errorTitle={availability('errorTitle')}
        >
          <div className={styles.buttonRow}>
            <SubmitButton pendingLabel={availability('saving')}>
              {lines.length > 0 ? t('confirm') : t('save')}
            </SubmitButton>
            <Link href="/arbeitsbereich/verfuegbarkeit" className="button button-secondary">
              {t('cancel')}
            </Link>
          </div>
        </ActionForm>
      </section>
    </WorkspaceFrame>
  );
}

async function describeChange(pending: PendingChange, actor: StaffActor): Promise<string> {
  const t = await getTranslations('WorkspaceCheck');
  const format = await getFormatter();
  if (pending.art === 'abwesenheit') {
    const { startsAt, endsAt, reason } = absenceChangeOf(pending, workspaceZone);
    const options = { day: 'numeric', month: 'short', hour: '2-digit', minute: '2-digit' } as const;
    const reasons = await getTranslations('WorkspaceAvailability.reasons');
    return t('absence', {
      from: format.dateTime(new Date(startsAt), options),
      to: format.dateTime(new Date(endsAt), options),
      reason: reasons(reason),
    });
  }
  const deps = { db: getDatabase(), now: new Date() };
  const block = loadAvailability(deps, actor, actor.staffId).blocks.find(
    (b) => b.id === pending.block,
  );
  if (!block) return '';
  const labels = await blockLabels(block);
  const removes = pending.validTo < localDateOf(deps.now, workspaceZone);
  return removes
    ? t('removeBlock', { weekday: labels.weekdayName, time: labels.time })
    : t('endBlock', {
        weekday: labels.weekdayName,
        time: labels.time,
        date: format.dateTime(new Date(`${pending.validTo}T12:00:00Z`), {
          day: 'numeric',
          month: 'long',
          year: 'numeric',
        }),
      });
}
