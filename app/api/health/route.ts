import { pingDatabase } from '@/db/queries/health';
import { getConfig } from '@/lib/env';
import { checkHealth } from '@/lib/health/check';
import { getDatabase } from '@/lib/server/database';
import { createRoomService } from '@/lib/video/room-service';

export const dynamic = 'force-dynamic';

/** Liveness of the app and what it depends on, for the start script, tests and monitoring. */
export async function GET() {
  const report = await checkHealth({
    database: () => pingDatabase(getDatabase()),
    video: () => createRoomService(getConfig().livekit).listRooms(['health-probe']),
  });
  return Response.json(report, {
    status: report.status === 'ok' ? 200 : 503,
    headers: { 'Cache-Control': 'no-store' },
  });
}
