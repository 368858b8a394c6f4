import type { Database } from '@/db/client';
import { findVideoBooking, insertBookingEvent, listBookingEventsOfTypes } from '@/db/queries/video';
import { withWriteTransaction } from '@/db/transaction';
import { bookingIdOfClientIdentity, roomNameOf } from './room-identity';
import type { VideoDeps } from './service';

export type PresenceWebhook = {
  /** LiveKit's event id: webhooks may arrive twice. */
  id: string;
  event: string;
  participantIdentity: string | undefined;
};

const presenceTypes: Record<string, 'video_client_joined' | 'video_client_left'> = {
  participant_joined: 'video_client_joined',
  participant_left: 'video_client_left',
  participant_connection_aborted: 'video_client_left',
};

/**
 * Records when the client's media connection joins or leaves the room, from LiveKit's
 * signed webhooks, as booking events: the counsellor's presence view and the no-show
 * proposal read them. Returns whether an event was recorded.
 */
export function recordClientPresence(db: Database, webhook: PresenceWebhook, now: Date): boolean {
  const type = presenceTypes[webhook.event];
  const bookingId = webhook.participantIdentity
    ? bookingIdOfClientIdentity(webhook.participantIdentity)
    : null;
  if (!type || !bookingId) return false;
  return withWriteTransaction(db, (tx) => {
    if (!findVideoBooking(tx, bookingId)) return false;
    const seen = listBookingEventsOfTypes(tx, bookingId, Object.values(presenceTypes)).some(
      (e) => e.data.webhookId === webhook.id,
    );
    if (seen) return false;
    insertBookingEvent(tx, {
      bookingId,
      type,
      actorType: 'system',
      actorId: null,
      data: { webhookId: webhook.id },
      occurredAt: now.toISOString(),
    });
    return true;
  });
}

/**
 * LiveKit tells the other participants about someone who publishes nothing only in
 * batches (every 3 s), so a waiting client would reach the counsellor's list up to 3 s
 * late; a change of the participant's attributes is broadcast at once. So when LiveKit
 * reports that a client who is not admitted yet has joined, the app marks them as waiting.
 * Returns whether it did.
 */
export async function announceWaitingClient(
  deps: Pick<VideoDeps, 'db' | 'gateway' | 'secret'>,
  webhook: PresenceWebhook,
): Promise<boolean> {
  const bookingId = webhook.participantIdentity
    ? bookingIdOfClientIdentity(webhook.participantIdentity)
    : null;
  if (webhook.event !== 'participant_joined' || !bookingId) return false;
  if (!findVideoBooking(deps.db, bookingId)) return false;
  if (listBookingEventsOfTypes(deps.db, bookingId, ['video_admitted']).length > 0) return false;
  await deps.gateway.announceWaiting(
    roomNameOf(deps.secret, bookingId),
    webhook.participantIdentity!,
  );
  return true;
}
