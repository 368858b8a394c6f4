import { and, asc, eq, gt, inArray } from 'drizzle-orm';
import { bookings, clients } from '../schema/booking';
import { channels, type Channel } from '../schema/enums';
import { officeChannels, offices, serviceTranslations } from '../schema/organisation';
import {
  absences,
  availabilityRuleChannels,
  availabilityRules,
  counsellorChannels,
  counsellorOffices,
} from '../schema/staff';
import type { Executor } from '../transaction';
import { bookingServiceNameIn } from './catalogue';

/** A counsellor's weekly blocks with their channels, by weekday and start time. */
export function listBlocksOf(ex: Executor, staffId: string) {
  const rules = ex
    .select({
      id: availabilityRules.id,
      officeId: availabilityRules.officeId,
      officeName: offices.name,
      timeZone: offices.timeZone,
      weekday: availabilityRules.weekday,
      startTime: availabilityRules.startTime,
      endTime: availabilityRules.endTime,
      validFrom: availabilityRules.validFrom,
      validTo: availabilityRules.validTo,
      room: availabilityRules.room,
    })
    .from(availabilityRules)
    .innerJoin(offices, eq(offices.id, availabilityRules.officeId))
    .where(eq(availabilityRules.staffId, staffId))
    .orderBy(asc(availabilityRules.weekday), asc(availabilityRules.startTime))
    .all();
  const channelRows = rules.length
    ? ex
        .select()
        .from(availabilityRuleChannels)
        .where(
          inArray(
            availabilityRuleChannels.ruleId,
            rules.map((r) => r.id),
          ),
        )
        .all()
    : [];
  return rules.map((r) => ({
    ...r,
    channels: channels.filter((channel) =>
      channelRows.some((c) => c.ruleId === r.id && c.channel === channel),
    ),
  }));
}

export type BlockRow = ReturnType<typeof listBlocksOf>[number];

export function insertBlock(
  ex: Executor,
  block: typeof availabilityRules.$inferInsert,
  channels: readonly Channel[],
) {
  ex.insert(availabilityRules).values(block).run();
  ex.insert(availabilityRuleChannels)
    .values(channels.map((channel) => ({ ruleId: block.id, channel })))
    .run();
}

export function setBlockValidTo(ex: Executor, id: string, validTo: string) {
  ex.update(availabilityRules).set({ validTo }).where(eq(availabilityRules.id, id)).run();
}

/** A block's new validity period (the rest of the block unchanged). */
export function setBlockValidity(
  ex: Executor,
  id: string,
  validFrom: string,
  validTo: string | null,
) {
  ex.update(availabilityRules)
    .set({ validFrom, validTo })
    .where(eq(availabilityRules.id, id))
    .run();
}

export function setBlockRoom(ex: Executor, id: string, room: string | null) {
  ex.update(availabilityRules).set({ room }).where(eq(availabilityRules.id, id)).run();
}

/** Removes a block that never applied (its channels go with it: on delete cascade). */
export function deleteBlock(ex: Executor, id: string) {
  ex.delete(availabilityRules).where(eq(availabilityRules.id, id)).run();
}

/** Absences that have not ended by `fromInstant`, soonest first. */
export function listAbsencesOf(ex: Executor, staffId: string, fromInstant: string) {
  return ex
    .select({
      id: absences.id,
      startsAt: absences.startsAt,
      endsAt: absences.endsAt,
      reason: absences.reason,
    })
    .from(absences)
    .where(and(eq(absences.staffId, staffId), gt(absences.endsAt, fromInstant)))
    .orderBy(asc(absences.startsAt))
    .all();
}

export function insertAbsence(ex: Executor, absence: typeof absences.$inferInsert) {
  ex.insert(absences).values(absence).run();
}

export function deleteAbsence(ex: Executor, id: string) {
  ex.delete(absences).where(eq(absences.id, id)).run();
}

/** The offices a counsellor works at, with the channels each offers. */
export function listOfficesOfCounsellor(ex: Executor, staffId: string) {
  const rows = ex
    .select({ id: offices.id, name: offices.name, timeZone: offices.timeZone })
    .from(counsellorOffices)
    .innerJoin(offices, eq(offices.id, counsellorOffices.officeId))
    .where(eq(counsellorOffices.staffId, staffId))
    .orderBy(asc(offices.name))
    .all();
  const channelRows = rows.length
    ? ex
        .select()
        .from(officeChannels)
        .where(
          inArray(
            officeChannels.officeId,
            rows.map((r) => r.id),
          ),
        )
        .all()
    : [];
  const served = new Set(
    ex
      .select({ channel: counsellorChannels.channel })
      .from(counsellorChannels)
      .where(eq(counsellorChannels.staffId, staffId))
      .all()
      .map((r) => r.channel),
  );
  return rows.map((r) => ({
    ...r,
    /** Channels both the office offers and the counsellor serves. */
    channels: channelRows
      .filter((c) => c.officeId === r.id && served.has(c.channel))
      .map((c) => c.channel),
  }));
}

/** Confirmed appointments of a counsellor that start after `nowInstant`, soonest first. */
export function listFutureAppointmentsOf(
  ex: Executor,
  staffId: string,
  nowInstant: string,
  locale: string,
) {
  return ex
    .select({
      id: bookings.id,
      officeId: bookings.officeId,
      channel: bookings.channel,
      startsAt: bookings.startsAt,
      endsAt: bookings.endsAt,
      zone: offices.timeZone,
      clientName: clients.name,
      serviceName: serviceTranslations.name,
    })
    .from(bookings)
    .innerJoin(offices, eq(offices.id, bookings.officeId))
    .innerJoin(clients, eq(clients.id, bookings.clientId))
    .innerJoin(serviceTranslations, bookingServiceNameIn(locale))
    .where(
      and(
        eq(bookings.counsellorId, staffId),
        eq(bookings.status, 'confirmed'),
        gt(bookings.startsAt, nowInstant),
      ),
    )
    .orderBy(asc(bookings.startsAt))
    .all();
}

export type FutureAppointmentRow = ReturnType<typeof listFutureAppointmentsOf>[number];
