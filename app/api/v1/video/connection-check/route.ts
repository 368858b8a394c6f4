import { videoDeps } from '@/lib/server/video';
import { writeRoute } from '@/lib/server/write-route';
import { openConnectionCheck } from '@/lib/video/connection-check';

/**
 * The device check's connection test; open to anyone, like the page. POST, not GET: it
 * creates a room on the LiveKit server (rate-limited and same-origin like every write).
 */
export const POST = writeRoute(async () => {
  const { gateway, livekitUrl } = videoDeps();
  const ticket = await openConnectionCheck({
    gateway,
    livekitUrl,
    onGatewayError: (error) => console.warn('[video] connection check: LiveKit failed', error),
  });
  return Response.json(ticket, { headers: { 'Cache-Control': 'no-store, private' } });
});
