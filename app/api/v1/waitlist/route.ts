import { parseJsonBody } from '@/lib/http/handler';
import { bookingDeps } from '@/lib/server/booking-deps';
import { writeRoute } from '@/lib/server/write-route';
import { joinWaitlistSchema } from '@/lib/waitlist/schemas';
import { joinWaitlist } from '@/lib/waitlist/service';

export const POST = writeRoute(async (request) => {
  const joined = joinWaitlist(bookingDeps(), await parseJsonBody(request, joinWaitlistSchema));
  return Response.json(
    { id: joined.id, status: joined.status },
    { status: 201, headers: { 'Cache-Control': 'no-store' } },
  );
});
