'use client';

import dynamic from 'next/dynamic';
import { useTranslations } from 'next-intl';
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
export const VideoSessionLoader = dynamic(
  () => import('./video-session').then((module) => module.VideoSession),
  { ssr: false, loading: Connecting },
);
