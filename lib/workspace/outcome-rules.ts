import type { BookingStatus, Channel } from '@/db/schema/enums';
import { isNoShowCandidate, type JoinWindow } from '@/lib/video/session-rules';

/**
 * What happened at an appointment, as the counsellor records it. `not_reached` is the
 * phone channel's no-show: the client did not answer the call.
 */
export const outcomes = ['held', 'no_show', 'not_reached'] as const;
export type Outcome = (typeof outcomes)[number];

/** How an outcome is stored: the booking's status, and the event type of the change. */
export const statusOfOutcome: Record<Outcome, Extract<BookingStatus, 'completed' | 'no_show'>> = {
  held: 'completed',
  no_show: 'no_show',
  not_reached: 'no_show',
};

/** Booking events the workspace reads: outcomes, calls, the video session's trail. */
export const outcomeEventTypes = ['completed', 'no_show'] as const;
export const callStartedEvent = 'phone_call_started';
export const fallbackToPhoneEvent = 'video_fallback_to_phone';

export type OutcomeBooking = {
  channel: Channel;
  status: BookingStatus;
  startsAt: string;
  endsAt: string;
};

export type WorkspaceEvent = { type: string; data: Record<string, unknown>; occurredAt: string };

/** The outcome last recorded (the newest outcome event wins), or null while none is. */
export function recordedOutcomeOf(
  booking: { status: BookingStatus },
  events: readonly WorkspaceEvent[],
): Outcome | null {
  if (booking.status === 'completed') return 'held';
  if (booking.status !== 'no_show') return null;
  const last = events.filter((e) => e.type === 'no_show').at(-1);
  return last?.data.outcome === 'not_reached' ? 'not_reached' : 'no_show';
}

/** Phone appointments, and video ones that moved to the phone, are calls. */
export function isCall(booking: { channel: Channel }, events: readonly { type: string }[]) {
  return booking.channel === 'phone' || events.some((e) => e.type === fallbackToPhoneEvent);
}

export type OutcomeRefusal =
  'booking_not_active' | 'outcome_too_early' | 'outcome_not_for_channel' | 'no_show_not_proposed';

/**
 * Why this outcome cannot be recorded now, or null. Outcomes are recorded from the
 * appointment's start on, and may be corrected later; a cancelled booking has none.
 * `fromVideoPresence` confirms the system's proposal: only while the proposal stands.
 */
export function outcomeRefusalOf(
  booking: OutcomeBooking,
  events: readonly WorkspaceEvent[],
  outcome: Outcome,
  now: Date,
  options: { fromVideoPresence?: boolean; window?: JoinWindow } = {},
): OutcomeRefusal | null {
  if (booking.status === 'cancelled') return 'booking_not_active';
  if (now.getTime() < Date.parse(booking.startsAt)) return 'outcome_too_early';
  if (outcome === 'not_reached' && !isCall(booking, events)) return 'outcome_not_for_channel';
  if (options.fromVideoPresence) {
    const isProposed =
      outcome === 'no_show' && isNoShowCandidate(booking, events, now, options.window);
    if (!isProposed) return 'no_show_not_proposed';
  }
  return null;
}

/** A call can be marked as started from 15 minutes before until 30 minutes after the end. */
export function canStartCall(
  booking: OutcomeBooking,
  events: readonly { type: string }[],
  now: Date,
): boolean {
  const opens = Date.parse(booking.startsAt) - 15 * 60_000;
  const closes = Date.parse(booking.endsAt) + 30 * 60_000;
  return (
    booking.status === 'confirmed' &&
    isCall(booking, events) &&
    now.getTime() >= opens &&
    now.getTime() <= closes
  );
}
