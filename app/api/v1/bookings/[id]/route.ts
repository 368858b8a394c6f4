import { getBooking } from '@/lib/booking/service-manage';
import { apiHandler, bearerToken } from '@/lib/http/handler';
import { bookingDeps } from '@/lib/server/booking-deps';

export const GET = apiHandler(
  async (request, { params }: RouteContext<'/api/v1/bookings/[id]'>) => {
    const { id } = await params;
    return Response.json(getBooking(bookingDeps(), id, bearerToken(request)), {
      headers: { 'Cache-Control': 'no-store' },
    });
  },
);
