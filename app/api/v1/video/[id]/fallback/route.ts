import { getRequestActor } from '@/lib/auth/session';
import { parseJsonBody } from '@/lib/http/handler';
import { videoDeps } from '@/lib/server/video';
import { writeRoute } from '@/lib/server/write-route';
import { phoneFallbackSchema } from '@/lib/video/schemas';
import { switchToPhone } from '@/lib/video/service';

export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/video/[id]/fallback'>) => {
    const { id } = await params;
    const { phone } = await parseJsonBody(request, phoneFallbackSchema);
    return Response.json(switchToPhone(videoDeps(), await getRequestActor(request), id, phone));
  },
);
