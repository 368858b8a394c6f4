import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { RoomServiceClient } from 'livekit-server-sdk';
import { writeE2eDatabase } from './database';

export type VideoBookingFixture = {
  id: string;
  manageToken: string;
  counsellorEmail: string;
  counsellorName: string;
  clientName: string;
  clientPhone: string;
};

/**
 * A video booking of a counsellor of its own, starting in `startsInMinutes`: written
 * straight into the database, because the booking rules (12 h notice) would never
 * allow an appointment that is about to begin.
 */
export function createVideoBooking(
  options: { startsInMinutes?: number; status?: 'confirmed' | 'cancelled' } = {},
): VideoBookingFixture {
  const suffix = randomUUID().slice(0, 8);
  const counsellorId = `e2e-video-${suffix}`;
  const fixture: VideoBookingFixture = {
    id: randomUUID(),
    manageToken: randomBytes(32).toString('base64url'),
    counsellorEmail: `${counsellorId}@demo.beratungsportal.example`,
    counsellorName: `Vera Video ${suffix}`,
    clientName: `Kai Kunde ${suffix}`,
    clientPhone: '+4921112345678',
  };
  const start = new Date(Date.now() + (options.startsInMinutes ?? 5) * 60_000);
  const end = new Date(start.getTime() + 45 * 60_000);
  const now = new Date().toISOString();
  const clientId = randomUUID();
  writeE2eDatabase((db) => {
    db.prepare(
      `insert into staff (id, email, display_name, role, active, created_at)
       values (?, ?, ?, 'counsellor', 1, ?)`,
    ).run(counsellorId, fixture.counsellorEmail, fixture.counsellorName, now);
    db.prepare(
      `insert into clients (id, name, email, phone, preferred_language, created_at)
       values (?, ?, ?, ?, 'de', ?)`,
    ).run(clientId, fixture.clientName, `kunde-${suffix}@example.org`, fixture.clientPhone, now);
    db.prepare(
      `insert into bookings (id, service_id, channel, office_id, counsellor_id, client_id,
         language, starts_at, ends_at, status, manage_token_hash, created_at, updated_at)
       values (?, 'bbie-orientation', 'video', 'aa-duesseldorf', ?, ?, 'de', ?, ?, ?, ?, ?, ?)`,
    ).run(
      fixture.id,
      counsellorId,
      clientId,
      start.toISOString(),
      end.toISOString(),
      options.status ?? 'confirmed',
      createHash('sha256').update(fixture.manageToken).digest('hex'),
      now,
      now,
    );
  });
  return fixture;
}

/** The LiveKit server of the test run, asked directly (not through the app). */
export function livekitRooms(): RoomServiceClient {
  const url = process.env.E2E_LIVEKIT_URL;
  if (!url) throw new Error('E2E_LIVEKIT_URL is not set (global setup did not run)');
  return new RoomServiceClient(
    url.replace(/^ws/, 'http'),
    process.env.E2E_LIVEKIT_KEY,
    process.env.E2E_LIVEKIT_SECRET,
  );
}

/** The participant with this identity in any room, as the server sees it. */
export async function findParticipant(identity: string) {
  const rooms = livekitRooms();
  for (const room of await rooms.listRooms()) {
    const found = (await rooms.listParticipants(room.name)).find((p) => p.identity === identity);
    if (found) return { room: room.name, participant: found };
  }
  return undefined;
}
