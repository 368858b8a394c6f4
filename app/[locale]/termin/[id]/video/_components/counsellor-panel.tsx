'use client';

import { useRemoteParticipants } from '@livekit/components-react';
import { useTranslations } from 'next-intl';
import { useEffect, useState } from 'react';
import {
  admitClient,
  endSession,
  fetchStatus,
  type JoinAnswer,
  type SessionTarget,
  type VideoStatus,
} from './video-api';
import styles from './video.module.css';

const statusPollMs = 4000;

/** The counsellor's side: who waits, letting them in, presence, phone fallback, ending. */
export function CounsellorPanel({ target, join }: { target: SessionTarget; join: JoinAnswer }) {
  const t = useTranslations('VideoRoom');
  const participants = useRemoteParticipants();
  const [status, setStatus] = useState<VideoStatus | null>(null);
  const [busy, setBusy] = useState<'admit' | 'end' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const waiting = participants.filter(
    (p) => p.identity === join.clientIdentity && !p.permissions?.canSubscribe,
  );

  useEffect(() => {
    let isActive = true;
    const poll = () =>
      fetchStatus(target)
        .then((next) => isActive && setStatus(next))
        .catch(() => undefined);
    void poll();
    const timer = setInterval(poll, statusPollMs);
    return () => {
      isActive = false;
      clearInterval(timer);
    };
  }, [target]);

  const run = async (kind: 'admit' | 'end') => {
    setBusy(kind);
    setError(null);
    try {
      await (kind === 'admit' ? admitClient(target) : endSession(target));
    } catch (failure) {
      setError(failure instanceof Error ? failure.message : t('joinFailed'));
    } finally {
      setBusy(null);
    }
  };

  return (
    <aside className={styles.panel}>
      <section aria-labelledby="waiting-room-title">
        <h2 id="waiting-room-title">{t('waitingListTitle')}</h2>
        {waiting.length === 0 ? (
          <p className={styles.muted}>{t('nobodyWaiting')}</p>
        ) : (
          <ul className={styles.waitingList}>
            {waiting.map((p) => (
              <li key={p.identity}>
                <button
                  type="button"
                  className="button button-primary"
                  aria-disabled={busy === 'admit'}
                  onClick={() => busy || void run('admit')}
                >
                  {busy === 'admit'
                    ? t('admitting')
                    : t('admit', { name: p.name || join.clientName })}
                </button>
              </li>
            ))}
          </ul>
        )}
        {status && (
          <p className={styles.muted} data-presence={status.presence}>
            {t(`presence.${status.presence}`)}
          </p>
        )}
      </section>
      {status?.fallbackPhone && (
        <section className={styles.fallbackAlert} role="alert" aria-labelledby="fallback-title">
          <h2 id="fallback-title">{t('counsellorFallbackTitle')}</h2>
          <p>{t('counsellorFallbackText')}</p>
          <a className="button button-primary" href={`tel:${status.fallbackPhone}`}>
            {t('call', { phone: status.fallbackPhone })}
          </a>
        </section>
      )}
      {error && (
        <p className={styles.error} role="alert">
          {error}
        </p>
      )}
      <button
        type="button"
        className="button button-danger"
        aria-disabled={busy === 'end'}
        onClick={() => busy || void run('end')}
      >
        {busy === 'end' ? t('ending') : t('endForAll')}
      </button>
    </aside>
  );
}
