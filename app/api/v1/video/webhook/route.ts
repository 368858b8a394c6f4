import { WebhookReceiver } from 'livekit-server-sdk';
import { getConfig } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { apiHandler } from '@/lib/http/handler';
import { videoDeps } from '@/lib/server/video';
import { announceWaitingClient, recordClientPresence } from '@/lib/video/presence';

/** LiveKit's signed webhooks (participant joined/left), for presence and no-shows. */
export const POST = apiHandler(async (request) => {
  const { apiKey, apiSecret } = getConfig().livekit;
  const body = await request.text();
  const event = await new WebhookReceiver(apiKey, apiSecret)
    .receive(body, request.headers.get('authorization') ?? undefined)
    .catch(() => {
      throw new AppError('UNAUTHENTICATED', 'Invalid webhook signature.', {
        reason: 'invalid_signature',
      });
    });
  const deps = videoDeps();
  const webhook = {
    id: event.id,
    event: event.event,
    participantIdentity: event.participant?.identity,
  };
  recordClientPresence(deps.db, webhook, deps.now);
  // Only speeds up the counsellor's waiting list (LiveKit's batch would show the client a
  // few seconds later), so a failure is logged, not answered as an error.
  await announceWaitingClient(deps, webhook).catch((error: unknown) => {
    console.warn('[video] announcing the waiting client failed', error);
  });
  return new Response(null, { status: 204 });
});
