import { z } from 'zod';
import { channels, counsellingLanguages, providerIds, staffRoles } from '@/db/schema/enums';
import { locales } from '@/lib/i18n/locales';
import {
  checkbox,
  gatherGroups,
  idList,
  isTimeZone,
  listOf,
  optionalText,
  recordId,
  requiredText,
  slug,
  wholeNumber,
} from './form-fields';

/**
 * Boundary schemas of the administration forms (one per form). Field names are the form's
 * names; messages are chosen per field from `AdminErrors.fields`, so none are set here.
 */

export const staffFormSchema = z.preprocess(
  gatherGroups(['teams', 'leadTeams', 'offices', 'services', 'channels', 'languages']),
  z.object({
    email: z.string().trim().toLowerCase().pipe(z.email().max(254)),
    displayName: requiredText(120),
    role: z.enum(staffRoles),
    homeOfficeId: recordId.optional(),
    teams: idList,
    leadTeams: idList,
    offices: idList,
    services: idList,
    channels: listOf(channels),
    languages: listOf(counsellingLanguages),
  }),
);
export type StaffInput = z.output<typeof staffFormSchema>;

/** Staff list filters arrive as search params; an invalid one is ignored. */
export const staffFilterSchema = z.object({
  q: z.string().trim().max(100).optional().catch(undefined),
  role: z.enum(staffRoles).optional().catch(undefined),
  office: recordId.optional().catch(undefined),
  status: z.enum(['active', 'inactive']).optional().catch(undefined),
});

export const teamFormSchema = z.object({
  name: requiredText(100),
  officeId: recordId,
});
export type TeamInput = z.output<typeof teamFormSchema>;

/** Postcode prefixes typed as a list: "402 403, 404". */
const prefixes = z
  .string()
  .optional()
  .transform((text) => [...new Set((text ?? '').split(/[\s,;]+/).filter(Boolean))])
  .refine((list) => list.length <= 100 && list.every((p) => /^\d{1,5}$/.test(p)));

const officeFields = z.object({
  name: requiredText(160),
  street: requiredText(160),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/),
  city: requiredText(100),
  phone: optionalText(40),
  email: z.string().trim().toLowerCase().pipe(z.email().max(254)).optional(),
  accessibilityNotes: optionalText(1000),
  timeZone: z.string().trim().refine(isTimeZone),
  channels: listOf(channels).refine((list) => list.length > 0),
  prefixes,
  // The booking rules; ranges match the database's CHECK constraints where it has them.
  bufferMinutes: wholeNumber(0, 240),
  minNoticeMinutes: wholeNumber(0, 43200),
  bookingHorizonDays: wholeNumber(1, 366),
  slotStepMinutes: wholeNumber(5, 240),
  maxActiveBookingsPerEmail: wholeNumber(1, 20),
  changeNoticeMinutes: wholeNumber(0, 10080),
  maxReschedules: wholeNumber(0, 20),
  /** Empty: no limit. */
  clientBudgetMinutes: wholeNumber(15, 100000).optional(),
});

/** What an office's page edits; id and provider are fixed once the office exists. */
export const officeFormSchema = z.preprocess(gatherGroups(['channels']), officeFields);
export type OfficeInput = z.output<typeof officeFormSchema>;

export const newOfficeFormSchema = z.preprocess(
  gatherGroups(['channels']),
  officeFields.extend({ id: slug, providerId: z.enum(providerIds) }),
);
export type NewOfficeInput = z.output<typeof newOfficeFormSchema>;

export const meetingPointFormSchema = z.object({
  name: requiredText(120),
  description: requiredText(500),
  isStepFree: checkbox,
  typicalDurationMinutes: wholeNumber(15, 240),
});
export type MeetingPointInput = z.output<typeof meetingPointFormSchema>;

/** Form names of a service's per-locale texts and per-channel minutes. */
export const serviceTextField = (part: 'name' | 'description', locale: string) =>
  `${part}_${locale}`;
export const serviceMinutesField = (channel: string) => `minutes_${channel}`;

const serviceFields = z
  .object({
    sortOrder: wholeNumber(0, 999),
    ...Object.fromEntries(
      locales.flatMap((locale) => [
        [serviceTextField('name', locale), requiredText(160)],
        [serviceTextField('description', locale), requiredText(1000)],
      ]),
    ),
    ...Object.fromEntries(
      channels.map((channel) => [serviceMinutesField(channel), wholeNumber(5, 480).optional()]),
    ),
  })
  .transform((form) => {
    const values = form as Record<string, unknown>;
    return {
      sortOrder: form.sortOrder,
      translations: locales.map((locale) => ({
        locale,
        name: values[serviceTextField('name', locale)] as string,
        description: values[serviceTextField('description', locale)] as string,
      })),
      // A channel without minutes is not offered.
      durations: channels.flatMap((channel) => {
        const minutes = values[serviceMinutesField(channel)] as number | undefined;
        return minutes === undefined ? [] : [{ channel, minutes }];
      }),
    };
  });

export const serviceFormSchema = serviceFields;
export type ServiceInput = z.output<typeof serviceFormSchema>;

export const newServiceFormSchema = z
  .object({ id: slug, providerId: z.enum(providerIds) })
  .and(serviceFields);
export type NewServiceInput = z.output<typeof newServiceFormSchema>;

/** The status button: `active=1` reactivates, `active=0` deactivates. */
export const activationFormSchema = z.object({
  active: z.enum(['0', '1']).transform((value) => value === '1'),
});

/** Buttons without fields (delete): nothing to parse. */
export const emptyFormSchema = z.object({});
