/** Value sets stored as text. The database enforces them with CHECK constraints. */
export const providerIds = ['bbie', 'bbe'] as const;
export type ProviderId = (typeof providerIds)[number];

export const channels = ['presence', 'phone', 'video', 'walk_and_talk'] as const;
export type Channel = (typeof channels)[number];

export const staffRoles = ['counsellor', 'team_lead', 'admin'] as const;
export type StaffRole = (typeof staffRoles)[number];

export const teamRoles = ['member', 'lead'] as const;
export type TeamRole = (typeof teamRoles)[number];

export const absenceReasons = ['vacation', 'sick', 'training', 'other'] as const;
export type AbsenceReason = (typeof absenceReasons)[number];

export const bookingStatuses = ['confirmed', 'cancelled', 'completed', 'no_show'] as const;
export type BookingStatus = (typeof bookingStatuses)[number];

export const actorTypes = ['client', 'staff', 'system'] as const;
export type ActorType = (typeof actorTypes)[number];

/** ISO 639-1 codes of languages counselling can be held in. */
export const counsellingLanguages = [
  'de',
  'en',
  'tr',
  'ar',
  'uk',
  'ru',
  'pl',
  'fr',
  'es',
  'it',
  'fa',
  'ro',
  'bg',
  'ku',
  'el',
  'sq',
] as const;
export type CounsellingLanguage = (typeof counsellingLanguages)[number];

/** SQL for a CHECK that a text column holds one of the given values. */
export function oneOf(column: string, values: readonly string[]): string {
  return `${column} in (${values.map((v) => `'${v}'`).join(', ')})`;
}
