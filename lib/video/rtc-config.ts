/**
 * Browser connect options for a LiveKit URL. A loopback server (dev, demo, tests) has no
 * use for public STUN servers, and offline they only delay ICE: `iceServers: []` stops
 * livekit-client from using the server's list. Elsewhere the server's list applies.
 */
export function rtcConfigFor(livekitUrl: string): RTCConfiguration | undefined {
  const host = new URL(livekitUrl.replace(/^ws/, 'http')).hostname;
  return host === '127.0.0.1' || host === 'localhost' || host === '[::1]'
    ? { iceServers: [] }
    : undefined;
}
