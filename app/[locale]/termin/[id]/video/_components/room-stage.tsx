'use client';

import {
  ConnectionQualityIndicator,
  GridLayout,
  ParticipantTile,
  TrackToggle,
  useConnectionState,
  useLocalParticipant,
  useLocalParticipantPermissions,
  useRoomContext,
  useTracks,
} from '@livekit/components-react';
import { ConnectionState, RoomEvent, Track } from 'livekit-client';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import { ChatPanel } from './chat-panel';
import type { JoinAnswer } from './video-api';
import styles from './video.module.css';

function LockIcon() {
  return (
    <svg viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        fill="currentColor"
        d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z"
      />
    </svg>
  );
}

/** Whether the room's media is end-to-end encrypted, from LiveKit's own events. */
function useRoomEncryption(): boolean {
  const room = useRoomContext();
  const [isEncrypted, setIsEncrypted] = useState(room.isE2EEEnabled);
  useEffect(() => {
    const update = () => setIsEncrypted(room.isE2EEEnabled);
    room.on(RoomEvent.ParticipantEncryptionStatusChanged, update);
    return () => {
      room.off(RoomEvent.ParticipantEncryptionStatusChanged, update);
    };
  }, [room]);
  return isEncrypted;
}

/**
 * The room itself: the waiting screen until the counsellor admits the client (enforced
 * by the server's permissions), then video tiles, controls and chat.
 */
export function RoomStage({ join }: { join: JoinAnswer }) {
  const t = useTranslations('VideoRoom');
  const room = useRoomContext();
  const permissions = useLocalParticipantPermissions();
  const { localParticipant } = useLocalParticipant();
  const connection = useConnectionState();
  const isEncrypted = useRoomEncryption();
  const isLive = !!permissions?.canSubscribe;

  // Admission arrives as new permissions: only then may the client publish.
  useEffect(() => {
    if (isLive && join.role === 'client' && !localParticipant.isCameraEnabled) {
      void localParticipant.enableCameraAndMicrophone().catch(() => undefined);
    }
  }, [isLive, join.role, localParticipant]);

  const tracks = useTracks(
    [
      { source: Track.Source.Camera, withPlaceholder: true },
      { source: Track.Source.ScreenShare, withPlaceholder: false },
    ],
    { onlySubscribed: false },
  );

  return (
    <section className={styles.stage} aria-label={t('participantsLabel')}>
      <div className={styles.statusBar}>
        <span className={styles.encryption} data-encrypted={isEncrypted ? 'true' : 'false'}>
          {isEncrypted && <LockIcon />}
          {t(isEncrypted ? 'encrypted' : 'notEncrypted')}
        </span>
        <span className={styles.quality}>
          <span className="visually-hidden">{t('connectionQuality')}</span>
          <ConnectionQualityIndicator participant={localParticipant} />
        </span>
      </div>
      {connection === ConnectionState.Reconnecting && (
        <p className={styles.reconnecting} role="status">
          {t('reconnecting')}
        </p>
      )}
      {!isLive ? (
        <div className={styles.waiting} role="status" data-waiting-room="true">
          <h2>{t('waitingTitle')}</h2>
          <p className={styles.waitingLead}>{t('waitingText')}</p>
          <p>{t('waitingHint')}</p>
        </div>
      ) : (
        <>
          <div className={styles.grid} data-lk-theme="default">
            <GridLayout tracks={tracks}>
              <ParticipantTile />
            </GridLayout>
          </div>
          <div
            className={styles.controls}
            role="group"
            aria-label={t('participantsLabel')}
            data-lk-theme="default"
          >
            <TrackToggle source={Track.Source.Microphone} aria-label={t('microphone')}>
              {t('microphone')}
            </TrackToggle>
            <TrackToggle source={Track.Source.Camera} aria-label={t('camera')}>
              {t('camera')}
            </TrackToggle>
            <TrackToggle source={Track.Source.ScreenShare} aria-label={t('screenShare')}>
              {t('screenShare')}
            </TrackToggle>
            <button
              type="button"
              className="button button-secondary"
              onClick={() => void room.disconnect()}
            >
              {t('leave')}
            </button>
          </div>
          <ChatPanel />
        </>
      )}
    </section>
  );
}
