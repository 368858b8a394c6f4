import { WebhookReceiver } from 'livekit-server-sdk';
import { getConfig } from '@/lib/env';
import { AppError } from '@/lib/errors';
import { apiHandler } from '@/lib/http/handler';
import { getDatabase } from '@/lib/server/database';
import { recordClientPresence } from '@/lib/video/presence';

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
  recordClientPresence(
    getDatabase(),
    { id: event.id, event: event.event, participantIdentity: event.participant?.identity },
    new Date(),
  );
  return new Response(null, { status: 204 });
});
