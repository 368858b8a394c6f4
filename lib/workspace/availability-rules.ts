import type { Channel } from '@/db/schema/enums';
import {
  localDateOf,
  localDayClock,
  wallTimeToMinutes,
  type LocalDate,
  type WallTime,
} from '@/lib/calendar/local-date';

/**
 * A weekly block of working time: on `weekday` (ISO, 1 = Monday) from `startTime` to
 * `endTime` (wall clock of the office's zone, half-open), at one office, for some
 * channels, between `validFrom` and `validTo` (local dates, inclusive; null = open).
 */
export type WeeklyBlock = {
  id: string;
  officeId: string;
  weekday: number;
  startTime: WallTime;
  endTime: WallTime;
  validFrom: LocalDate;
  validTo: LocalDate | null;
  channels: readonly Channel[];
  /** Where in-person appointments of the block take place (e.g. "Raum 2.14"), if fixed. */
  room?: string | null;
};

export type Period = { startsAt: string; endsAt: string };

/** A confirmed appointment, with the zone of its office (where block times are read). */
export type HeldAppointment = {
  id: string;
  officeId: string;
  channel: Channel;
  startsAt: string;
  endsAt: string;
  zone: string;
};

/** The one overlap predicate for half-open intervals. */
export function overlaps(aStart: number, aEnd: number, bStart: number, bEnd: number): boolean {
  return aStart < bEnd && bStart < aEnd;
}

export function isValidOn(block: WeeklyBlock, date: LocalDate): boolean {
  return block.validFrom <= date && (block.validTo === null || date <= block.validTo);
}

/**
 * Whether the appointment lies inside one of the blocks (same office, its channel, its
 * weekday, valid that day) and outside every absence. Block times are read on the
 * appointment's own local date, so a 09:00 block is 09:00 on both sides of a DST change.
 */
export function isCovered(
  appointment: HeldAppointment,
  blocks: readonly WeeklyBlock[],
  absences: readonly Period[],
): boolean {
  const start = Date.parse(appointment.startsAt);
  const end = Date.parse(appointment.endsAt);
  if (absences.some((a) => overlaps(start, end, Date.parse(a.startsAt), Date.parse(a.endsAt))))
    return false;
  return coveringBlock(appointment, blocks) !== undefined;
}

/**
 * The block an appointment lies in (same office, its channel, weekday, valid that day),
 * absences aside; undefined when none. Its room is where an in-person appointment is held.
 */
export function coveringBlock<B extends WeeklyBlock>(
  appointment: HeldAppointment,
  blocks: readonly B[],
): B | undefined {
  const start = Date.parse(appointment.startsAt);
  const end = Date.parse(appointment.endsAt);
  const date = localDateOf(new Date(start), appointment.zone);
  const clock = localDayClock(date, appointment.zone);
  return blocks.find(
    (b) =>
      b.officeId === appointment.officeId &&
      b.channels.includes(appointment.channel) &&
      b.weekday === clock.weekday &&
      isValidOn(b, date) &&
      clock.boundaryOf(wallTimeToMinutes(b.startTime)) <= start &&
      end <= clock.boundaryOf(wallTimeToMinutes(b.endTime)),
  );
}

/** The appointments the blocks and absences no longer leave room for. */
export function findUncovered<T extends HeldAppointment>(
  appointments: readonly T[],
  blocks: readonly WeeklyBlock[],
  absences: readonly Period[],
): T[] {
  return appointments.filter((a) => !isCovered(a, blocks, absences));
}

/** Two blocks of one counsellor that would count the same hours twice. */
export function blocksOverlap(a: WeeklyBlock, b: WeeklyBlock): boolean {
  const periodsMeet =
    (a.validTo === null || b.validFrom <= a.validTo) &&
    (b.validTo === null || a.validFrom <= b.validTo);
  return (
    a.weekday === b.weekday &&
    periodsMeet &&
    overlaps(
      wallTimeToMinutes(a.startTime),
      wallTimeToMinutes(a.endTime),
      wallTimeToMinutes(b.startTime),
      wallTimeToMinutes(b.endTime),
    )
  );
}
