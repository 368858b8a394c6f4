import { channelChangeSchema } from '@/lib/booking/schemas';
import { changeBookingChannel } from '@/lib/booking/service-manage';
import { parseJsonBody } from '@/lib/http/handler';
import { getRequestActor } from '@/lib/auth/session';
import { bookingDeps } from '@/lib/server/booking-deps';
import { writeRoute } from '@/lib/server/write-route';

export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/bookings/[id]/channel'>) => {
    const { id } = await params;
    const body = await parseJsonBody(request, channelChangeSchema);
    return Response.json(
      changeBookingChannel(bookingDeps(), id, await getRequestActor(request), body),
    );
  },
);
