import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { channels, type Channel } from '@/db/schema/enums';
import { Link } from '@/lib/i18n/navigation';
import { resolvePageLocale } from '@/lib/i18n/page-locale';
import { bookingDeps } from '@/lib/server/booking-deps';
import { loadAppointment } from '@/lib/workspace/appointment';
import { followUpOptions, listFollowUpSlots } from '@/lib/workspace/follow-up';
import { ChannelIcon } from '../../../../_components/booking/channel-icon';
import { DayPicker } from '../../../../_components/booking/day-picker';
import { MeetingPointChoices } from '../../../../_components/booking/meeting-point-choices';
import { groupSlotsByDay, pickDay } from '../../../../_components/booking/slot-days';
import { TimeChoices } from '../../../../_components/booking/time-choices';
import { ActionForm } from '../../../../_components/forms/action-form';
import { TextField } from '../../../../_components/forms/form-fields';
import { SubmitButton } from '../../../../_components/forms/submit-button';
import { WorkspaceFrame } from '../../../_components/workspace-frame';
import styles from '../../../_components/workspace.module.css';
import { openAppointmentPage } from '../../../_lib/appointment-access';
import { bookFollowUpAction } from '../../actions';

type Props = {
  params: Promise<{ locale: string; id: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
};

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolvePageLocale(params);
  const t = await getTranslations({ locale, namespace: 'WorkspaceFollowUp' });
  return { title: t('metaTitle'), robots: { index: false } };
}

function param(value: string | string[] | undefined): string | undefined {
  return typeof value === 'string' ? value : undefined;
}

/**
 * A follow-up for the same client with the counsellor: the channel as links, then the
 * counsellor's own free days and times (the public flow's picker), then one submit.
 */
export default async function FollowUpPage({ params, searchParams }: Props) {
  const locale = await resolvePageLocale(params);
  const { id } = await params;
  const path = `/arbeitsbereich/termine/${id}/folgetermin`;
  const actor = await openAppointmentPage(id, path);
  const deps = bookingDeps();
  const t = await getTranslations('WorkspaceFollowUp');
  const { item } = loadAppointment(deps.db, actor, id, deps.now, locale);
  const back = { href: `/arbeitsbereich/termine/${id}`, label: t('back') };
  const frame = { actor, section: 'agenda' as const, back };
  const canFollowUp =
    item.outcome === 'held' || (item.status === 'confirmed' && item.phase !== 'upcoming');
  if (!canFollowUp) {
    const errors = await getTranslations('WorkspaceErrors.reasons');
    return (
      <WorkspaceFrame {...frame} title={t('metaTitle')}>
        <p className={styles.empty}>{errors('follow_up_not_possible')}</p>
      </WorkspaceFrame>
    );
  }
  const options = followUpOptions(deps.db, actor, id, deps.now);
  const query = await searchParams;
  const wanted = channels.find((c) => c === param(query.kanal));
  const channel: Channel | undefined =
    wanted && options.channels.includes(wanted)
      ? wanted
      : options.channels.includes(item.channel)
        ? item.channel
        : options.channels[0];
  const title = t('title', { client: item.clientName });
  const intro = t('intro', { service: item.serviceName });
  if (!channel) {
    return (
      <WorkspaceFrame {...frame} title={title} intro={intro}>
        <p className={styles.empty}>{t('noChannels')}</p>
      </WorkspaceFrame>
    );
  }
  const days = groupSlotsByDay(listFollowUpSlots(deps, actor, id, channel));
  const day = pickDay(days, param(query.tag));
  return (
    <WorkspaceFrame {...frame} title={title} intro={intro}>
      <ChannelLinks path={path} options={options.channels} selected={channel} />
      {!day ? (
        <p className={styles.empty}>{t('noSlots')}</p>
      ) : (
        <>
          <DayPicker
            days={days}
            selected={day.date}
            hrefFor={(date) => ({ pathname: path, query: { kanal: channel, tag: date } })}
          />
          <ActionForm
            action={bookFollowUpAction.bind(null, id)}
            hidden={{ channel, idempotencyKey: crypto.randomUUID() }}
            errorTitle={t('errorTitle')}
          >
            <TimeChoices day={day} />
            {channel === 'walk_and_talk' && (
              <MeetingPointChoices office={options.office} name="meetingPointId" />
            )}
            {channel === 'phone' && !options.source.clientPhone && (
              <TextField
                name="phone"
                type="tel"
                autoComplete="off"
                label={t('phoneLabel')}
                hint={t('phoneHint')}
              />
            )}
            <SubmitButton pendingLabel={t('pending')}>{t('submit')}</SubmitButton>
          </ActionForm>
        </>
      )}
    </WorkspaceFrame>
  );
}

async function ChannelLinks(props: { path: string; options: Channel[]; selected: Channel }) {
  const t = await getTranslations('WorkspaceFollowUp');
  const booking = await getTranslations('Booking');
  return (
    <nav aria-labelledby="channel-title" className={styles.section}>
      <h2 id="channel-title">{t('channelTitle')}</h2>
      <ul className={styles.choiceList}>
        {props.options.map((c) => (
          <li key={c}>
            <Link
              href={{ pathname: props.path, query: { kanal: c } }}
              aria-current={c === props.selected ? 'true' : undefined}
              className={c === props.selected ? 'button button-primary' : 'button button-secondary'}
            >
              <ChannelIcon channel={c} className={styles.icon} />
              {booking(`channels.${c}.name`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
