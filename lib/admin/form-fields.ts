import { z } from 'zod';

/**
 * Building blocks of the administration's form schemas. FormData values are strings and
 * the form layer drops empty ones, so an empty optional field arrives as `undefined`.
 */
export const requiredText = (max: number) => z.string().trim().min(1).max(max);
export const optionalText = (max: number) => z.string().trim().max(max).optional();
export const recordId = z.string().trim().min(1).max(80);

/**
 * Ids typed by an admin (offices, services): they appear in URLs and the public API.
 * "neu" is the path of the page that creates one, so no record may be called that.
 */
export const slug = z
  .string()
  .trim()
  .toLowerCase()
  .min(2)
  .max(60)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  .refine((id) => id !== 'neu');

export const wholeNumber = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

/** A ticked checkbox sends "on"; an unticked one sends nothing. */
export const checkbox = z.coerce.boolean().default(false);

/** A checkbox group's ticked values, each one of `allowed`; errors name the whole group. */
export function listOf<T extends string>(allowed: readonly T[]) {
  return z
    .array(z.string())
    .refine((list) => list.every((v) => (allowed as readonly string[]).includes(v)))
    .transform((list) => [...new Set(list)] as T[]);
}

/** A checkbox group of record ids (teams, offices, services), checked against the database. */
export const idList = z
  .array(recordId)
  .max(200)
  .transform((list) => [...new Set(list)]);

/**
 * A checkbox group sends one entry per ticked box, named `<group>.<value>`; this gathers
 * them into `{ <group>: [values] }` (an empty list when none is ticked) before parsing.
 */
export function gatherGroups(groups: readonly string[]) {
  return (raw: unknown): unknown => {
    if (typeof raw !== 'object' || raw === null) return raw;
    const gathered: Record<string, unknown> = Object.fromEntries(groups.map((g) => [g, []]));
    for (const [key, value] of Object.entries(raw)) {
      const dot = key.indexOf('.');
      const group = dot > 0 ? key.slice(0, dot) : '';
      if (groups.includes(group)) (gathered[group] as string[]).push(key.slice(dot + 1));
      else gathered[key] = value;
    }
    return gathered;
  };
}

/** The form field name of one box of a checkbox group. */
export function groupFieldName(group: string, value: string): string {
  return `${group}.${value}`;
}

export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
