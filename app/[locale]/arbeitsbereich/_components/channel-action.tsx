import { getFormatter, getTranslations } from 'next-intl/server';
import { Link } from '@/lib/i18n/navigation';
import type { AgendaItem } from '@/lib/workspace/agenda';
import { displayPhone } from '../../_components/booking/display-phone';
import { recordOutcomeAction, startCallAction, type ReturnTo } from '../termine/actions';
import { shortDateOf } from './appointment-format';
import { InlineAction } from './inline-action';
import styles from './workspace.module.css';

type Props = { item: AgendaItem; context: string; returnTo: ReturnTo };

/**
 * What the channel asks of the counsellor: open the video room (with the waiting room's
 * state), call the client, meet at the meeting point, or receive them at the office.
 */
export async function ChannelAction({ item, context, returnTo }: Props) {
  const isOpen = item.status === 'confirmed';
  if (item.channel === 'video' && !item.isCall)
    return <VideoAction {...{ item, context, returnTo }} />;
  if (item.isCall) return isOpen ? <CallAction {...{ item, context, returnTo }} /> : null;
  const t = await getTranslations('WorkspaceItem');
  if (item.channel === 'walk_and_talk') {
    return (
      <div className={styles.action}>
        <p>{t('meetingPoint', { name: item.meetingPointName ?? '' })}</p>
        {item.meetingPointDescription && (
          <p className={styles.muted}>{item.meetingPointDescription}</p>
        )}
      </div>
    );
  }
  return (
    <div className={styles.action}>
      <p>
        {t('place', {
          office: item.officeName,
          street: item.officeStreet,
          postcode: item.officePostcode,
          city: item.officeCity,
        })}
      </p>
      {item.room && <p className={styles.room}>{item.room}</p>}
    </div>
  );
}

async function VideoAction({ item, context, returnTo }: Props) {
  const t = await getTranslations();
  const presence = item.presence ?? 'never_joined';
  const canEnter = item.status === 'confirmed' && item.phase !== 'past';
  // Days ahead, "not in the room yet" says nothing; from the room's opening on it does.
  const showsPresence = item.isRoomOpen || presence !== 'never_joined';
  const roomLabel = t('Workspace.videoRoomLabel', { date: await shortDateOf(item.startsAt) });
  return (
    <div className={styles.action}>
      {canEnter && (
        <>
          {showsPresence && (
            <p className={styles.presence} data-presence={presence}>
              {t(`VideoRoom.presence.${presence}`)}
            </p>
          )}
          <Link
            href={`/termin/${item.id}/video`}
            className={item.isRoomOpen ? 'button button-primary' : 'button button-secondary'}
            aria-label={roomLabel}
          >
            {t('Workspace.videoRoom')}
          </Link>
        </>
      )}
      <NoShowProposal item={item} context={context} returnTo={returnTo} />
    </div>
  );
}

/** The video presence's proposal "did not show", with the button that confirms it. */
export async function NoShowProposal({ item, context, returnTo }: Props) {
  if (!item.isNoShowProposed) return null;
  const t = await getTranslations();
  return (
    <div className={styles.proposal}>
      <p>{t('WorkspaceItem.proposal')}</p>
      <InlineAction
        action={recordOutcomeAction.bind(null, item.id, returnTo)}
        hidden={{ outcome: 'no_show', basis: 'video_presence' }}
        errorTitle={t('WorkspaceAppointment.errorTitle')}
        label={t('WorkspaceItem.confirmProposal')}
        pendingLabel={t('WorkspaceOutcome.saving')}
        context={context}
        variant="primary"
      />
    </div>
  );
}

async function CallAction({ item, context, returnTo }: Props) {
  const t = await getTranslations('WorkspaceItem');
  const errors = await getTranslations('WorkspaceAppointment');
  const format = await getFormatter();
  const phone = displayPhone(item.clientPhone);
  return (
    <div className={styles.action}>
      {item.clientPhone ? (
        <a
          href={`tel:${item.clientPhone}`}
          className={item.phase === 'past' ? 'button button-secondary' : 'button button-primary'}
        >
          {t('call', { phone })}
          <span className="visually-hidden">: {context}</span>
        </a>
      ) : (
        <p>{t('noPhone')}</p>
      )}
      {item.callStartedAt && (
        <p className={styles.muted}>
          {t('callStarted', {
            time: format.dateTime(new Date(item.callStartedAt), {
              hour: '2-digit',
              minute: '2-digit',
            }),
          })}
        </p>
      )}
      {item.canStartCall && !item.callStartedAt && (
        <InlineAction
          action={startCallAction.bind(null, item.id, returnTo)}
          errorTitle={errors('errorTitle')}
          label={t('startCall')}
          pendingLabel={t('startingCall')}
          context={context}
        />
      )}
    </div>
  );
}
