import { getRequestActor } from '@/lib/auth/session';
import { videoDeps } from '@/lib/server/video';
import { writeRoute } from '@/lib/server/write-route';
import { joinVideo } from '@/lib/video/service';

/** POST, not GET: it opens the room on the LiveKit server. */
export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/video/[id]/token'>) => {
    const { id } = await params;
    const join = await joinVideo(videoDeps(), await getRequestActor(request), id);
    return Response.json(join, { headers: { 'Cache-Control': 'no-store, private' } });
  },
);
