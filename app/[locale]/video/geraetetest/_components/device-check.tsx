'use client';

import { useTranslations } from 'next-intl';
import { CameraSection } from './camera-section';
import { ConnectionSection } from './connection-section';
import styles from './device-check.module.css';
import { MediaFailureNotice } from './media-failure-notice';
import { MicrophoneSection } from './microphone-section';
import { SpeakerSection } from './speaker-section';
import { useLocalMedia } from './use-local-media';

const buttonText = { idle: 'start', starting: 'start', running: 'stop', failed: 'retry' } as const;
const statusText = { idle: 'startHint', starting: 'starting', running: 'running' } as const;

/**
 * The device check: nothing happens until "start" (no permission prompt on arrival).
 * One button starts, ends or retries the test and keeps the keyboard focus throughout;
 * the status line beside it says what happened.
 */
export function DeviceCheck() {
  const t = useTranslations('DeviceCheck');
  const media = useLocalMedia();
  const { phase, failure, tracks, devices } = media;
  const isStarting = phase === 'starting';

  const onButton = () => {
    if (isStarting) return;
    if (phase === 'running') media.stop();
    else void media.start();
  };

  return (
    <div className={styles.check} data-phase={phase}>
      <div className={styles.startBar}>
        <button
          type="button"
          className={`button ${phase === 'running' ? 'button-secondary' : 'button-primary'}`}
          aria-disabled={isStarting || undefined}
          onClick={onButton}
        >
          {t(buttonText[phase])}
        </button>
        <p role="status" className={styles.status}>
          {phase !== 'failed' && t(statusText[phase])}
        </p>
      </div>
      {failure && <MediaFailureNotice failure={failure} />}
      {(phase === 'running' || phase === 'failed') && (
        <div className={styles.sections}>
          {phase === 'running' && (
            <>
              <CameraSection
                track={tracks.video}
                devices={devices}
                onSelect={(id) => void media.selectDevice('videoinput', id)}
              />
              <MicrophoneSection
                track={tracks.audio}
                devices={devices}
                onSelect={(id) => void media.selectDevice('audioinput', id)}
              />
            </>
          )}
          <SpeakerSection devices={devices} />
          <ConnectionSection isMediaReady={!!tracks.video && !!tracks.audio} />
        </div>
      )}
    </div>
  );
}
