import { holdRequestSchema } from '@/lib/booking/schemas';
import { holdSlot } from '@/lib/booking/service-hold';
import { parseJsonBody } from '@/lib/http/handler';
import { bookingDeps } from '@/lib/server/booking-deps';
import { writeRoute } from '@/lib/server/write-route';

export const POST = writeRoute(async (request) => {
  const hold = holdSlot(bookingDeps(), await parseJsonBody(request, holdRequestSchema));
  return Response.json(hold, { status: 201, headers: { 'Cache-Control': 'no-store' } });
});
