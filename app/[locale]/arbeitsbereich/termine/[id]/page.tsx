import type { Metadata } from 'next';
import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { getDatabase } from '@/lib/server/database';
import { loadAppointment } from '@/lib/workspace/appointment';
import type { AgendaItem } from '@/lib/workspace/agenda';
import { ChannelIcon } from '../../../_components/booking/channel-icon';
import { displayPhone } from '../../../_components/booking/display-phone';
import { SummaryList } from '../../../_components/booking/summary-list';
import { ActionForm } from '../../../_components/forms/action-form';
import { TextAreaField } from '../../../_components/forms/form-fields';
import { SubmitButton } from '../../../_components/forms/submit-button';
import { Needs } from '../../_components/agenda-card';
import { shortDateOf } from '../../_components/appointment-format';
import { ChannelAction, NoShowProposal } from '../../_components/channel-action';
import { OutcomeActions } from '../../_components/outcome-actions';
import { DoneNotice, WorkspaceFrame } from '../../_components/workspace-frame';
import styles from '../../_components/workspace.module.css';
import { openAppointmentPage } from '../../_lib/appointment-access';
import { readDone } from '../../_lib/done';
import { cancelAppointmentAction, saveNoteAction } from '../actions';
import { appointmentDoneKinds } from '../done-kinds';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceAppointment' });
  return { title: t('metaTitle'), robots: { index: false } };
}

/** One appointment: its facts, the channel's action, outcome, follow-up, cancel, note. */
export default async function AppointmentPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const actor = await openAppointmentPage(id, `/arbeitsbereich/termine/${id}`);
  const { item, note, colleagueNotes, referral, referralsMade } = loadAppointment(
    getDatabase(),
    actor,
    id,
    new Date(),
    locale,
  );
  const r = await getTranslations('WorkspaceReferral');
  const t = await getTranslations('WorkspaceAppointment');
  const format = await getFormatter();
  const done = readDone(await searchParams, appointmentDoneKinds);
  const date = format.dateTimeRange(new Date(item.startsAt), new Date(item.endsAt), {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    hour: '2-digit',
    minute: '2-digit',
  });
  const context = (await getTranslations('WorkspaceItem'))('context', {
    date: await shortDateOf(item.startsAt),
    client: item.clientName,
  });
  const canFollowUp =
    item.outcome === 'held' || (item.status === 'confirmed' && item.phase !== 'upcoming');
  return (
    <WorkspaceFrame
      actor={actor}
      section="agenda"
      title={t('title', { date })}
      back={{ href: '/arbeitsbereich', label: t('back') }}
      notice={<DoneNotice text={done && t(`done.${done}`)} />}
    >
      <Facts item={item} />
      {referral && (
        <section aria-labelledby="referral-title" className={styles.panel}>
          <h2 id="referral-title">{r('receivedTitle')}</h2>
          <p>
            {r('receivedText', {
              name: referral.fromStaffName,
              provider: r(`provider.${referral.fromProviderId}`),
            })}
          </p>
          <blockquote className={styles.quote}>{referral.note}</blockquote>
        </section>
      )}
      {item.isHandedOver && (
        <div className={styles.warning}>
          <p>{t('handoverText')}</p>
        </div>
      )}
      {item.status === 'confirmed' &&
        item.phase !== 'past' &&
        (item.channel === 'video' || item.isCall) && (
          <section aria-labelledby="action-title" className={styles.panel}>
            <h2 id="action-title">{t('actionTitle')}</h2>
            <ChannelAction item={item} context={context} returnTo="termin" />
          </section>
        )}
      {item.status !== 'cancelled' && item.phase !== 'upcoming' && (
        <section className={styles.panel}>
          <OutcomeActions item={item} context={context} returnTo="termin" headingLevel="h2" />
          <NoShowProposal item={item} context={context} returnTo="termin" />
        </section>
      )}
      {canFollowUp && (
        <section aria-labelledby="follow-up-title" className={styles.panel}>
          <h2 id="follow-up-title">{t('followUpTitle')}</h2>
          <p>{t('followUpText', { client: item.clientName })}</p>
          <Link
            href={`/arbeitsbereich/termine/${item.id}/folgetermin`}
            className="button button-primary"
          >
            {(await getTranslations('WorkspaceAgenda'))('followUp')}
          </Link>
        </section>
      )}
      {canFollowUp && (
        <section aria-labelledby="refer-title" className={styles.panel}>
          <h2 id="refer-title">{r('panelTitle')}</h2>
          {referralsMade.map((made) => (
            <p key={made.id}>{r('referredTo', { office: made.toOfficeName })}</p>
          ))}
          <p>{r('panelText', { client: item.clientName })}</p>
          <Link
            href={`/arbeitsbereich/termine/${item.id}/weitervermitteln`}
            className="button button-secondary"
          >
            {r('panelLink')}
          </Link>
        </section>
      )}
      {colleagueNotes.length > 0 && (
        <section aria-labelledby="colleague-notes-title" className={styles.panel}>
          <h2 id="colleague-notes-title">{r('colleagueNotesTitle')}</h2>
          <p className={styles.muted}>{r('colleagueNotesText')}</p>
          {colleagueNotes.map((n) => (
            <figure key={n.authorName + n.updatedAt} className={styles.quoteFigure}>
              <blockquote className={styles.quote}>{n.body}</blockquote>
              <figcaption>{r('colleagueNoteBy', { name: n.authorName })}</figcaption>
            </figure>
          ))}
        </section>
      )}
      <section aria-labelledby="note-title" className={styles.panel}>
        <h2 id="note-title">{t('noteTitle')}</h2>
        <ActionForm
          action={saveNoteAction.bind(null, item.id)}
          hidden={{}}
          errorTitle={t('errorTitle')}
        >
          <TextAreaField
            name="note"
            label={t('noteLabel')}
            hint={t('noteHint')}
            maxLength={1000}
            defaultValue={note ?? ''}
          />
          <SubmitButton pendingLabel={t('noteSaving')}>{t('noteSubmit')}</SubmitButton>
        </ActionForm>
      </section>
      {item.status === 'confirmed' && item.phase === 'upcoming' && (
        <section aria-labelledby="cancel-title" className={styles.panel}>
          <h2 id="cancel-title">{t('cancelTitle')}</h2>
          <p>{t('cancelText')}</p>
          <ActionForm
            action={cancelAppointmentAction.bind(null, item.id)}
            hidden={{}}
            errorTitle={t('errorTitle')}
          >
            <TextAreaField
              name="reason"
              label={t('cancelReason')}
              hint={t('cancelHint')}
              maxLength={500}
            />
            <SubmitButton pendingLabel={t('cancelling')} variant="danger">
              {t('cancelSubmit')}
            </SubmitButton>
          </ActionForm>
        </section>
      )}
    </WorkspaceFrame>
  );
}

async function Facts({ item }: { item: AgendaItem }) {
  const t = await getTranslations('WorkspaceAppointment');
  const booking = await getTranslations('Booking');
  const outcome = await getTranslations('WorkspaceItem');
  const place =
    item.channel === 'presence'
      ? `${item.officeName}, ${item.officeStreet}, ${item.officePostcode} ${item.officeCity}` +
        (item.room ? ` · ${item.room}` : '')
      : item.channel === 'walk_and_talk'
        ? `${item.meetingPointName ?? ''} (${item.officeName}): ${item.meetingPointDescription ?? ''}`
        : t(`remote.${item.channel}`);
  const status =
    item.status === 'cancelled'
      ? t('status.cancelled')
      : item.outcome
        ? outcome(`outcome.${item.outcome}`)
        : item.needsOutcome
          ? outcome('needsOutcome')
          : t(`status.${item.phase === 'running' ? 'running' : 'upcoming'}`);
  const rows = [
    {
      key: 'channel',
      label: t('facts.channel'),
      value: (
        <span className={styles.channel}>
          <ChannelIcon channel={item.channel} className={styles.icon} />
          {booking(`channels.${item.channel}.name`)}
        </span>
      ),
    },
    { key: 'client', label: t('facts.client'), value: item.clientName },
    {
      key: 'phone',
      label: t('facts.phone'),
      value: item.clientPhone ? (
        <a href={`tel:${item.clientPhone}`}>{displayPhone(item.clientPhone)}</a>
      ) : (
        '–'
      ),
    },
    { key: 'email', label: t('facts.email'), value: item.clientEmail },
    { key: 'service', label: t('facts.service'), value: item.serviceName },
    { key: 'place', label: t('facts.place'), value: place },
    { key: 'status', label: t('facts.status'), value: status },
  ];
  const needs = await Needs({ item });
  if (needs.length > 0)
    rows.splice(5, 0, {
      key: 'needs',
      label: t('facts.needs'),
      value: <span className={styles.meta}>{needs}</span>,
    });
  return <SummaryList rows={rows} />;
}
