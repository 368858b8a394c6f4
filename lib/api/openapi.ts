import { z } from 'zod';
import { createDocument, type ZodOpenApiOperationObject } from 'zod-openapi';
import {
  cancelSchema,
  channelChangeSchema,
  createBookingSchema,
  holdRequestSchema,
  rescheduleSchema,
  slotsQuerySchema,
} from '@/lib/booking/schemas';
import {
  bookingViewSchema,
  createdBookingSchema,
  holdSchema,
  officeSchema,
  problemSchema,
  serviceSchema,
  slotSchema,
} from './response-schemas';
import { appointmentSchema, appointmentsQuerySchema } from '@/lib/workspace/appointments';
import { joinWaitlistSchema } from '@/lib/waitlist/schemas';

const problems = (...codes: number[]) =>
  Object.fromEntries(
    codes.map((code) => [
      code,
      {
        description: 'Problem',
        content: { 'application/problem+json': { schema: problemSchema } },
      },
    ]),
  );
const json = (schema: z.ZodType, description = 'OK') => ({
  description,
  content: { 'application/json': { schema } },
});
const bookingId = z.object({ id: z.string() });
const manage = (summary: string, body: z.ZodType): ZodOpenApiOperationObject => ({
  summary,
  security: [{ manageToken: [] }],
  requestParams: { path: bookingId },
  requestBody: { content: { 'application/json': { schema: body } } },
  responses: { 200: json(bookingViewSchema), ...problems(400, 404, 409, 422) },
});

/** The OpenAPI 3.1 document, generated from the same zod schemas the handlers use. */
export function buildOpenApiDocument(serverUrl: string) {
  return createDocument({
    openapi: '3.1.0',
    info: {
      title: 'Beratungsportal NRW API',
      version: '1.0.0',
      description: 'Booking of public career counselling in NRW.',
    },
    servers: [{ url: serverUrl }],
    components: {
      securitySchemes: {
        manageToken: {
          type: 'http',
          scheme: 'bearer',
          description: 'The manage token of a booking',
        },
        session: {
          type: 'apiKey',
          in: 'cookie',
          name: 'authjs.session-token',
          description: 'A signed-in session (staff or client); __Secure- prefixed on https',
        },
      },
    },
    paths: {
      '/api/v1/services': {
        get: {
          summary: 'Counselling services with per-channel durations',
          requestParams: { query: z.object({ locale: z.enum(['de', 'en']).optional() }) },
          responses: {
            200: json(z.object({ services: z.array(serviceSchema) })),
            ...problems(422),
          },
        },
      },
      '/api/v1/offices': {
        get: {
          summary: 'Offices, optionally those serving a postcode',
          requestParams: {
            query: z.object({
              postcode: z
                .string()
                .regex(/^\d{5}$/)
                .optional(),
              provider: z.enum(['bbie', 'bbe']).optional(),
              channel: z.enum(['presence', 'phone', 'video', 'walk_and_talk']).optional(),
            }),
          },
          responses: { 200: json(z.object({ offices: z.array(officeSchema) })), ...problems(422) },
        },
      },
      '/api/v1/slots': {
        get: {
          summary: 'Free slots of an office for a service and channel',
          requestParams: { query: slotsQuerySchema },
          responses: { 200: json(z.object({ slots: z.array(slotSchema) })), ...problems(404, 422) },
        },
      },
      '/api/v1/slots/hold': {
        post: {
          summary: 'Hold a slot for a few minutes',
          requestBody: { content: { 'application/json': { schema: holdRequestSchema } } },
          responses: { 201: json(holdSchema, 'Held'), ...problems(400, 404, 409, 422) },
        },
      },
      '/api/v1/bookings': {
        post: {
          summary: 'Book an appointment',
          requestParams: {
            header: z.object({ 'idempotency-key': z.string().min(8).max(128).optional() }),
          },
          requestBody: { content: { 'application/json': { schema: createBookingSchema } } },
          responses: { 201: json(createdBookingSchema, 'Booked'), ...problems(400, 404, 409, 422) },
        },
      },
      '/api/v1/waitlist': {
        post: {
          summary: 'Join the waitlist: a freed time is offered by email, first come first served',
          requestBody: { content: { 'application/json': { schema: joinWaitlistSchema } } },
          responses: {
            201: json(
              z
                .object({ id: z.string(), status: z.literal('waiting') })
                .meta({ id: 'WaitlistEntry' }),
              'On the waitlist',
            ),
            ...problems(400, 404, 422, 429),
          },
        },
      },
      '/api/v1/bookings/{id}': {
        get: {
          summary: 'An appointment, by its manage token or a session of one of its parties',
          security: [{ manageToken: [] }, { session: [] }],
          requestParams: { path: bookingId },
          responses: { 200: json(bookingViewSchema), ...problems(404) },
        },
      },
      '/api/v1/bookings/{id}/reschedule': {
        post: manage('Move to another slot', rescheduleSchema),
      },
      '/api/v1/bookings/{id}/channel': {
        post: manage('Change the channel at the same time', channelChangeSchema),
      },
      '/api/v1/bookings/{id}/cancel': { post: manage('Cancel', cancelSchema) },
      '/api/v1/counsellors/{id}/appointments': {
        get: {
          summary: "A counsellor's appointments (the counsellor and their team leads)",
          security: [{ session: [] }],
          requestParams: { path: z.object({ id: z.string() }), query: appointmentsQuerySchema },
          responses: {
            200: json(z.object({ appointments: z.array(appointmentSchema) })),
            ...problems(401, 403, 422),
          },
        },
      },
      '/api/v1/bookings/{id}/calendar.ics': {
        get: {
          summary: 'The appointment as an iCalendar file',
          security: [{ manageToken: [] }],
          requestParams: {
            path: bookingId,
            query: z.object({
              token: z.string().optional(),
              locale: z.enum(['de', 'en']).optional(),
            }),
          },
          responses: {
            200: { description: 'iCalendar', content: { 'text/calendar': { schema: z.string() } } },
            ...problems(404),
          },
        },
      },
      '/api/v1/video/connection-check': {
        post: {
          summary: "The device check's connection test: a throwaway room and a two-minute token",
          responses: {
            200: json(
              z
                .object({
                  url: z.string().meta({ description: 'The LiveKit server (ws:// or wss://)' }),
                  token: z.string().meta({ description: 'Token for a check-… room only' }),
                })
                .meta({ id: 'ConnectionCheck' }),
            ),
            ...problems(403, 409, 429),
          },
        },
      },
    },
  });
}
