import { randomBytes } from 'node:crypto';
import { AppError } from '@/lib/errors';
import type { VideoGateway } from './gateway';

export type ConnectionCheckDeps = {
  gateway: VideoGateway;
  /** The LiveKit URL browsers connect to. */
  livekitUrl: string;
  /** Told why the LiveKit server failed; the caller gets a plain AppError. */
  onGatewayError?: (error: unknown) => void;
  /** Unguessable id of the throwaway room; injectable for tests. */
  randomId?: () => string;
};

export type ConnectionCheckTicket = { url: string; token: string };

const randomIdOf = () => randomBytes(12).toString('base64url');

/** Check rooms never collide with booking rooms (`room-…`) nor with each other. */
export const checkRoomPrefix = 'check-';

/**
 * The device check's connection test, for anyone (no booking): a throwaway room on the
 * LiveKit server and a short-lived token for it alone. The identity is not a client
 * identity, so LiveKit's presence webhooks for it are ignored. The token lets the browser
 * publish and subscribe (what a real session needs) and nothing else; the room cannot
 * be reached from any other room and closes itself soon after the test.
 */
export async function openConnectionCheck(
  deps: ConnectionCheckDeps,
): Promise<ConnectionCheckTicket> {
  const id = (deps.randomId ?? randomIdOf)();
  const room = `${checkRoomPrefix}${id}`;
  try {
    await deps.gateway.createCheckRoom(room);
    const token = await deps.gateway.mintToken({
      room,
      identity: `check:${id}`,
      name: 'Connection check',
      role: 'client',
      isAdmitted: true,
    });
    return { url: deps.livekitUrl, token };
  } catch (error) {
    deps.onGatewayError?.(error);
    throw new AppError(
      'CONFLICT',
      'The video server cannot be reached right now. Please try again in a few minutes.',
      { reason: 'video_server_unavailable' },
    );
  }
}
