import { z } from 'zod';
import { channels } from '@/db/schema/enums';
import { gatherGroups, listOf } from '@/lib/admin/form-fields';
import { isLocalDate, isWallTime } from '@/lib/calendar/local-date';
import { roomSchema } from '@/lib/workspace/schemas';
import type { ChannelTargets, RosterChange } from './changes';

/**
 * Boundary schemas of the roster's forms and of its check page's URL. The same flat shape
 * travels in both, so a change that needs confirming is carried to the check page as is;
 * channels come as checkboxes (`channels.video`) from a form and comma-separated in a URL.
 */
const id = z.string().trim().min(1).max(80);
const localDate = z.string().refine(isLocalDate);
const wallTime = z.string().refine(isWallTime);
const scope = z.enum(['week', 'onwards']);

function gatherChannels(raw: unknown): unknown {
  const gathered = gatherGroups(['channels'])(raw) as Record<string, unknown>;
  if (typeof gathered?.channels === 'string')
    return { ...gathered, channels: gathered.channels.split(',').filter(Boolean) };
  return gathered;
}

const blockFields = {
  weekday: z.coerce.number().int().min(1).max(7),
  startTime: wallTime,
  endTime: wallTime,
  officeId: id,
  channels: listOf(channels),
  room: roomSchema.optional(),
};
const inWeek = { team: id, woche: localDate, scope };

export const rosterChangeSchema = z.preprocess(
  gatherChannels,
  z.discriminatedUnion('op', [
    z.object({ op: z.literal('add'), person: id, ...inWeek, ...blockFields }),
    z.object({ op: z.literal('change'), person: id, block: id, ...inWeek, ...blockFields }),
    z.object({ op: z.literal('remove'), person: id, block: id, ...inWeek }),
    z.object({
      op: z.literal('copy'),
      team: id,
      woche: localDate,
      weeks: z.coerce.number().int().min(1).max(12),
    }),
  ]),
);
export type FlatRosterChange = z.output<typeof rosterChangeSchema>;

/** The flat form of a change as query parameters (channels comma-separated). */
export function rosterChangeQuery(flat: FlatRosterChange): Record<string, string> {
  return Object.fromEntries(
    Object.entries(flat)
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => [key, Array.isArray(value) ? value.join(',') : String(value)]),
  );
}

export function toRosterChange(flat: FlatRosterChange): RosterChange {
  if (flat.op === 'copy') return { op: 'copy', week: flat.woche, weeks: flat.weeks };
  const base = { staffId: flat.person, week: flat.woche, scope: flat.scope };
  if (flat.op === 'remove') return { op: 'remove', ...base, blockId: flat.block };
  const fields = {
    weekday: flat.weekday,
    startTime: flat.startTime,
    endTime: flat.endTime,
    officeId: flat.officeId,
    channels: flat.channels,
    room: flat.room ?? null,
  };
  if (flat.op === 'add') return { op: 'add', ...base, fields };
  return { op: 'change', ...base, blockId: flat.block, fields };
}

/** The appointments the lead saw listed, comma-separated in the confirmation form. */
export const confirmedSchema = z.object({
  bestaetigt: z
    .string()
    .max(20_000)
    .default('')
    .transform((list) => list.split(',').filter(Boolean)),
});

const percent = z.coerce.number().int().min(0).max(100).optional();

/** One counsellor's channel targets for a week, in per cent; an empty field has none. */
export const targetsFormSchema = z.object({
  team: id,
  person: id,
  woche: localDate,
  presence: percent,
  phone: percent,
  video: percent,
  walk_and_talk: percent,
});

export function targetsOf(input: z.output<typeof targetsFormSchema>): ChannelTargets {
  return Object.fromEntries(
    channels.filter((c) => input[c] !== undefined).map((c) => [c, input[c]]),
  ) as ChannelTargets;
}
