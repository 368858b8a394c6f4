'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
import { useState } from 'react';
import { requestJoin, type JoinAnswer, type SessionTarget } from './video-api';
import styles from './video.module.css';

function Connecting() {
  const t = useTranslations('VideoRoom');
  return (
    <p className={styles.notice} role="status">
      {t('connecting')}
    </p>
  );
}

/** WebRTC, the E2EE worker and LiveKit exist only in the browser: no server rendering. */
const VideoSession = dynamic(
  () => import('./video-session').then((module) => module.VideoSession),
  { ssr: false, loading: Connecting },
);

/**
 * Asks for the token as soon as the page is interactive, while LiveKit's code is still
 * loading, so the two waits overlap.
 */
export function VideoSessionLoader({ target }: { target: SessionTarget }) {
  const [firstJoin] = useState<Promise<JoinAnswer> | null>(() => {
    if (typeof window === 'undefined') return null;
    const pending = requestJoin(target);
    // Rejections are handled where the promise is awaited (VideoSession).
    pending.catch(() => undefined);
    return pending;
  });
  return <VideoSession target={target} initialJoin={firstJoin} />;
}
