'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';
import styles from './device-check.module.css';
import { DeviceSelect } from './device-select';
import { canChooseSpeakers, playTestTone } from './test-tone';

/** A test tone, on speakers of the user's choice where the browser allows choosing. */
export function SpeakerSection({ devices }: { devices: MediaDeviceInfo[] }) {
  const t = useTranslations('DeviceCheck');
  const headingId = useId();
  const [sinkId, setSinkId] = useState('');
  const [tone, setTone] = useState<'idle' | 'playing' | 'failed'>('idle');
  const outputs = canChooseSpeakers()
    ? devices.filter((d) => d.kind === 'audiooutput' && d.deviceId)
    : [];
  const chosen = sinkId || outputs[0]?.deviceId || null;

  const play = async () => {
    if (tone === 'playing') return;
    setTone('playing');
    try {
      await playTestTone(chosen);
      setTone('idle');
    } catch {
      setTone('failed');
    }
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('speakerTitle')}</h2>
      <p className={styles.hint}>{t('speakerHint')}</p>
      {outputs.length > 0 && (
        <DeviceSelect
          label={t('speakerSelect')}
          devices={outputs}
          value={chosen ?? ''}
          onChange={setSinkId}
        />
      )}
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={tone === 'playing' || undefined}
        onClick={() => void play()}
      >
        {t('playTone')}
      </button>
      <p role="status" className={tone === 'failed' ? styles.bad : styles.hint}>
        {tone === 'playing' && t('tonePlaying')}
        {tone === 'failed' && t('toneFailed')}
      </p>
    </section>
  );
}
