import { getRequestActor } from '@/lib/auth/session';
import { videoDeps } from '@/lib/server/video';
import { writeRoute } from '@/lib/server/write-route';
import { endVideoSession } from '@/lib/video/service';

export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/video/[id]/end'>) => {
    const { id } = await params;
    await endVideoSession(videoDeps(), await getRequestActor(request), id);
    return new Response(null, { status: 204 });
  },
);
