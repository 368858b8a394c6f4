import { getRequestActor } from '@/lib/auth/session';
import { apiHandler } from '@/lib/http/handler';
import { videoDeps } from '@/lib/server/video';
import { videoStatus } from '@/lib/video/service';

export const GET = apiHandler(
  async (request, { params }: RouteContext<'/api/v1/video/[id]/status'>) => {
    const { id } = await params;
    const status = videoStatus(videoDeps(), await getRequestActor(request), id);
    return Response.json(status, { headers: { 'Cache-Control': 'no-store, private' } });
  },
);
