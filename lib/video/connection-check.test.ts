import { RoomServiceClient, TokenVerifier } from 'livekit-server-sdk';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findFreePort } from '@/scripts/lib/free-port';
import { startLivekit, type RunningLivekit } from '@/scripts/lib/livekit-process';
import { openConnectionCheck } from './connection-check';
import { createLivekitGateway, type TokenRequest, type VideoGateway } from './gateway';
import { bookingIdOfClientIdentity } from './room-identity';

const apiKey = 'checkkey';
const apiSecret = 'check-secret-that-is-at-least-32-characters';
const livekitUrl = 'ws://127.0.0.1:7880';

/** A stand-in for the LiveKit server that remembers what it was asked. */
function recordingGateway(options: { isDown?: boolean } = {}) {
  const state = { checkRooms: [] as string[], tokens: [] as TokenRequest[] };
  const refuse = async () => {
    throw new Error('the recording gateway only serves check rooms');
  };
  const gateway: VideoGateway = {
    ensureRoom: refuse,
    isParticipantPresent: refuse,
    admit: refuse,
    announceWaiting: refuse,
    deleteRoom: refuse,
    mintToken: async (request) => {
      state.tokens.push(request);
      return `token-${state.tokens.length}`;
    },
    createCheckRoom: async (room) => {
      if (options.isDown) throw new Error('connect ECONNREFUSED 127.0.0.1:7880');
      state.checkRooms.push(room);
    },
  };
  return { gateway, state };
}

describe('openConnectionCheck', () => {
  it('creates a throwaway room and a token for that room only, for no booking', async () => {
    const { gateway, state } = recordingGateway();
    const ticket = await openConnectionCheck({ gateway, livekitUrl, randomId: () => 'abc' });
    expect(ticket).toEqual({ url: livekitUrl, token: 'token-1' });
    expect(state.checkRooms).toEqual(['check-abc']);
    expect(state.tokens).toEqual([
      expect.objectContaining({ room: 'check-abc', role: 'client', isAdmitted: true }),
    ]);
    // Presence webhooks for this participant must not be taken for a booking's client.
    expect(bookingIdOfClientIdentity(state.tokens[0]!.identity)).toBeNull();
  });

  it('uses a new unguessable room every time', async () => {
    const { gateway, state } = recordingGateway();
    await openConnectionCheck({ gateway, livekitUrl });
    await openConnectionCheck({ gateway, livekitUrl });
    const [first, second] = state.checkRooms;
    expect(first).toMatch(/^check-[\w-]{16}$/);
    expect(second).not.toBe(first);
  });

  it('turns an unreachable LiveKit server into a plain conflict, and reports the cause', async () => {
    const { gateway, state } = recordingGateway({ isDown: true });
    const causes: unknown[] = [];
    await expect(
      openConnectionCheck({ gateway, livekitUrl, onGatewayError: (e) => causes.push(e) }),
    ).rejects.toMatchObject({ code: 'CONFLICT', reason: 'video_server_unavailable' });
    expect(String(causes[0])).toContain('ECONNREFUSED');
    expect(state.tokens).toEqual([]);
  });

  it('mints a two-minute token that may publish and subscribe and administer nothing', async () => {
    const real = createLivekitGateway({ url: livekitUrl, apiKey, apiSecret });
    const gateway: VideoGateway = { ...real, createCheckRoom: async () => undefined };
    const ticket = await openConnectionCheck({ gateway, livekitUrl, randomId: () => 'xyz' });
    const claims = await new TokenVerifier(apiKey, apiSecret).verify(ticket.token);
    expect(claims.sub).toBe('check:xyz');
    expect(claims.video).toMatchObject({
      roomJoin: true,
      room: 'check-xyz',
      canPublish: true,
      canSubscribe: true,
    });
    expect(claims.video?.roomAdmin).toBeFalsy();
    expect(claims.video?.roomCreate).toBeFalsy();
    expect(claims.video?.roomRecord).toBeFalsy();
    expect(claims.video?.roomList).toBeFalsy();
    expect(Number(claims.exp) - Number(claims.nbf)).toBe(120);
  });
});

describe('the check room on the real LiveKit server', () => {
  let livekit: RunningLivekit;

  beforeAll(async () => {
    const port = await findFreePort();
    livekit = await startLivekit({
      port,
      udpPortStart: 52040,
      udpPortEnd: 52059,
      apiKey,
      apiSecret,
    });
  }, 30_000);

  afterAll(async () => {
    await livekit?.stop();
  });

  it('exists for one participant and empties itself quickly', async () => {
    const gateway = createLivekitGateway({ url: livekit.url, apiKey, apiSecret });
    await openConnectionCheck({ gateway, livekitUrl: livekit.url, randomId: () => 'real' });
    const service = new RoomServiceClient(livekit.url.replace(/^ws/, 'http'), apiKey, apiSecret);
    const [room] = await service.listRooms(['check-real']);
    expect(room).toMatchObject({
      name: 'check-real',
      emptyTimeout: 30,
      departureTimeout: 20,
      maxParticipants: 1,
    });
  });
});
