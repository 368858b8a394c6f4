import { z } from 'zod';
import { absenceReasons, channels } from '@/db/schema/enums';
import { gatherGroups, listOf } from '@/lib/admin/form-fields';
import { channelSchema, instantSchema, phoneSchema } from '@/lib/booking/schemas';
import {
  addDaysToLocalDate,
  isLocalDate,
  isWallTime,
  localDayClock,
  startOfLocalDay,
  wallTimeToMinutes,
} from '@/lib/calendar/local-date';
import type { AvailabilityChange } from './availability';
import { outcomes } from './outcome-rules';

/** Boundary schemas of the workspace's forms (FormData values are strings). */
const id = z.string().trim().min(1).max(80);
const localDate = z.string().refine(isLocalDate);
const wallTime = z.string().refine(isWallTime);

/** A room's name as staff type it, e.g. "Raum 2.14". */
export const roomSchema = z.string().trim().min(1).max(40);

export const emptyFormSchema = z.object({});

export const outcomeFormSchema = z.object({
  outcome: z.enum(outcomes),
  /** Set by the "confirm the proposal" button: the video presence said so first. */
  basis: z.literal('video_presence').optional(),
});

export const cancelFormSchema = z.object({ reason: z.string().trim().min(3).max(500) });

export const noteFormSchema = z.object({ note: z.string().trim().max(1000).default('') });

export const followUpFormSchema = z.object({
  channel: channelSchema,
  start: instantSchema,
  meetingPointId: id.optional(),
  phone: phoneSchema.optional(),
  idempotencyKey: z.uuid(),
});

export const blockFormSchema = z.preprocess(
  gatherGroups(['channels']),
  z.object({
    weekday: z.coerce.number().int().min(1).max(7),
    startTime: wallTime,
    endTime: wallTime,
    officeId: id,
    channels: listOf(channels).refine((list) => list.length > 0),
    validFrom: localDate,
    validTo: localDate.optional(),
    room: roomSchema.optional(),
  }),
);

export const roomFormSchema = z.object({ room: roomSchema.optional() });

export const absenceFormSchema = z.object({
  fromDate: localDate,
  fromTime: wallTime.optional(),
  toDate: localDate,
  toTime: wallTime.optional(),
  reason: z.enum(absenceReasons),
});

export const endBlockFormSchema = z.object({ validTo: localDate });

/**
 * A change that may conflict with appointments, as carried in the check page's URL and
 * its confirmation form: `art` says which kind.
 */
export const pendingChangeSchema = z.discriminatedUnion('art', [
  absenceFormSchema.extend({ art: z.literal('abwesenheit') }),
  z.object({ art: z.literal('arbeitszeit'), block: id, validTo: localDate }),
]);
export type PendingChange = z.infer<typeof pendingChangeSchema>;

/** The appointments the counsellor saw listed, comma-separated in the confirmation form. */
export const confirmationFormSchema = z.object({
  bestaetigt: z
    .string()
    .max(20_000)
    .default('')
    .transform((list) => list.split(',').filter(Boolean)),
});

/** The instant a wall-clock time of a local date shows (past a skipped hour: when it ends). */
function wallInstant(date: string, time: string, zone: string): string {
  return new Date(localDayClock(date, zone).boundaryOf(wallTimeToMinutes(time))).toISOString();
}

/** An absence from its form: without times it runs from the first to the end of the last day. */
export function absenceChangeOf(
  input: z.infer<typeof absenceFormSchema>,
  zone: string,
): Extract<AvailabilityChange, { kind: 'add-absence' }> {
  return {
    kind: 'add-absence',
    startsAt: input.fromTime
      ? wallInstant(input.fromDate, input.fromTime, zone)
      : startOfLocalDay(input.fromDate, zone).toISOString(),
    endsAt: input.toTime
      ? wallInstant(input.toDate, input.toTime, zone)
      : startOfLocalDay(addDaysToLocalDate(input.toDate, 1), zone).toISOString(),
    reason: input.reason,
  };
}

export function changeOf(pending: PendingChange, zone: string): AvailabilityChange {
  if (pending.art === 'abwesenheit') return absenceChangeOf(pending, zone);
  return { kind: 'end-block', blockId: pending.block, validTo: pending.validTo };
}
