import { rtcConfigFor } from '@/lib/video/rtc-config';

export type ConnectionOutcome = 'ok' | 'failed' | 'unavailable';

/**
 * The connection test: our API opens a throwaway LiveKit room, then livekit-client joins
 * it over the signalling WebSocket and over WebRTC (media path) and leaves again.
 * `unavailable` means our side failed (the user's network is fine); `failed` that the
 * browser could not reach the video server.
 */
export async function checkConnection(): Promise<ConnectionOutcome> {
  let response: Response;
  try {
    response = await fetch('/api/v1/video/connection-check', { method: 'POST', cache: 'no-store' });
  } catch {
    return 'failed';
  }
  if (!response.ok) return 'unavailable';
  const { url, token } = (await response.json()) as { url: string; token: string };
  try {
    // Loaded on demand: the page itself needs no LiveKit code.
    const { ConnectionCheck } = await import('livekit-client');
    const check = new ConnectionCheck(url, token, {
      connectOptions: { rtcConfig: rtcConfigFor(url) },
    });
    await check.checkWebsocket();
    if (check.isSuccess()) await check.checkWebRTC();
    return check.isSuccess() ? 'ok' : 'failed';
  } catch {
    return 'failed';
  }
}
