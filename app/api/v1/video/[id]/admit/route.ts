import { getRequestActor } from '@/lib/auth/session';
import { videoDeps } from '@/lib/server/video';
import { writeRoute } from '@/lib/server/write-route';
import { admitClient } from '@/lib/video/service';

export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/video/[id]/admit'>) => {
    const { id } = await params;
    await admitClient(videoDeps(), await getRequestActor(request), id);
    return new Response(null, { status: 204 });
  },
);
