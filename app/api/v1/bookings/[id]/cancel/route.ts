import { cancelSchema } from '@/lib/booking/schemas';
import { cancelBooking } from '@/lib/booking/service-manage';
import { parseJsonBody } from '@/lib/http/handler';
import { getRequestActor } from '@/lib/auth/session';
import { bookingDeps } from '@/lib/server/booking-deps';
import { writeRoute } from '@/lib/server/write-route';

export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/bookings/[id]/cancel'>) => {
    const { id } = await params;
    const body = await parseJsonBody(request, cancelSchema);
    return Response.json(cancelBooking(bookingDeps(), id, await getRequestActor(request), body));
  },
);
