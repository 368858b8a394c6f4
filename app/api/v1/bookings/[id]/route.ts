import { getBooking } from '@/lib/booking/service-manage';
import { apiHandler } from '@/lib/http/handler';
import { getRequestActor } from '@/lib/auth/session';
import { bookingDeps } from '@/lib/server/booking-deps';

export const GET = apiHandler(
  async (request, { params }: RouteContext<'/api/v1/bookings/[id]'>) => {
    const { id } = await params;
    return Response.json(getBooking(bookingDeps(), id, await getRequestActor(request)), {
      headers: { 'Cache-Control': 'no-store' },
    });
  },
);
