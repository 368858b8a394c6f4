'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';
import { browserFamilies, browserFamilyOf } from './browser-family';
import styles from './device-check.module.css';
import type { MediaFailure } from './use-local-media';

const failureText = {
  notFound: 'notFound',
  inUse: 'inUse',
  other: 'otherError',
  unsupported: 'unsupported',
} as const;

const noSubscription = () => () => undefined;

/** What went wrong with camera or microphone, and for a block, how to lift it in this browser. */
export function MediaFailureNotice({ failure }: { failure: MediaFailure }) {
  const t = useTranslations('DeviceCheck');
  const family = useSyncExternalStore(
    noSubscription,
    () => browserFamilyOf(navigator.userAgent),
    () => 'other' as const,
  );
  if (failure !== 'blocked')
    return (
      <div className={styles.alert} role="alert">
        <p>{t(failureText[failure])}</p>
      </div>
    );
  return (
    <div className={styles.alert} role="alert" data-browser={family}>
      <h2>{t('blockedTitle')}</h2>
      <p>{t(`blocked.${family}`)}</p>
      {family !== 'other' && (
        <details className={styles.details}>
          <summary>{t('otherBrowsers')}</summary>
          <ul>
            {browserFamilies
              .filter((f) => f !== family)
              .map((f) => (
                <li key={f}>{t(`blocked.${f}`)}</li>
              ))}
          </ul>
        </details>
      )}
    </div>
  );
}
