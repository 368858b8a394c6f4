/**
 * When a video appointment can be joined, and by whom: pure rules over the booking, its
 * video events and the clock. Everything network-facing builds on these.
 */
export type JoinWindow = { opensMinutesBefore: number; closesMinutesAfter: number };

export const defaultJoinWindow: JoinWindow = { opensMinutesBefore: 15, closesMinutesAfter: 30 };

export type VideoEventType =
  | 'video_consent'
  | 'video_admitted'
  | 'video_ended'
  | 'video_fallback_to_phone'
  | 'video_client_joined'
  | 'video_client_left';

export const videoEventTypes: readonly VideoEventType[] = [
  'video_consent',
  'video_admitted',
  'video_ended',
  'video_fallback_to_phone',
  'video_client_joined',
  'video_client_left',
];

export type VideoSessionBooking = {
  channel: string;
  status: string;
  startsAt: string;
  endsAt: string;
};

export type JoinRefusal =
  | { reason: 'not_video' }
  | { reason: 'booking_not_active' }
  | { reason: 'video_not_open_yet'; opensAt: string }
  | { reason: 'video_closed' }
  | { reason: 'video_ended' };

export function joinWindowOf(booking: VideoSessionBooking, window: JoinWindow) {
  return {
    opensAt: new Date(Date.parse(booking.startsAt) - window.opensMinutesBefore * 60_000),
    closesAt: new Date(Date.parse(booking.endsAt) + window.closesMinutesAfter * 60_000),
  };
}

/** Why nobody may enter the room now, or null when the room is open. */
export function joinRefusalOf(
  booking: VideoSessionBooking,
  events: readonly { type: string }[],
  now: Date,
  window: JoinWindow = defaultJoinWindow,
): JoinRefusal | null {
  if (booking.channel !== 'video') return { reason: 'not_video' };
  if (booking.status !== 'confirmed') return { reason: 'booking_not_active' };
  if (events.some((e) => e.type === 'video_ended')) return { reason: 'video_ended' };
  const { opensAt, closesAt } = joinWindowOf(booking, window);
  if (now < opensAt) return { reason: 'video_not_open_yet', opensAt: opensAt.toISOString() };
  if (now > closesAt) return { reason: 'video_closed' };
  return null;
}

export type ClientPresence = 'never_joined' | 'waiting' | 'in_session' | 'left';

/**
 * Where the client is, from the server's own records: joins and leaves come from LiveKit
 * webhooks, admission from the counsellor's action.
 */
export function clientPresenceOf(events: readonly { type: string }[]): ClientPresence {
  const presence = events.filter(
    (e) => e.type === 'video_client_joined' || e.type === 'video_client_left',
  );
  const last = presence.at(-1);
  if (!last) return 'never_joined';
  if (last.type === 'video_client_left') return 'left';
  return events.some((e) => e.type === 'video_admitted') ? 'in_session' : 'waiting';
}

/** A video appointment whose window has closed without the client ever joining. */
export function isNoShowCandidate(
  booking: VideoSessionBooking,
  events: readonly { type: string }[],
  now: Date,
  window: JoinWindow = defaultJoinWindow,
): boolean {
  return (
    booking.channel === 'video' &&
    booking.status === 'confirmed' &&
    now > joinWindowOf(booking, window).closesAt &&
    clientPresenceOf(events) === 'never_joined'
  );
}

/** Presence per booking, from the video events of many bookings at once. */
export function presenceByBooking(
  events: readonly { bookingId: string; type: string }[],
): Map<string, ClientPresence> {
  const grouped = new Map<string, { type: string }[]>();
  for (const event of events) {
    const list = grouped.get(event.bookingId) ?? [];
    list.push(event);
    grouped.set(event.bookingId, list);
  }
  return new Map([...grouped].map(([id, list]) => [id, clientPresenceOf(list)]));
}
