import { z } from 'zod';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { parseJsonBody } from '@/lib/http/handler';
import { bookingDeps } from '@/lib/server/booking-deps';
import { writeRoute } from '@/lib/server/write-route';

const idempotencyKeySchema = z.string().trim().min(8).max(128).optional();

export const POST = writeRoute(async (request) => {
  const key = idempotencyKeySchema.parse(request.headers.get('idempotency-key') ?? undefined);
  const booking = createBooking(
    bookingDeps(),
    await parseJsonBody(request, createBookingSchema),
    key,
  );
  return Response.json(booking, {
    status: 201,
    headers: { 'Cache-Control': 'no-store', Location: `/api/v1/bookings/${booking.id}` },
  });
});
