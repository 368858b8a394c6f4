import {
  findServiceRow,
  insertService,
  listServiceDurations,
  listServiceTexts,
  replaceServiceDetails,
  setServiceActive as writeServiceActive,
  updateServiceOrder,
  type ServiceDuration,
  type ServiceRow,
  type ServiceText,
} from '@/db/queries/admin-services';
import { channels } from '@/db/schema/enums';
import { withWriteTransaction, type Executor } from '@/db/transaction';
import { diffFields, recordAudit } from './audit';
import type { AdminContext } from './context';
import { adminError, notFoundError } from './errors';
import {
  serviceMinutesField,
  serviceTextField,
  type NewServiceInput,
  type ServiceInput,
} from './schemas';

/**
 * Services (counselling topics): their order, texts per locale and minutes per channel.
 * Bookings refer to them, so they are deactivated, never deleted; the provider is fixed.
 */

function requireService(ex: Executor, id: string): ServiceRow {
  const service = findServiceRow(ex, id);
  if (!service) throw notFoundError('Service');
  return service;
}

/** A service offered on no channel could never be booked. */
function assertSomeChannel(input: ServiceInput): void {
  if (input.durations.length === 0)
    throw adminError(
      'INVALID_INPUT',
      'service_needs_channel',
      'Give the minutes for at least one channel.',
      serviceMinutesField('presence'),
    );
}

/** Flat `{ name_de, minutes_video, … }` view of texts and durations, for the audit diff. */
function flatten(texts: ServiceText[], durations: ServiceDuration[]) {
  const flat: Record<string, unknown> = {};
  for (const t of texts) {
    flat[serviceTextField('name', t.locale)] = t.name;
    flat[serviceTextField('description', t.locale)] = t.description;
  }
  for (const d of durations) flat[serviceMinutesField(d.channel)] = d.minutes;
  return flat;
}

function flatInput(input: ServiceInput) {
  const flat = flatten(input.translations, input.durations);
  // Every channel is named, so a removed duration shows as `to: null`.
  for (const channel of channels) flat[serviceMinutesField(channel)] ??= null;
  return flat;
}

export function createService(ctx: AdminContext, input: NewServiceInput): { id: string } {
  return withWriteTransaction(ctx.db, (tx) => {
    if (findServiceRow(tx, input.id))
      throw adminError('CONFLICT', 'service_id_taken', 'This service id is taken.', 'id');
    assertSomeChannel(input);
    insertService(tx, {
      id: input.id,
      providerId: input.providerId,
      sortOrder: input.sortOrder,
      active: true,
    });
    replaceServiceDetails(tx, input.id, input);
    recordAudit(tx, ctx, {
      action: 'service.created',
      entityType: 'service',
      entityId: input.id,
      details: {
        providerId: input.providerId,
        sortOrder: input.sortOrder,
        ...flatten(input.translations, input.durations),
      },
    });
    return { id: input.id };
  });
}

export function updateService(
  ctx: AdminContext,
  id: string,
  input: ServiceInput,
): { changed: boolean } {
  return withWriteTransaction(ctx.db, (tx) => {
    const before = requireService(tx, id);
    assertSomeChannel(input);
    const changes = diffFields(
      {
        sortOrder: before.sortOrder,
        ...flatten(listServiceTexts(tx, id), listServiceDurations(tx, id)),
      },
      { sortOrder: input.sortOrder, ...flatInput(input) },
    );
    if (Object.keys(changes).length === 0) return { changed: false };
    updateServiceOrder(tx, id, input.sortOrder);
    replaceServiceDetails(tx, id, input);
    recordAudit(tx, ctx, {
      action: 'service.updated',
      entityType: 'service',
      entityId: id,
      details: changes,
    });
    return { changed: true };
  });
}

/** Takes a service out of (or back into) the booking flow; booked appointments stay. */
export function setServiceActive(ctx: AdminContext, id: string, isActive: boolean): void {
  withWriteTransaction(ctx.db, (tx) => {
    const before = requireService(tx, id);
    if (before.active === isActive) return;
    writeServiceActive(tx, id, isActive);
    recordAudit(tx, ctx, {
      action: isActive ? 'service.reactivated' : 'service.deactivated',
      entityType: 'service',
      entityId: id,
      details: { providerId: before.providerId },
    });
  });
}
