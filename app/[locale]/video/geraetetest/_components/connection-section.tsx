'use client';

import { useTranslations } from 'next-intl';
import { useEffect, useId, useRef, useState } from 'react';
import { checkConnection, type ConnectionOutcome } from './check-connection';
import styles from './device-check.module.css';

const outcomeText = {
  ok: 'connectionOk',
  failed: 'connectionFailed',
  unavailable: 'connectionUnavailable',
} as const;

/** Joins a throwaway room on our LiveKit server and says in plain words whether it worked. */
export function ConnectionSection({ isMediaReady }: { isMediaReady: boolean }) {
  const t = useTranslations('DeviceCheck');
  const headingId = useId();
  const [outcome, setOutcome] = useState<ConnectionOutcome | 'idle' | 'testing'>('idle');
  const isMountedRef = useRef(false);
  useEffect(() => {
    isMountedRef.current = true;
    return () => {
      isMountedRef.current = false;
    };
  }, []);

  const run = async () => {
    if (outcome === 'testing') return;
    setOutcome('testing');
    const result = await checkConnection();
    if (isMountedRef.current) setOutcome(result);
  };

  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <h2 id={headingId}>{t('connectionTitle')}</h2>
      <button
        type="button"
        className="button button-secondary"
        aria-disabled={outcome === 'testing' || undefined}
        onClick={() => void run()}
      >
        {t('testConnection')}
      </button>
      <div role="status" className={styles.result} data-outcome={outcome}>
        {outcome === 'testing' && <p className={styles.hint}>{t('testing')}</p>}
        {(outcome === 'ok' || outcome === 'failed' || outcome === 'unavailable') && (
          <p className={outcome === 'ok' ? styles.good : styles.bad}>{t(outcomeText[outcome])}</p>
        )}
        {outcome === 'ok' && isMediaReady && <p className={styles.allGood}>{t('allGood')}</p>}
      </div>
    </section>
  );
}
