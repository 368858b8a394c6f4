import {
  findAbsenceDuring,
  findCoverAppointment,
  insertHandoverRecord,
  listActiveTeamMembers,
  listAppointmentsNeedingCover,
  listTeamsByIds,
  resolveOpenHandover,
  type CoverAppointment,
} from '@/db/queries/cover';
import { updateBooking } from '@/db/queries/bookings';
import { insertWorkspaceEvent } from '@/db/queries/workspace-outcomes';
import { withWriteTransaction, type Executor, type Transaction } from '@/db/transaction';
import { assertAllowed, assertBookingAccess } from '@/lib/auth/access';
import type { Actor, StaffActor } from '@/lib/auth/policy';
import type { BookingDeps } from '@/lib/booking/context';
import { AppError } from '@/lib/errors';
import { noticeBookingChanged, noticeRescheduleRequested } from '@/lib/notify/booking-notices';
import {
  applyAvailabilityChange,
  previewAvailabilityChange,
  type AvailabilityChange,
} from '@/lib/workspace/availability';
import type { WorkspaceDeps } from '@/lib/workspace/context';
import { findSubstitutes, type Substitute, type SubstituteCandidate } from './substitutes';

/**
 * Absence cover for team leads: the team's appointments whose counsellor cannot keep them,
 * colleagues who could take each over, and the two ways to settle one (another counsellor,
 * or the client chooses a new time). Every write is one BEGIN IMMEDIATE transaction that
 * checks again what the page showed.
 */

export type CoverItem = CoverAppointment & { substitutes: Substitute[] };

/** The teams the actor leads (each checked with the policy) and their active members. */
function coverScope(ex: Executor, actor: Actor) {
  if (actor.kind !== 'staff' || actor.leadsTeamIds.length === 0) {
    throw new AppError('FORBIDDEN', 'Only team leads cover absences.', { reason: 'forbidden' });
  }
  for (const teamId of actor.leadsTeamIds) {
    assertAllowed(actor, 'team.cover', { type: 'team', teamId });
  }
  const teams = listTeamsByIds(ex, actor.leadsTeamIds);
  const members: SubstituteCandidate[] = listActiveTeamMembers(ex, actor.leadsTeamIds);
  return { lead: actor as StaffActor, teams, members };
}

/** The page: teams, members, and every appointment needing cover with its substitutes. */
export function loadCover(deps: { db: Executor; now: Date }, actor: Actor, locale: string) {
  const { teams, members } = coverScope(deps.db, actor);
  const items = listAppointmentsNeedingCover(
    deps.db,
    members.map((m) => m.id),
    deps.now.toISOString(),
    locale,
  ).map((appointment) => ({
    ...appointment,
    substitutes: findSubstitutes(deps.db, appointment, members, deps.now),
  }));
  return { teams, members, items };
}

function requireCoverable(tx: Transaction, actor: Actor, bookingId: string, now: Date) {
  assertBookingAccess(tx, actor, 'booking.reassign', bookingId);
  const scope = coverScope(tx, actor);
  const appointment = findCoverAppointment(tx, bookingId, 'de');
  const isMember = scope.members.some((m) => m.id === appointment?.counsellorId);
  if (
    !appointment ||
    !isMember ||
    appointment.status !== 'confirmed' ||
    Date.parse(appointment.startsAt) <= now.getTime()
  ) {
    throw new AppError('CONFLICT', 'This appointment can no longer be covered.', {
      reason: 'booking_not_active',
    });
  }
  return { ...scope, appointment };
}

/** The change itself: counsellor, event, handover settled, client and staff told. */
function reassign(
  tx: Transaction,
  deps: BookingDeps,
  lead: StaffActor,
  appointment: CoverAppointment,
  substituteId: string,
) {
  const now = deps.now.toISOString();
  updateBooking(
    tx,
    appointment.id,
    { counsellorId: substituteId, updatedAt: now },
    {
      type: 'reassigned',
      actorType: 'staff',
      actorId: lead.staffId,
      occurredAt: now,
      data: { from: appointment.counsellorId, to: substituteId, basis: 'absence_cover' },
    },
  );
  resolveOpenHandover(tx, appointment.id, 'reassigned', lead.staffId, now);
  noticeBookingChanged(
    tx,
    deps.notify,
    {
      before: appointment,
      after: { ...appointment, counsellorId: substituteId },
      change: 'reassigned',
      actorStaffId: lead.staffId,
    },
    deps.now,
  );
}

/**
 * Gives one appointment to `substituteId`. Whether they are still free is asked again
 * inside the write transaction; the database's overlap guards are the last line.
 */
export function reassignAppointment(
  deps: BookingDeps,
  actor: Actor,
  bookingId: string,
  substituteId: string,
): void {
  withWriteTransaction(deps.db, (tx) => {
    const { lead, members, appointment } = requireCoverable(tx, actor, bookingId, deps.now);
    const free = findSubstitutes(tx, appointment, members, deps.now);
    if (!free.some((s) => s.id === substituteId)) {
      throw new AppError('CONFLICT', 'This colleague is no longer free at that time.', {
        reason: 'substitute_not_free',
      });
    }
    reassign(tx, deps, lead, appointment, substituteId);
  });
}

/**
 * Every appointment that has a substitute goes to the best one, in time order, in one
 * transaction: each choice sees the ones before it, so nobody is given two at once.
 */
export function reassignAllWithSubstitutes(
  deps: BookingDeps,
  actor: Actor,
): { reassigned: number; left: number } {
  return withWriteTransaction(deps.db, (tx) => {
    const { lead, members } = coverScope(tx, actor);
    const appointments = listAppointmentsNeedingCover(
      tx,
      members.map((m) => m.id),
      deps.now.toISOString(),
      'de',
    );
    let reassigned = 0;
    for (const appointment of appointments) {
      assertBookingAccess(tx, actor, 'booking.reassign', appointment.id);
      const best = findSubstitutes(tx, appointment, members, deps.now)[0];
      if (!best) continue;
      reassign(tx, deps, lead, appointment, best.id);
      reassigned++;
    }
    return { reassigned, left: appointments.length - reassigned };
  });
}

/**
 * Nobody can take it: the client is asked by mail to choose a new time with their manage
 * link. The booking stays theirs until they do; the handover is settled so it leaves the
 * lead's list (an appointment only inside an absence gets a settled handover record).
 */
export function offerRescheduleToClient(deps: BookingDeps, actor: Actor, bookingId: string) {
  withWriteTransaction(deps.db, (tx) => {
    const { lead, appointment } = requireCoverable(tx, actor, bookingId, deps.now);
    const now = deps.now.toISOString();
    if (!resolveOpenHandover(tx, bookingId, 'offered_to_client', lead.staffId, now)) {
      const absenceId = findAbsenceDuring(
        tx,
        appointment.counsellorId,
        appointment.startsAt,
        appointment.endsAt,
      );
      if (!absenceId) {
        throw new AppError('CONFLICT', 'This appointment does not need cover.', {
          reason: 'booking_not_active',
        });
      }
      insertHandoverRecord(tx, {
        id: crypto.randomUUID(),
        bookingId,
        fromStaffId: appointment.counsellorId,
        cause: 'absence',
        absenceId,
        requestedAt: now,
        resolvedAt: now,
        resolution: 'offered_to_client',
        resolvedBy: lead.staffId,
      });
    }
    insertWorkspaceEvent(tx, {
      bookingId,
      type: 'reschedule_requested',
      actorType: 'staff',
      actorId: lead.staffId,
      data: { basis: 'absence_cover' },
      occurredAt: now,
    });
    noticeRescheduleRequested(tx, deps.notify, { booking: appointment }, deps.now);
  });
}

/**
 * The lead records an absence for a member of their team. The workspace's own absence
 * logic saves it and hands every appointment it hits to the lead in the same transaction;
 * the lead has seen nothing to confirm yet, so the current conflicts are confirmed here.
 */
export function recordAbsenceForMember(
  deps: WorkspaceDeps,
  actor: Actor,
  staffId: string,
  change: Extract<AvailabilityChange, { kind: 'add-absence' }>,
): { handedOver: number } {
  const { members } = coverScope(deps.db, actor);
  if (!members.some((m) => m.id === staffId)) {
    throw new AppError('FORBIDDEN', 'Not a member of your team.', { reason: 'forbidden' });
  }
  const conflicts = previewAvailabilityChange(deps, actor, staffId, change, 'de');
  return applyAvailabilityChange(
    deps,
    actor,
    staffId,
    change,
    conflicts.map((c) => c.id),
  );
}
