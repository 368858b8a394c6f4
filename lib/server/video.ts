import 'server-only';
import { getConfig } from '@/lib/env';
import { createLivekitGateway, type VideoGateway } from '@/lib/video/gateway';
import type { VideoDeps } from '@/lib/video/service';
import { getDatabase } from './database';

const globalForVideo = globalThis as unknown as { beratungsportalVideo?: VideoGateway };

/** The video service's dependencies for this request: the real LiveKit server. */
export function videoDeps(): VideoDeps {
  const config = getConfig();
  globalForVideo.beratungsportalVideo ??= createLivekitGateway(config.livekit);
  return {
    db: getDatabase(),
    now: new Date(),
    secret: config.auth.secret,
    gateway: globalForVideo.beratungsportalVideo,
    livekitUrl: config.livekit.url,
  };
}
