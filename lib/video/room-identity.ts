import { createHmac } from 'node:crypto';

/**
 * Names and keys derived from the booking id with the server secret: nothing to store,
 * nothing to guess. The room name says nothing about the booking; the E2EE key is the
 * same for both parties and unknown to the SFU.
 */
function derive(secret: string, label: string, bookingId: string): Buffer {
  return createHmac('sha256', secret).update(`${label}:${bookingId}`).digest();
}

export function roomNameOf(secret: string, bookingId: string): string {
  return `room-${derive(secret, 'video-room', bookingId).subarray(0, 16).toString('base64url')}`;
}

export function e2eeKeyOf(secret: string, bookingId: string): string {
  return derive(secret, 'video-e2ee-key', bookingId).toString('base64');
}

export const clientIdentityOf = (bookingId: string) => `client:${bookingId}`;
export const counsellorIdentityOf = (staffId: string) => `counsellor:${staffId}`;

/** The booking behind a client identity, or null for any other identity. */
export function bookingIdOfClientIdentity(identity: string): string | null {
  return identity.startsWith('client:') ? identity.slice('client:'.length) : null;
}
