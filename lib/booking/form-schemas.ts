import { z } from 'zod';
import { isLocalDate } from '@/lib/calendar/local-date';
import { answerKeys, type ChannelAnswers } from './channel-recommendation';
import { channelSchema, clientSchema, instantSchema, phoneSchema } from './schemas';

/**
 * Boundary schemas of the booking web forms and the flow's URL. FormData and search
 * params are strings: booleans use z.coerce (a checkbox sends "on" or nothing), and the
 * form layer drops empty strings before parsing, so optional fields are simply absent.
 */
const id = z.string().trim().min(1).max(64);
const languageCode = z
  .string()
  .trim()
  .toLowerCase()
  .regex(/^[a-z]{2}$/);
const localDate = z.string().refine(isLocalDate);
// A checkbox sends "on" when ticked and nothing otherwise.
const checkbox = z.coerce.boolean().default(false);

/**
 * Run a cross-field rule as soon as the fields it reads are valid, even when other
 * fields are not, so a form lists all its errors at once.
 */
function whenValid(...keys: string[]) {
  return (payload: { issues: readonly { path?: readonly PropertyKey[] }[] }) =>
    payload.issues.every((issue) => !keys.includes(String(issue.path?.[0])));
}

/** The choices made so far, as they travel in the URL. An invalid value is dropped. */
export const flowParamsSchema = z.object({
  service: id.optional().catch(undefined),
  postcode: z
    .string()
    .trim()
    .regex(/^\d{5}$/)
    .optional()
    .catch(undefined),
  office: id.optional().catch(undefined),
  channel: channelSchema.optional().catch(undefined),
  date: localDate.optional().catch(undefined),
  start: instantSchema.optional().catch(undefined),
  meetingPoint: id.optional().catch(undefined),
  language: languageCode.optional().catch(undefined),
});
export type FlowParams = z.infer<typeof flowParamsSchema>;
export const flowParamKeys = Object.keys(flowParamsSchema.shape) as (keyof FlowParams)[];

/** The postcode search: unlike the URL state, a wrong postcode is reported. */
export const postcodeSchema = z
  .string()
  .trim()
  .regex(/^\d{5}$/);

/** "Hilfe bei der Wahl": each answer is a checkbox. */
export const channelAnswersSchema = z.object(
  Object.fromEntries(answerKeys.map((key) => [key, checkbox])) as Record<
    keyof ChannelAnswers,
    typeof checkbox
  >,
);

/** A chosen time, or one of the alternatives offered after "slot taken", wins. */
function pickStart<T extends { start?: string; alternative?: string }>(
  { alternative, ...rest }: T,
  ctx: z.RefinementCtx,
) {
  const start = alternative ?? rest.start;
  if (!start) {
    ctx.addIssue({ code: 'custom', path: ['start'], message: 'Choose a time.' });
    return z.NEVER;
  }
  return { ...rest, start };
}

/** Choosing a time (or one of the offered alternatives) holds it. */
export const holdFormSchema = flowParamsSchema
  .extend({
    service: id,
    office: id,
    channel: channelSchema,
    start: instantSchema.optional(),
    alternative: instantSchema.optional(),
    returnTo: z.enum(['contact', 'review']).default('contact'),
  })
  .refine((v) => v.channel !== 'walk_and_talk' || v.meetingPoint !== undefined, {
    path: ['meetingPoint'],
    message: 'Choose a meeting point.',
    when: whenValid('channel', 'meetingPoint'),
  })
  .transform(pickStart);
export type HoldForm = z.infer<typeof holdFormSchema>;

const needFields = [
  'interpreterLanguage',
  'hearingImpairment',
  'visionImpairment',
  'mobilityImpairment',
];

/** Contact details and optional needs; kept in a cookie until the booking is made. */
export const contactFormSchema = z
  .object({
    channel: channelSchema,
    name: clientSchema.shape.name,
    email: clientSchema.shape.email,
    phone: phoneSchema.optional(),
    privacyConsent: checkbox.refine((v) => v, 'Please agree to the privacy notice.'),
    interpreterLanguage: languageCode.optional(),
    hearingImpairment: checkbox,
    visionImpairment: checkbox,
    mobilityImpairment: checkbox,
    needsConsent: checkbox,
    /** A colleague who takes the appointment over may read the counsellor's notes. */
    notesConsent: checkbox,
  })
  .refine((c) => c.channel !== 'phone' || !!c.phone, {
    path: ['phone'],
    message: 'Required for phone appointments.',
    when: whenValid('channel', 'phone'),
  })
  .refine((c) => !hasNeeds(c) || c.needsConsent, {
    path: ['needsConsent'],
    message: 'Needs are stored only with consent.',
    when: whenValid(...needFields, 'needsConsent'),
  });
export type ContactForm = z.infer<typeof contactFormSchema>;

type Needs = {
  interpreterLanguage?: string;
  hearingImpairment: boolean;
  visionImpairment: boolean;
  mobilityImpairment: boolean;
};

export function hasNeeds(c: Needs): boolean {
  return (
    !!c.interpreterLanguage || c.hearingImpairment || c.visionImpairment || c.mobilityImpairment
  );
}

/** The "book now" form: the choices; contact and hold come from the server's cookies. */
export const confirmFormSchema = flowParamsSchema.extend({
  service: id,
  office: id,
  channel: channelSchema,
  start: instantSchema,
  alternative: instantSchema.optional(),
  idempotencyKey: z.string().trim().min(8).max(128),
});

// Empty when a signed-in client or counsellor acts without a manage link.
const token = z.string().trim().max(200).default('');

export const rescheduleFormSchema = z
  .object({ token, start: instantSchema.optional(), alternative: instantSchema.optional() })
  .transform(pickStart);

export const channelChangeFormSchema = z
  .object({
    token,
    channel: channelSchema,
    meetingPointId: id.optional(),
    phone: phoneSchema.optional(),
  })
  .refine((c) => c.channel !== 'walk_and_talk' || c.meetingPointId !== undefined, {
    path: ['meetingPointId'],
    message: 'Choose a meeting point.',
    when: whenValid('channel', 'meetingPointId'),
  });

export const cancelFormSchema = z.object({
  token,
  reason: z.string().trim().max(500).optional(),
});

/** The client's yes or no to a colleague who takes over reading the counsellor's notes. */
export const notesConsentFormSchema = z.object({ token, notesConsent: checkbox });
