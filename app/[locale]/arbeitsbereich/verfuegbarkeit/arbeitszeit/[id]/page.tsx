import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { requireStaffPage } from '@/lib/auth/session';
import { addDaysToLocalDate, localDateOf } from '@/lib/calendar/local-date';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { loadAvailability } from '@/lib/workspace/availability';
import { workspaceZone } from '@/lib/workspace/context';
import { ActionForm } from '../../../../_components/forms/action-form';
import { TextField } from '../../../../_components/forms/form-fields';
import { SubmitButton } from '../../../../_components/forms/submit-button';
import { WorkspaceFrame } from '../../../_components/workspace-frame';
import styles from '../../../_components/workspace.module.css';
import { endBlockAction, removeBlockAction, setRoomAction } from '../../actions';
import { blockLabels } from '../../_components/block-labels';

type Props = { params: Promise<{ locale: string; id: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceBlock' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** One weekly block: end it on a day, or remove it from today on. */
export default async function BlockPage({ params }: Props) {
  await resolvePageLocale(params);
  const { id } = await params;
  const actor = await requireStaffPage(`/arbeitsbereich/verfuegbarkeit/arbeitszeit/${id}`);
  const deps = { db: getDatabase(), now: new Date() };
  const block =
    loadAvailability(deps, actor, actor.staffId).blocks.find((b) => b.id === id) ?? notFound();
  const t = await getTranslations('WorkspaceBlock');
  const availability = await getTranslations('WorkspaceAvailability');
  const labels = await blockLabels(block);
  const today = localDateOf(deps.now, workspaceZone);
  return (
    <WorkspaceFrame
      actor={actor}
      section="availability"
      title={t('title', { weekday: labels.weekdayName, time: labels.time })}
      intro={`${block.officeName} · ${labels.validity}`}
      back={{ href: '/arbeitsbereich/verfuegbarkeit', label: t('back') }}
    >
      <section aria-labelledby="room-title" className={styles.panel}>
        <h2 id="room-title">{t('roomTitle')}</h2>
        <p>{t('roomText')}</p>
        <ActionForm
          action={setRoomAction.bind(null, block.id)}
          hidden={{}}
          errorTitle={availability('errorTitle')}
        >
          <TextField
            name="room"
            label={availability('room')}
            hint={availability('roomHint')}
            defaultValue={block.room ?? ''}
          />
          <SubmitButton pendingLabel={availability('saving')}>{t('roomSubmit')}</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="end-title" className={styles.panel}>
        <h2 id="end-title">{t('endTitle')}</h2>
        <p>{t('endText')}</p>
        <ActionForm
          action={endBlockAction.bind(null, block.id)}
          hidden={{}}
          errorTitle={availability('errorTitle')}
        >
          <TextField
            name="validTo"
            type="date"
            label={t('endDate')}
            defaultValue={block.validTo ?? addDaysToLocalDate(today, 28)}
            isRequired
          />
          <SubmitButton pendingLabel={availability('saving')}>{t('endSubmit')}</SubmitButton>
        </ActionForm>
      </section>
      <section aria-labelledby="remove-title" className={styles.panel}>
        <h2 id="remove-title">{t('removeTitle')}</h2>
        <p>{t('removeText')}</p>
        <ActionForm
          action={removeBlockAction.bind(null, block.id)}
          hidden={{}}
          errorTitle={availability('errorTitle')}
        >
          <SubmitButton pendingLabel={availability('saving')} variant="danger">
            {t('removeSubmit')}
          </SubmitButton>
        </ActionForm>
      </section>
    </WorkspaceFrame>
  );
}
