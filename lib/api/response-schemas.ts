import { z } from 'zod';
import { channelSchema, instantSchema } from '@/lib/booking/schemas';

/** Response shapes, for the OpenAPI document (the handlers build them in lib/booking). */
export const problemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string(),
    reason: z.string().meta({ description: 'Stable machine-readable reason, e.g. slot_taken' }),
    errors: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
    alternatives: z
      .array(z.object({ start: instantSchema, end: instantSchema, officeId: z.string() }))
      .optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' });

export const serviceSchema = z
  .object({
    id: z.string(),
    provider: z.enum(['bbie', 'bbe']),
    name: z.string(),
    description: z.string(),
    durations: z.record(z.string(), z.number().int()).meta({ description: 'Minutes per channel' }),
  })
  .meta({ id: 'Service' });

export const officeSchema = z
  .object({
    id: z.string(),
    provider: z.enum(['bbie', 'bbe']),
    name: z.string(),
    address: z.object({ street: z.string(), postcode: z.string(), city: z.string() }),
    phone: z.string().nullable(),
    accessibilityNotes: z.string(),
    channels: z.array(channelSchema),
    meetingPoints: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        isStepFree: z.boolean(),
        typicalDurationMinutes: z.number().int(),
      }),
    ),
  })
  .meta({ id: 'Office' });

export const slotSchema = z
  .object({ start: instantSchema, end: instantSchema, officeId: z.string() })
  .meta({ id: 'Slot' });

export const holdSchema = z
  .object({
    holdToken: z.string(),
    expiresAt: instantSchema,
    start: instantSchema,
    end: instantSchema,
    officeId: z.string(),
  })
  .meta({ id: 'Hold' });

export const createdBookingSchema = z
  .object({
    id: z.string(),
    status: z.literal('confirmed'),
    start: instantSchema,
    end: instantSchema,
    channel: channelSchema,
    serviceId: z.string(),
    officeId: z.string(),
    meetingPointId: z.string().nullable(),
    manageToken: z.string(),
    manageUrl: z.url(),
    warnings: z.array(z.string()),
  })
  .meta({ id: 'CreatedBooking' });

export const bookingViewSchema = z
  .object({
    id: z.string(),
    status: z.enum(['confirmed', 'cancelled', 'completed', 'no_show']),
    start: instantSchema,
    end: instantSchema,
    channel: channelSchema,
    language: z.string(),
    service: z.object({ id: z.string(), name: z.string() }),
    office: z.object({
      id: z.string(),
      name: z.string(),
      street: z.string(),
      postcode: z.string(),
      city: z.string(),
    }),
    meetingPoint: z
      .object({
        id: z.string(),
        name: z.string(),
        description: z.string(),
        isStepFree: z.boolean(),
      })
      .nullable(),
    counsellorName: z.string(),
    rescheduleCount: z.number().int(),
    maxReschedules: z.number().int(),
    changeDeadline: instantSchema,
    canChange: z.boolean(),
    notesConsent: z.boolean(),
  })
  .meta({ id: 'Booking' });
