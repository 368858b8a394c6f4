'use client';

import '@livekit/components-styles';
import { RoomAudioRenderer, RoomContext, StartAudio } from '@livekit/components-react';
import {
  DisconnectReason,
  ExternalE2EEKeyProvider,
  isE2EESupported,
  Room,
  RoomEvent,
} from 'livekit-client';
import { useTranslations } from 'next-intl';
import { useCallback, useEffect, useState } from 'react';
import { rtcConfigFor } from '@/lib/video/rtc-config';
import { CounsellorPanel } from './counsellor-panel';
import { FallbackForm, FallbackPanel } from './fallback-panel';
import { RoomStage } from './room-stage';
import styles from './video.module.css';
import { requestJoin, type JoinAnswer, type SessionTarget } from './video-api';

type Phase =
  | { kind: 'connecting' }
  | { kind: 'failed'; message: string }
  | { kind: 'unsupported' }
  | { kind: 'connected'; join: JoinAnswer }
  | { kind: 'ended' }
  | { kind: 'left' };

function keyBytes(base64: string): ArrayBuffer {
  const bytes = Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
  return bytes.buffer;
}

/**
 * The video room of one booking: fetches a token, connects with end-to-end encryption
 * and shows the waiting room, the session or its end. One Room and one E2EE worker per
 * mount, torn down on unmount.
 */
export function VideoSession({
  target,
  initialJoin,
}: {
  target: SessionTarget;
  /** The first token, requested while this code was still loading. */
  initialJoin: Promise<JoinAnswer> | null;
}) {
  const t = useTranslations('VideoRoom');
  const [keyProvider] = useState(() => new ExternalE2EEKeyProvider());
  const [room, setRoom] = useState<Room | null>(null);
  // Rendered in the browser only (see video-session-loader), so the check is safe here.
  const [phase, setPhase] = useState<Phase>(() =>
    isE2EESupported() ? { kind: 'connecting' } : { kind: 'unsupported' },
  );
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    if (!isE2EESupported()) return;
    const worker = new Worker(new URL('livekit-client/e2ee-worker', import.meta.url));
    const current = new Room({
      adaptiveStream: true,
      dynacast: true,
      encryption: { keyProvider, worker },
    });
    let isActive = true;
    current.on(RoomEvent.Disconnected, (reason) => {
      if (!isActive) return;
      setPhase(reason === DisconnectReason.ROOM_DELETED ? { kind: 'ended' } : { kind: 'left' });
    });
    (async () => {
      try {
        const join = await (attempt === 0 && initialJoin ? initialJoin : requestJoin(target));
        await keyProvider.setKey(keyBytes(join.e2eeKey));
        await current.setE2EEEnabled(true);
        await current.connect(join.url, join.token, { rtcConfig: rtcConfigFor(join.url) });
        if (!isActive) return;
        if (join.isAdmitted) await current.localParticipant.enableCameraAndMicrophone();
        setRoom(current);
        setPhase({ kind: 'connected', join });
      } catch (error) {
        if (!isActive) return;
        setPhase({ kind: 'failed', message: error instanceof Error ? error.message : '' });
      }
    })();
    return () => {
      isActive = false;
      void current.disconnect();
      worker.terminate();
      setRoom(null);
    };
  }, [keyProvider, target, attempt, initialJoin]);

  const retry = useCallback(() => {
    setPhase({ kind: 'connecting' });
    setAttempt((n) => n + 1);
  }, []);

  if (phase.kind === 'unsupported')
    return (
      <div className={styles.notice} role="alert">
        <p>{t('unsupported')}</p>
        {target.role === 'client' && <FallbackForm target={target} isProminent />}
      </div>
    );
  if (phase.kind === 'connecting')
    return (
      <p className={styles.notice} role="status">
        {t('connecting')}
      </p>
    );
  if (phase.kind === 'failed')
    return (
      <div className={styles.notice} role="alert">
        <p>
          {t('joinFailed')} {phase.message}
        </p>
        <button type="button" className="button button-primary" onClick={retry}>
          {t('retry')}
        </button>
      </div>
    );
  if (phase.kind === 'ended' || phase.kind === 'left')
    return (
      <div className={styles.notice} role="status" data-video-phase={phase.kind}>
        <h2>{t(phase.kind === 'ended' ? 'endedTitle' : 'leftTitle')}</h2>
        {phase.kind === 'left' && (
          <button type="button" className="button button-primary" onClick={retry}>
            {t('rejoin')}
          </button>
        )}
        {phase.kind === 'left' && target.role === 'client' && (
          <FallbackForm target={target} isProminent />
        )}
      </div>
    );
  if (!room) return null;
  return (
    <RoomContext.Provider value={room}>
      <div className={styles.session}>
        <RoomStage join={phase.join} />
        {phase.join.role === 'counsellor' ? (
          <CounsellorPanel target={target} join={phase.join} />
        ) : (
          <FallbackPanel target={target} />
        )}
        <RoomAudioRenderer />
        <StartAudio label={t('startAudio')} className="button button-secondary" />
      </div>
    </RoomContext.Provider>
  );
}
