'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useState } from 'react';
import styles from './device-check.module.css';
import { DeviceSelect } from './device-select';

/** Loudness 0–100 from the signal's RMS: -60 dBFS (silence) to 0 dBFS (full scale). */
function levelOf(samples: Float32Array): number {
  let sum = 0;
  for (const sample of samples) sum += sample * sample;
  const decibels = 20 * Math.log10(Math.sqrt(sum / samples.length) || 1e-6);
  return Math.round(Math.min(100, Math.max(0, ((decibels + 60) / 60) * 100)));
}

/** The microphone's level, measured ten times a second while the track is live. */
function useMicrophoneLevel(track: MediaStreamTrack | null): number {
  const [level, setLevel] = useState(0);
  useEffect(() => {
    if (!track) return;
    const context = new AudioContext();
    void context.resume().catch(() => undefined);
    const source = context.createMediaStreamSource(new MediaStream([track]));
    const analyser = context.createAnalyser();
    analyser.fftSize = 1024;
    source.connect(analyser);
    const samples = new Float32Array(analyser.fftSize);
    const timer = window.setInterval(() => {
      analyser.getFloatTimeDomainData(samples);
      setLevel(levelOf(samples));
    }, 100);
    return () => {
      window.clearInterval(timer);
      source.disconnect();
      void context.close();
    };
  }, [track]);
  return track ? level : 0;
}

type Props = {
  track: MediaStreamTrack | null;
  devices: MediaDeviceInfo[];
  onSelect: (deviceId: string) => void;
};

/** A live level meter (with its value for assistive technology) and the choice of microphone. */
export function MicrophoneSection({ track, devices, onSelect }: Props) {
  const t = useTranslations('DeviceCheck');
  const headingId = useId();
  const meterLabelId = useId();
  const level = useMicrophoneLevel(track);
  const microphones = devices.filter((d) => d.kind === 'audioinput');
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('microphoneTitle')}</h2>
      {track ? (
        <>
          <p id={meterLabelId} className={styles.meterLabel}>
            {t('microphoneLevel')}
          </p>
          <div
            className={styles.meter}
            role="meter"
            aria-labelledby={meterLabelId}
            aria-valuemin={0}
            aria-valuemax={100}
            aria-valuenow={level}
            aria-valuetext={`${level} %`}
          >
            <div className={styles.meterBar} style={{ inlineSize: `${level}%` }} />
          </div>
          <p className={styles.hint}>{t('speak')}</p>
        </>
      ) : (
        <p className={styles.missing}>{t('noMicrophone')}</p>
      )}
      {microphones.length > 0 && (
        <DeviceSelect
          label={t('microphoneSelect')}
          devices={microphones}
          value={track?.getSettings().deviceId ?? ''}
          onChange={onSelect}
        />
      )}
    </section>
  );
}
