import type { Database } from '@/db/client';
import { findVideoBooking, insertBookingEvent, listBookingEventsOfTypes } from '@/db/queries/video';
import { withWriteTransaction } from '@/db/transaction';
import { bookingIdOfClientIdentity } from './room-identity';

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
