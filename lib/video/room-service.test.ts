import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@/scripts/lib/free-port';
import { startLivekit, type RunningLivekit } from '@/scripts/lib/livekit-process';
import { createRoomService } from './room-service';

const apiKey = 'testkey';
const apiSecret = 'test-secret-that-is-at-least-32-characters';
let livekit: RunningLivekit;

beforeAll(async () => {
  const port = await findFreePort();
  livekit = await startLivekit({ port, udpPortStart: 52000, udpPortEnd: 52019, apiKey, apiSecret });
}, 30_000);

afterAll(async () => {
  await livekit?.stop();
});

describe('the real LiveKit server', () => {
  it('accepts a token minted by livekit-server-sdk: creates, lists and deletes a room', async () => {
    const service = createRoomService({ url: livekit.url, apiKey, apiSecret });
    const name = `test-${Date.now()}`;
    const room = await service.createRoom({ name, emptyTimeout: 60 });
    expect(room.name).toBe(name);
    const listed = await service.listRooms([name]);
    expect(listed.map((r) => r.name)).toEqual([name]);
    await service.deleteRoom(name);
    expect(await service.listRooms([name])).toEqual([]);
  });

  it('rejects a token signed with the wrong secret', async () => {
    const service = createRoomService({
      url: livekit.url,
      apiKey,
      apiSecret: 'a-different-secret-also-32-characters-long',
    });
    await expect(service.listRooms()).rejects.toThrow();
  });
});
