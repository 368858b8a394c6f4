import { slotsQuerySchema } from '@/lib/booking/schemas';
import { listSlots } from '@/lib/booking/service-slots';
import { apiHandler, parseQuery } from '@/lib/http/handler';
import { bookingDeps } from '@/lib/server/booking-deps';

export const GET = apiHandler((request) => {
  const query = parseQuery(request, slotsQuerySchema);
  return Response.json(listSlots(bookingDeps(), query), {
    headers: { 'Cache-Control': 'no-store' },
  });
});
