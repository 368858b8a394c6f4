import { RoomServiceClient } from 'livekit-server-sdk';

export type LivekitCredentials = { url: string; apiKey: string; apiSecret: string };

/** Server-side LiveKit API client; the HTTP API lives on the same port as the signal URL. */
export function createRoomService(credentials: LivekitCredentials): RoomServiceClient {
  const httpUrl = credentials.url.replace(/^ws(s?):\/\//, 'http$1://');
  return new RoomServiceClient(httpUrl, credentials.apiKey, credentials.apiSecret);
}
