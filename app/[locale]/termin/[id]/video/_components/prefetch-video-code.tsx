'use client';

import { useEffect } from 'react';

/**
 * Loads LiveKit's code while the visitor reads the privacy notice, so joining after the
 * confirmation does not wait for it. Renders nothing.
 */
export function PrefetchVideoCode() {
  useEffect(() => {
    void import('./video-session').catch(() => undefined);
  }, []);
  return null;
}
