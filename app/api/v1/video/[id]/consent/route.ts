import { getRequestActor } from '@/lib/auth/session';
import { videoDeps } from '@/lib/server/video';
import { writeRoute } from '@/lib/server/write-route';
import { privacyNoticeVersion, recordVideoConsent } from '@/lib/video/service';

export const POST = writeRoute(
  async (request, { params }: RouteContext<'/api/v1/video/[id]/consent'>) => {
    const { id } = await params;
    recordVideoConsent(videoDeps(), await getRequestActor(request), id);
    return Response.json({ noticeVersion: privacyNoticeVersion });
  },
);
