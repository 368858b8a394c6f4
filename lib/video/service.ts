import type { Database } from '@/db/client';
import { updateClientPhone } from '@/db/queries/bookings';
import {
  findVideoBooking,
  insertBookingEvent,
  listBookingEventsOfTypes,
  type VideoBooking,
} from '@/db/queries/video';
import { withWriteTransaction } from '@/db/transaction';
import { assertBookingAccess } from '@/lib/auth/access';
import type { Actor } from '@/lib/auth/policy';
import { AppError } from '@/lib/errors';
import type { VideoGateway, VideoRole } from './gateway';
import { clientIdentityOf, counsellorIdentityOf, e2eeKeyOf, roomNameOf } from './room-identity';
import {
  clientPresenceOf,
  joinRefusalOf,
  videoEventTypes,
  type ClientPresence,
  type JoinWindow,
} from './session-rules';

export type VideoDeps = {
  db: Database;
  now: Date;
  /** Server secret the room names and E2EE keys are derived from. */
  secret: string;
  gateway: VideoGateway;
  /** The LiveKit URL browsers connect to. */
  livekitUrl: string;
  window?: JoinWindow;
};

/** Shown to the client before joining; its version is logged with the consent. */
export const privacyNoticeVersion = '2026-11';

function loadSession(
  deps: VideoDeps,
  actor: Actor,
  bookingId: string,
  action: 'booking.join-video' | 'booking.admit-video',
) {
  assertBookingAccess(deps.db, actor, action, bookingId);
  const booking = findVideoBooking(deps.db, bookingId)!;
  const events = listBookingEventsOfTypes(deps.db, bookingId, videoEventTypes);
  return { booking, events };
}

function assertRoomOpen(deps: VideoDeps, booking: VideoBooking, events: { type: string }[]) {
  const refusal = joinRefusalOf(booking, events, deps.now, deps.window);
  if (!refusal) return;
  const messages: Record<typeof refusal.reason, string> = {
    not_video: 'This appointment is not a video appointment.',
    booking_not_active: 'This appointment was cancelled or has already taken place.',
    video_not_open_yet: 'The video room is not open yet.',
    video_closed: 'The video room for this appointment has closed.',
    video_ended: 'The counsellor has ended this video session.',
  };
  throw new AppError('CONFLICT', messages[refusal.reason], {
    reason: refusal.reason,
    extra: 'opensAt' in refusal ? { opensAt: refusal.opensAt } : {},
  });
}

function roleOf(actor: Actor, booking: VideoBooking): VideoRole {
  return actor.kind === 'staff' && actor.staffId === booking.counsellorId ? 'counsellor' : 'client';
}

export type VideoJoin = {
  url: string;
  token: string;
  /** Base64 of the room's end-to-end encryption key. */
  e2eeKey: string;
  role: VideoRole;
  isAdmitted: boolean;
  counsellorName: string;
  clientName: string;
  clientIdentity: string;
};

/**
 * A LiveKit token for one of the two parties, only inside the appointment's window, for
 * that booking's room. A client must have confirmed the privacy notice; until the
 * counsellor admits them, their token lets them wait but not publish or subscribe.
 */
export async function joinVideo(
  deps: VideoDeps,
  actor: Actor,
  bookingId: string,
): Promise<VideoJoin> {
  const { booking, events } = loadSession(deps, actor, bookingId, 'booking.join-video');
  assertRoomOpen(deps, booking, events);
  const role = roleOf(actor, booking);
  if (role === 'client' && !events.some((e) => e.type === 'video_consent')) {
    throw new AppError('CONFLICT', 'Please confirm the video privacy notice first.', {
      reason: 'video_consent_required',
    });
  }
  const isAdmitted = role === 'counsellor' || events.some((e) => e.type === 'video_admitted');
  const room = roomNameOf(deps.secret, bookingId);
  await deps.gateway.ensureRoom(room);
  const token = await deps.gateway.mintToken({
    room,
    identity:
      role === 'counsellor'
        ? counsellorIdentityOf(booking.counsellorId)
        : clientIdentityOf(bookingId),
    name: role === 'counsellor' ? booking.counsellorName : booking.clientName,
    role,
    isAdmitted,
  });
  return {
    url: deps.livekitUrl,
    token,
    e2eeKey: e2eeKeyOf(deps.secret, bookingId),
    role,
    isAdmitted,
    counsellorName: booking.counsellorName,
    clientName: booking.clientName,
    clientIdentity: clientIdentityOf(bookingId),
  };
}

/** The client confirms the privacy notice; logged once with the booking. */
export function recordVideoConsent(deps: VideoDeps, actor: Actor, bookingId: string): void {
  withWriteTransaction(deps.db, (tx) => {
    assertBookingAccess(tx, actor, 'booking.join-video', bookingId);
    const booking = findVideoBooking(tx, bookingId)!;
    if (roleOf(actor, booking) !== 'client') return;
    const events = listBookingEventsOfTypes(tx, bookingId, ['video_consent']);
    if (events.length > 0) return;
    insertBookingEvent(tx, {
      bookingId,
      type: 'video_consent',
      actorType: 'client',
      actorId: null,
      data: { noticeVersion: privacyNoticeVersion },
      occurredAt: deps.now.toISOString(),
    });
  });
}

/** The counsellor lets the waiting client in: their permissions change on the server. */
export async function admitClient(deps: VideoDeps, actor: Actor, bookingId: string): Promise<void> {
  const { booking, events } = loadSession(deps, actor, bookingId, 'booking.admit-video');
  assertRoomOpen(deps, booking, events);
  const room = roomNameOf(deps.secret, bookingId);
  const identity = clientIdentityOf(bookingId);
  if (!(await deps.gateway.isParticipantPresent(room, identity))) {
    throw new AppError('CONFLICT', 'The client is not in the waiting room.', {
      reason: 'client_not_waiting',
    });
  }
  await deps.gateway.admit(room, identity);
  insertBookingEvent(deps.db, {
    bookingId,
    type: 'video_admitted',
    actorType: 'staff',
    actorId: booking.counsellorId,
    data: {},
    occurredAt: deps.now.toISOString(),
  });
}

/** Ends the session for everyone: recorded first (no new tokens), then the room is deleted. */
export async function endVideoSession(
  deps: VideoDeps,
  actor: Actor,
  bookingId: string,
): Promise<void> {
  const { booking } = loadSession(deps, actor, bookingId, 'booking.admit-video');
  insertBookingEvent(deps.db, {
    bookingId,
    type: 'video_ended',
    actorType: 'staff',
    actorId: booking.counsellorId,
    data: {},
    occurredAt: deps.now.toISOString(),
  });
  await deps.gateway.deleteRoom(roomNameOf(deps.secret, bookingId));
}

/**
 * Video failed: the appointment continues by phone at the same time. The client's
 * number (stored, or given now) goes to the counsellor; the switch is a booking event.
 */
export function switchToPhone(
  deps: VideoDeps,
  actor: Actor,
  bookingId: string,
  phone: string | undefined,
): { phone: string } {
  return withWriteTransaction(deps.db, (tx) => {
    assertBookingAccess(tx, actor, 'booking.join-video', bookingId);
    const booking = findVideoBooking(tx, bookingId)!;
    assertRoomOpen(deps, booking, listBookingEventsOfTypes(tx, bookingId, videoEventTypes));
    const number = phone ?? booking.clientPhone;
    if (!number) {
      throw new AppError('INVALID_INPUT', 'Please give a phone number we can call.', {
        reason: 'phone_required',
        fieldErrors: { phone: ['Required.'] },
      });
    }
    if (phone) updateClientPhone(tx, booking.clientId, phone);
    const isCounsellor = roleOf(actor, booking) === 'counsellor';
    insertBookingEvent(tx, {
      bookingId,
      type: 'video_fallback_to_phone',
      actorType: isCounsellor ? 'staff' : 'client',
      actorId: isCounsellor ? booking.counsellorId : null,
      data: { from: 'video', to: 'phone', phone: number },
      occurredAt: deps.now.toISOString(),
    });
    return { phone: number };
  });
}

export type VideoStatus = {
  presence: ClientPresence;
  isAdmitted: boolean;
  /** Set once the session moved to the phone: the number to call. */
  fallbackPhone: string | null;
  hasEnded: boolean;
};

/** What the counsellor's screen shows beside the room: presence and any phone fallback. */
export function videoStatus(deps: VideoDeps, actor: Actor, bookingId: string): VideoStatus {
  const { events } = loadSession(deps, actor, bookingId, 'booking.join-video');
  const fallback = events.filter((e) => e.type === 'video_fallback_to_phone').at(-1);
  return {
    presence: clientPresenceOf(events),
    isAdmitted: events.some((e) => e.type === 'video_admitted'),
    fallbackPhone: typeof fallback?.data.phone === 'string' ? fallback.data.phone : null,
    hasEnded: events.some((e) => e.type === 'video_ended'),
  };
}

export type VideoPageState = {
  role: VideoRole;
  refusal: ReturnType<typeof joinRefusalOf>;
  needsConsent: boolean;
  /** The client's connection dropped earlier: offer the phone prominently on return. */
  hadDropout: boolean;
  counsellorName: string;
  clientName: string;
};

/** What the video page shows before any connection: who, whether open, whether consent. */
export function videoPageState(deps: VideoDeps, actor: Actor, bookingId: string): VideoPageState {
  const { booking, events } = loadSession(deps, actor, bookingId, 'booking.join-video');
  const role = roleOf(actor, booking);
  return {
    role,
    refusal: joinRefusalOf(booking, events, deps.now, deps.window),
    needsConsent: role === 'client' && !events.some((e) => e.type === 'video_consent'),
    hadDropout: role === 'client' && clientPresenceOf(events) === 'left',
    counsellorName: booking.counsellorName,
    clientName: booking.clientName,
  };
}
