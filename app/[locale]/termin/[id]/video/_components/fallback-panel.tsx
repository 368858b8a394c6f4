'use client';

import { useRoomContext } from '@livekit/components-react';
import { ConnectionQuality, RoomEvent, type Participant } from 'livekit-client';
import { useTranslations } from 'next-intl';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { switchToPhone, type SessionTarget } from './video-api';
import styles from './video.module.css';

/** True once the connection has been poor, lost or reconnecting during this visit. */
function useHadConnectionTrouble(): boolean {
  const room = useRoomContext();
  const [hadTrouble, setHadTrouble] = useState(false);
  useEffect(() => {
    const onTrouble = () => setHadTrouble(true);
    const onQuality = (quality: ConnectionQuality, participant: Participant) => {
      const isPoor = quality === ConnectionQuality.Poor || quality === ConnectionQuality.Lost;
      if (isPoor && participant.isLocal) setHadTrouble(true);
    };
    room.on(RoomEvent.Reconnecting, onTrouble);
    room.on(RoomEvent.SignalReconnecting, onTrouble);
    room.on(RoomEvent.ConnectionQualityChanged, onQuality);
    return () => {
      room.off(RoomEvent.Reconnecting, onTrouble);
      room.off(RoomEvent.SignalReconnecting, onTrouble);
      room.off(RoomEvent.ConnectionQualityChanged, onQuality);
    };
  }, [room]);
  return hadTrouble;
}

/** Inside the room: the fallback becomes prominent after connection trouble. */
export function FallbackPanel({ target }: { target: SessionTarget }) {
  const hadTrouble = useHadConnectionTrouble();
  return <FallbackForm target={target} isProminent={hadTrouble || target.hadDropout} />;
}

/**
 * "Switch to phone": prominent after connection trouble or when video cannot start at
 * all, always reachable otherwise. The appointment is kept; the counsellor gets the
 * number to call.
 */
export function FallbackForm({
  target,
  isProminent,
}: {
  target: SessionTarget;
  isProminent: boolean;
}) {
  const t = useTranslations('VideoRoom');
  const [phone, setPhone] = useState('');
  const [done, setDone] = useState<string | null>(null);
  const [failed, setFailed] = useState(false);
  const inputId = useId();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setFailed(false);
    try {
      setDone((await switchToPhone(target, phone.trim() || undefined)).phone);
    } catch {
      setFailed(true);
    }
  };

  if (done)
    return (
      <p className={styles.fallbackAlert} role="status" data-fallback="done">
        {t('fallbackDone', { phone: done })}
      </p>
    );
  return (
    <section
      className={isProminent ? styles.fallbackAlert : styles.fallbackQuiet}
      aria-labelledby={`${inputId}-title`}
      data-fallback={isProminent ? 'prompted' : 'quiet'}
    >
      <h2 id={`${inputId}-title`}>{t('fallbackTitle')}</h2>
      <p>{t('fallbackText')}</p>
      <form onSubmit={submit} className={styles.fallbackForm}>
        <label htmlFor={inputId}>{t('fallbackPhoneLabel')}</label>
        <input
          id={inputId}
          type="tel"
          inputMode="tel"
          autoComplete="tel"
          value={phone}
          onChange={(event) => setPhone(event.target.value)}
          aria-describedby={failed ? `${inputId}-error` : undefined}
        />
        {failed && (
          <p id={`${inputId}-error`} className={styles.error} role="alert">
            {t('fallbackFailed')}
          </p>
        )}
        <button type="submit" className="button button-primary">
          {t('fallbackButton')}
        </button>
      </form>
    </section>
  );
}
