import { z } from 'zod';
import { referralNoteMaxLength } from '@/db/schema/referrals';
import { channelSchema, instantSchema, phoneSchema } from '@/lib/booking/schemas';

const id = z.string().trim().min(1).max(80);

/** What the counsellor picks before the times are listed (a GET form: query values). */
export const referralChoiceSchema = z.object({
  officeId: id,
  serviceId: id,
  channel: channelSchema,
});

/** The referral form. FormData values are strings; the checkbox sends "on" when ticked. */
export const referralFormSchema = referralChoiceSchema.extend({
  start: instantSchema,
  meetingPointId: id.optional(),
  phone: phoneSchema.optional(),
  referralNote: z
    .string()
    .trim()
    .min(1, 'Please add a short note for the receiving counsellor.')
    .max(referralNoteMaxLength, `At most ${referralNoteMaxLength} characters.`),
  consent: z.literal('on', 'Please confirm that the client agreed to the referral.'),
  idempotencyKey: z.uuid(),
});

export type ReferralInput = z.output<typeof referralFormSchema>;
