import 'server-only';
import { notFound } from 'next/navigation';
import { loadBookingSubject } from '@/lib/auth/access';
import type { StaffActor } from '@/lib/auth/policy';
import { authorizePage } from '@/lib/auth/session';
import { getDatabase } from '@/lib/server/database';

/**
 * Pages of one appointment: only its own counsellor (sign-in, 403 or 404 otherwise;
 * a missing booking and someone else's look the same).
 */
export async function openReferralPage(id: string, path: string): Promise<StaffActor> {
  const booking = loadBookingSubject(getDatabase(), id) ?? notFound();
  const actor = await authorizePage('booking.refer', { type: 'booking', booking }, path);
  return actor as StaffActor;
}

export async function openAppointmentPage(id: string, path: string): Promise<StaffActor> {
  const booking = loadBookingSubject(getDatabase(), id) ?? notFound();
  const actor = await authorizePage('booking.record-outcome', { type: 'booking', booking }, path);
  return actor as StaffActor;
}
