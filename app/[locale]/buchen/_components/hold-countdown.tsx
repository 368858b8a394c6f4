'use client';

import { useTranslations } from 'next-intl';
import { useSyncExternalStore } from 'react';

function subscribe(onTick: () => void) {
  const id = setInterval(onTick, 10_000);
  return () => clearInterval(id);
}

/**
 * "noch 8 Minuten" after hydration (the server-rendered notice already names the clock
 * time, so nothing is missing without JavaScript). Not a live region: a ticking
 * announcement every minute would drown out the form.
 */
export function HoldCountdown({ expiresAt }: { expiresAt: string }) {
  const t = useTranslations('HoldCountdown');
  const minutes = useSyncExternalStore(
    subscribe,
    () => Math.max(0, Math.ceil((Date.parse(expiresAt) - Date.now()) / 60_000)),
    () => null,
  );
  if (minutes === null) return null;
  return <span> {minutes > 0 ? t('remaining', { minutes }) : t('expired')}</span>;
}
