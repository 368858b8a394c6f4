import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { z } from 'zod';
import { channels } from '@/db/schema/enums';
import { isLocalDate } from '@/lib/calendar/local-date';

/** Boundary schemas of the booking API and forms. Services take the parsed types. */
export const channelSchema = z.enum(channels).meta({ id: 'Channel' });

const id = z.string().trim().min(1).max(64);
const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/, 'Use a two-letter ISO 639-1 code, e.g. "tr".');
const localDate = z.string().refine(isLocalDate, 'Use a date like 2026-12-01.');
export const instantSchema = z.iso
  .datetime({ offset: true })
  .meta({ description: 'ISO 8601 with offset, e.g. 2026-12-01T09:00:00+01:00' });

export const slotsQuerySchema = z
  .object({
    serviceId: id,
    channel: channelSchema,
    officeId: id,
    from: localDate.optional(),
    to: localDate.optional(),
    language: languageCode.optional(),
    counsellorId: id.optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, {
    message: '"to" must not be before "from".',
    path: ['to'],
  });
export type SlotsQueryInput = z.infer<typeof slotsQuerySchema>;

export const holdRequestSchema = z.object({
  serviceId: id,
  channel: channelSchema,
  officeId: id,
  start: instantSchema,
  language: languageCode.optional(),
  counsellorId: id.optional(),
});
export type HoldRequest = z.infer<typeof holdRequestSchema>;

/** German and international numbers; stored in E.164. */
export const phoneSchema = z
  .string()
  .trim()
  .max(32)
  .transform((value, ctx) => {
    const phone = parsePhoneNumberFromString(value, 'DE');
    if (!phone?.isValid()) {
      ctx.addIssue({ code: 'custom', message: 'Enter a valid phone number, e.g. 0211 1234567.' });
      return z.NEVER;
    }
    return phone.number;
  });

export const clientSchema = z.object({
  name: z.string().trim().min(2, 'Please enter your name.').max(100),
  email: z.string().trim().toLowerCase().pipe(z.email('Enter a valid email address.').max(254)),
  phone: phoneSchema.optional(),
  preferredLanguage: languageCode.default('de'),
});

export const needsSchema = z.object({
  interpreterLanguage: languageCode.optional(),
  hearingImpairment: z.boolean().optional(),
  visionImpairment: z.boolean().optional(),
  mobilityImpairment: z.boolean().optional(),
});

export const createBookingSchema = z
  .object({
    holdToken: z.string().trim().min(20).max(100).optional(),
    serviceId: id,
    channel: channelSchema,
    officeId: id,
    start: instantSchema,
    meetingPointId: id.optional(),
    language: languageCode.default('de'),
    counsellorId: id.optional(),
    client: clientSchema,
    privacyConsent: z.literal(true, 'Please agree to the privacy notice.'),
    needs: needsSchema.optional(),
    needsConsent: z.boolean().default(false),
    /** Notes may be shown to a colleague who takes the appointment over. */
    notesConsent: z.boolean().optional(),
    locale: z.enum(['de', 'en']).default('de'),
  })
  .superRefine((b, ctx) => {
    if (b.channel === 'phone' && !b.client.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['client', 'phone'],
        message: 'A phone number is needed for a phone appointment.',
      });
    }
    if (b.channel === 'walk_and_talk' && !b.meetingPointId) {
      ctx.addIssue({
        code: 'custom',
        path: ['meetingPointId'],
        message: 'Choose a meeting point for walk and talk.',
      });
    }
    if (b.needs && !b.needsConsent) {
      ctx.addIssue({
        code: 'custom',
        path: ['needsConsent'],
        message: 'We store needs only with your consent.',
      });
    }
  });
export type CreateBookingRequest = z.infer<typeof createBookingSchema>;

export const rescheduleSchema = z.object({
  start: instantSchema,
  holdToken: z.string().trim().min(20).max(100).optional(),
});
export type RescheduleRequest = z.infer<typeof rescheduleSchema>;

export const channelChangeSchema = z
  .object({
    channel: channelSchema,
    meetingPointId: id.optional(),
    phone: phoneSchema.optional(),
  })
  .superRefine((c, ctx) => {
    if (c.channel === 'walk_and_talk' && !c.meetingPointId) {
      ctx.addIssue({
        code: 'custom',
        path: ['meetingPointId'],
        message: 'Choose a meeting point for walk and talk.',
      });
    }
  });
export type ChannelChangeRequest = z.infer<typeof channelChangeSchema>;

export const cancelSchema = z.object({ reason: z.string().trim().max(500).optional() });
export type CancelRequest = z.infer<typeof cancelSchema>;
