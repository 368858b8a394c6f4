import 'server-only';
import { cookies } from 'next/headers';
import { z } from 'zod';
import type { Channel } from '@/db/schema/enums';
import { contactFormSchema, type ContactForm } from '@/lib/booking/form-schemas';
import { channelSchema } from '@/lib/booking/schemas';
import { getConfig } from '@/lib/env';

/**
 * What the flow keeps out of the URL: the hold token (whoever has it may book the held
 * time) and the contact details (personal data never goes into a URL). Both live in
 * httpOnly cookies for a short time and are deleted once the booking is made.
 */
const holdCookie = 'booking_hold';
const contactCookie = 'booking_contact';

const storedHoldSchema = z.object({
  token: z.string(),
  expiresAt: z.string(),
  start: z.string(),
  officeId: z.string(),
  serviceId: z.string(),
  channel: channelSchema,
});
export type StoredHold = z.infer<typeof storedHoldSchema>;

export type StoredContact = Omit<ContactForm, 'channel'>;

function cookieOptions(maxAgeSeconds: number) {
  return {
    httpOnly: true,
    sameSite: 'lax' as const,
    secure: getConfig().appUrl.startsWith('https:'),
    path: '/',
    maxAge: maxAgeSeconds,
  };
}

function readJson(value: string | undefined): unknown {
  try {
    return value ? JSON.parse(value) : undefined;
  } catch {
    return undefined;
  }
}

export async function saveHold(hold: StoredHold) {
  (await cookies()).set(holdCookie, JSON.stringify(hold), cookieOptions(15 * 60));
}

/** The stored hold, whatever time it is for. */
export async function readAnyHold(): Promise<StoredHold | undefined> {
  const parsed = storedHoldSchema.safeParse(readJson((await cookies()).get(holdCookie)?.value));
  return parsed.success ? parsed.data : undefined;
}

/** The stored hold, if it is for exactly this choice. */
export async function readHold(choice: {
  start: string;
  officeId: string;
  serviceId: string;
  channel: Channel;
}): Promise<StoredHold | undefined> {
  const parsed = storedHoldSchema.safeParse(readJson((await cookies()).get(holdCookie)?.value));
  if (!parsed.success) return undefined;
  const hold = parsed.data;
  const isSame =
    Date.parse(hold.start) === Date.parse(choice.start) &&
    hold.officeId === choice.officeId &&
    hold.serviceId === choice.serviceId &&
    hold.channel === choice.channel;
  return isSame ? hold : undefined;
}

export async function saveContact(contact: StoredContact) {
  (await cookies()).set(contactCookie, JSON.stringify(contact), cookieOptions(60 * 60));
}

const draftSchema = z
  .object({
    name: z.string(),
    email: z.string(),
    phone: z.string(),
    privacyConsent: z.boolean(),
    interpreterLanguage: z.string(),
    hearingImpairment: z.boolean(),
    visionImpairment: z.boolean(),
    mobilityImpairment: z.boolean(),
    needsConsent: z.boolean(),
    notesConsent: z.boolean(),
  })
  .partial()
  .catch({});

/** The stored contact details as entered, to fill the form again. */
export async function readContactDraft(): Promise<Partial<StoredContact>> {
  return draftSchema.parse(readJson((await cookies()).get(contactCookie)?.value));
}

/** The stored contact details, if they are complete for this channel. */
export async function readContact(channel: Channel): Promise<StoredContact | undefined> {
  const parsed = contactFormSchema.safeParse({ ...(await readContactDraft()), channel });
  if (!parsed.success) return undefined;
  const { channel: _channel, ...contact } = parsed.data;
  return contact;
}

export async function clearFlowCookies() {
  const store = await cookies();
  store.delete(holdCookie);
  store.delete(contactCookie);
}
