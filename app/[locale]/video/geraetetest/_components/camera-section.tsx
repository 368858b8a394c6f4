'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef } from 'react';
import styles from './device-check.module.css';
import { DeviceSelect } from './device-select';

type Props = {
  track: MediaStreamTrack | null;
  devices: MediaDeviceInfo[];
  onSelect: (deviceId: string) => void;
};

/** The camera's picture, mirrored like a mirror, and the choice of camera. */
export function CameraSection({ track, devices, onSelect }: Props) {
  const t = useTranslations('DeviceCheck');
  const headingId = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const cameras = devices.filter((d) => d.kind === 'videoinput');

  useEffect(() => {
    const video = videoRef.current;
    if (!video || !track) return;
    video.srcObject = new MediaStream([track]);
    void video.play().catch(() => undefined);
    return () => {
      video.srcObject = null;
    };
  }, [track]);

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('cameraTitle')}</h2>
      {track ? (
        <video
          ref={videoRef}
          className={styles.preview}
          aria-label={t('cameraPreview')}
          autoPlay
          playsInline
          muted
        />
      ) : (
        <p className={styles.missing}>{t('noCamera')}</p>
      )}
      {cameras.length > 0 && (
        <DeviceSelect
          label={t('cameraSelect')}
          devices={cameras}
          value={track?.getSettings().deviceId ?? ''}
          onChange={onSelect}
        />
      )}
    </section>
  );
}
