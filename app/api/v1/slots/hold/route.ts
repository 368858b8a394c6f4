import { holdRequestSchema } from '@/lib/booking/schemas';
import { holdSlot } from '@/lib/booking/service-hold';
import { apiHandler, parseJsonBody } from '@/lib/http/handler';
import { bookingDeps } from '@/lib/server/booking-deps';

export const POST = apiHandler(async (request) => {
  const hold = holdSlot(bookingDeps(), await parseJsonBody(request, holdRequestSchema));
  return Response.json(hold, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
