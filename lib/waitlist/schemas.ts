import { z } from 'zod';
import { partsOfDay } from '@/db/schema/waitlist';
import { channelSchema, clientSchema, phoneSchema } from '@/lib/booking/schemas';
import { isLocalDate } from '@/lib/calendar/local-date';

const id = z.string().trim().min(1).max(64);
const localDate = z.string().refine(isLocalDate, 'Use a date like 2026-12-01.');

/** Joining the waitlist: what to wait for, when one can come, and how to reach the client. */
export const joinWaitlistSchema = z
  .object({
    serviceId: id,
    channel: channelSchema,
    officeId: id,
    earliestDate: localDate.optional(),
    latestDate: localDate.optional(),
    weekdays: z.array(z.number().int().min(1).max(7)).max(7).optional(),
    partOfDay: z.enum(partsOfDay).optional(),
    client: z.object({
      name: clientSchema.shape.name,
      email: clientSchema.shape.email,
      phone: phoneSchema.optional(),
    }),
    privacyConsent: z.literal(true, 'Please agree to the privacy notice.'),
    locale: z.enum(['de', 'en']).default('de'),
  })
  .superRefine((w, ctx) => {
    if (w.earliestDate && w.latestDate && w.latestDate < w.earliestDate) {
      ctx.addIssue({
        code: 'custom',
        path: ['latestDate'],
        message: 'Must not be before the earliest date.',
      });
    }
    if (w.channel === 'walk_and_talk') {
      ctx.addIssue({
        code: 'custom',
        path: ['channel'],
        message: 'The waitlist is not available for walk and talk.',
      });
    }
    if (w.channel === 'phone' && !w.client.phone) {
      ctx.addIssue({
        code: 'custom',
        path: ['client', 'phone'],
        message: 'A phone number is needed for a phone appointment.',
      });
    }
  });
export type JoinWaitlistRequest = z.infer<typeof joinWaitlistSchema>;

export const waitlistTokenSchema = z.string().trim().min(20).max(100);

/** The web form: strings from FormData (empty ones dropped), a checkbox sends "on". */
export const joinWaitlistFormSchema = z.object({
  service: id,
  channel: channelSchema,
  office: id,
  name: clientSchema.shape.name,
  email: clientSchema.shape.email,
  phone: z.string().optional(),
  partOfDay: z.enum(partsOfDay).optional(),
  privacyConsent: z.coerce.boolean().default(false),
});

export const offerFormSchema = z.object({ offer: id, token: waitlistTokenSchema });
export const leaveFormSchema = z.object({ entry: id, token: waitlistTokenSchema });
