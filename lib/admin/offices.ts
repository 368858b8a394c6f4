import { countActiveMeetingPoints } from '@/db/queries/admin-meeting-points';
import {
  countOfficeReferences,
  countUpcomingBookingsAt,
  deleteOfficeRow,
  findOfficeRow,
  insertOffice,
  listChannelsOfOffice,
  listPrefixesOfOffice,
  replaceOfficeCoverage,
  setOfficeActive as writeOfficeActive,
  updateOfficeRow,
  type OfficeChanges,
  type OfficeRow,
} from '@/db/queries/admin-offices';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { diffFields, recordAudit } from './audit';
import type { AdminContext } from './context';
import { adminError, notFoundError } from './errors';
import type { NewOfficeInput, OfficeInput } from './schemas';

/**
 * Offices: address, booking rules, channels and postcode areas. An office that has ever
 * had a booking is deactivated, never deleted, so no appointment loses its place.
 */

export function requireOffice(ex: Executor, id: string): OfficeRow {
  const office = findOfficeRow(ex, id);
  if (!office) throw notFoundError('Office');
  return office;
}

/** Walk & talk starts at a meeting point: an office offering it needs an active one. */
function assertWalkHasMeetingPoint(ex: Executor, officeId: string, input: OfficeInput): void {
  if (input.channels.includes('walk_and_talk') && countActiveMeetingPoints(ex, officeId) === 0)
    throw adminError(
      'INVALID_INPUT',
      'walk_needs_meeting_point',
      'Walk and talk needs an active meeting point first.',
      'channels',
    );
}

function columnsOf(input: OfficeInput): OfficeChanges {
  return {
    name: input.name,
    street: input.street,
    postcode: input.postcode,
    city: input.city,
    phone: input.phone ?? null,
    email: input.email ?? null,
    accessibilityNotes: input.accessibilityNotes ?? '',
    timeZone: input.timeZone,
    bufferMinutes: input.bufferMinutes,
    minNoticeMinutes: input.minNoticeMinutes,
    bookingHorizonDays: input.bookingHorizonDays,
    slotStepMinutes: input.slotStepMinutes,
    maxActiveBookingsPerEmail: input.maxActiveBookingsPerEmail,
    changeNoticeMinutes: input.changeNoticeMinutes,
    maxReschedules: input.maxReschedules,
    clientBudgetMinutes: input.clientBudgetMinutes ?? null,
  };
}

export function createOffice(ctx: AdminContext, input: NewOfficeInput): { id: string } {
  return withWriteTransaction(ctx.db, (tx) => {
    if (findOfficeRow(tx, input.id))
      throw adminError('CONFLICT', 'office_id_taken', 'This office id is taken.', 'id');
    assertWalkHasMeetingPoint(tx, input.id, input);
    const columns = columnsOf(input);
    insertOffice(tx, { id: input.id, providerId: input.providerId, ...columns, active: true });
    replaceOfficeCoverage(tx, input.id, input);
    recordAudit(tx, ctx, {
      action: 'office.created',
      entityType: 'office',
      entityId: input.id,
      details: {
        providerId: input.providerId,
        ...columns,
        channels: input.channels,
        prefixes: input.prefixes,
      },
    });
    return { id: input.id };
  });
}

export function updateOffice(
  ctx: AdminContext,
  id: string,
  input: OfficeInput,
): { changed: boolean } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireOffice(tx, id);
    assertWalkHasMeetingPoint(tx, id, input);
    const columns = columnsOf(input);
    const changes = diffFields(
      { ...before, channels: listChannelsOfOffice(tx, id), prefixes: listPrefixesOfOffice(tx, id) },
      { ...columns, channels: input.channels, prefixes: input.prefixes },
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    updateOfficeRow(tx, id, columns);
    replaceOfficeCoverage(tx, id, input);
    recordAudit(tx, ctx, {
      action: 'office.updated',
      entityType: 'office',
      entityId: id,
      details: changes,
    });
    return { changed: true };
  });
}

/**
 * Takes an office out of (or back into) the booking flow. Booked appointments stay;
 * returns how many are still to come there.
 */
export function setOfficeActive(
  ctx: AdminContext,
  id: string,
  isActive: boolean,
): { upcomingBookings: number } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireOffice(tx, id);
    const upcomingBookings = countUpcomingBookingsAt(tx, id, ctx.now.toISOString());
    if (before.active === isActive) return { upcomingBookings };
    writeOfficeActive(tx, id, isActive);
    recordAudit(tx, ctx, {
      action: isActive ? 'office.reactivated' : 'office.deactivated',
      entityType: 'office',
      entityId: id,
      details: { name: before.name, upcomingBookings },
    });
    return { upcomingBookings };
  });
}

/** Removes an office created by mistake: only while nothing refers to it. */
export function deleteOffice(ctx: AdminContext, id: string): void {
  withWriteTransaction(ctx.db, (tx) => {
    const office = requireOffice(tx, id);
    const references = countOfficeReferences(tx, id);
    if (references.bookings > 0)
      throw adminError('CONFLICT', 'office_has_bookings', 'The office has bookings.');
    if (references.other > 0)
      throw adminError('CONFLICT', 'office_in_use', 'Teams, staff or rosters use the office.');
    deleteOfficeRow(tx, id);
    recordAudit(tx, ctx, {
      action: 'office.deleted',
      entityType: 'office',
      entityId: id,
      details: { name: office.name, providerId: office.providerId },
    });
  });
}
