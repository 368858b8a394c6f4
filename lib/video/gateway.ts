import {
  AccessToken,
  RoomServiceClient,
  TrackSource,
  type ParticipantPermission,
  type VideoGrant,
} from 'livekit-server-sdk';

export type VideoRole = 'client' | 'counsellor';

export type TokenRequest = {
  room: string;
  identity: string;
  name: string;
  role: VideoRole;
  /** A client who is not yet admitted may connect but neither publish nor subscribe. */
  isAdmitted: boolean;
};

/** The LiveKit server, as the video service needs it. */
export type VideoGateway = {
  ensureRoom(room: string): Promise<void>;
  isParticipantPresent(room: string, identity: string): Promise<boolean>;
  admit(room: string, identity: string): Promise<void>;
  /** Marks a connected client as waiting; other participants learn of it at once. */
  announceWaiting(room: string, identity: string): Promise<void>;
  deleteRoom(room: string): Promise<void>;
  mintToken(request: TokenRequest): Promise<string>;
  /** A throwaway room for the device check's connection test; gone soon after use. */
  createCheckRoom(room: string): Promise<void>;
};

export type LivekitConnection = { url: string; apiKey: string; apiSecret: string };

// No recording anywhere: no grant asks for it, and the publishable sources are fixed.
const publishableSources = [TrackSource.CAMERA, TrackSource.MICROPHONE, TrackSource.SCREEN_SHARE];

/**
 * The complete permission of an admitted participant. LiveKit replaces the permission as
 * a whole, so every field is set (omitted ones would turn false).
 */
const admittedPermission: Partial<ParticipantPermission> = {
  canSubscribe: true,
  canPublish: true,
  canPublishData: true,
  canPublishSources: publishableSources,
  canUpdateMetadata: false,
  hidden: false,
  canSubscribeMetrics: false,
};

/** Tokens live two minutes: enough to connect; LiveKit refreshes them while connected. */
const tokenTtlSeconds = 120;

export function createLivekitGateway(connection: LivekitConnection): VideoGateway {
  const httpUrl = connection.url.replace(/^ws(s?):\/\//, 'http$1://');
  const rooms = new RoomServiceClient(httpUrl, connection.apiKey, connection.apiSecret);
  return {
    async ensureRoom(room) {
      // Idempotent on the server: an existing room is returned as it is.
      await rooms.createRoom({ name: room, emptyTimeout: 10 * 60, departureTimeout: 2 * 60 });
    },
    async isParticipantPresent(room, identity) {
      const participants = await rooms.listParticipants(room).catch(() => []);
      return participants.some((p) => p.identity === identity);
    },
    async admit(room, identity) {
      await rooms.updateParticipant(room, identity, { permission: admittedPermission });
    },
    async announceWaiting(room, identity) {
      // Only attributes: the permission stays as the token set it.
      await rooms.updateParticipant(room, identity, { attributes: { lobby: 'waiting' } });
    },
    async deleteRoom(room) {
      await rooms.deleteRoom(room).catch((error: unknown) => {
        // A room that is already gone is what we want.
        if (!String(error).includes('not found')) throw error;
      });
    },
    async mintToken(request) {
      const token = new AccessToken(connection.apiKey, connection.apiSecret, {
        identity: request.identity,
        name: request.name,
        ttl: tokenTtlSeconds,
        attributes: { role: request.role },
      });
      const isLive = request.role === 'counsellor' || request.isAdmitted;
      const grant: VideoGrant = {
        roomJoin: true,
        room: request.room,
        roomAdmin: request.role === 'counsellor',
        roomCreate: false,
        roomRecord: false,
        canPublish: isLive,
        canSubscribe: isLive,
        canPublishData: isLive,
        canPublishSources: publishableSources,
        canUpdateOwnMetadata: false,
      };
      token.addGrant(grant);
      return token.toJwt();
    },
    async createCheckRoom(room) {
      // Closed 30 s after creation if nobody joins, 20 s after the test has left (it
      // joins twice: signalling, then WebRTC). One participant at most, so nobody can
      // use a check room to meet someone.
      await rooms.createRoom({
        name: room,
        emptyTimeout: 30,
        departureTimeout: 20,
        maxParticipants: 1,
      });
    },
  };
}
