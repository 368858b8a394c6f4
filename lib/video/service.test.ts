import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import type { Actor } from '@/lib/auth/policy';
import { createBookingSchema } from '@/lib/booking/schemas';
import { createBooking } from '@/lib/booking/service-create';
import { byLink, createFixtureDatabase, fixtureDeps, fixtureNow } from '@/lib/booking/test-fixture';
import type { TokenRequest, VideoGateway } from './gateway';
import { announceWaitingClient, recordClientPresence } from './presence';
import { clientIdentityOf, roomNameOf } from './room-identity';
import {
  admitClient,
  endVideoSession,
  joinVideo,
  recordVideoConsent,
  switchToPhone,
  videoStatus,
  type VideoDeps,
} from './service';

/**
 * A stand-in for the LiveKit server that remembers what it was asked. (The real server
 * is exercised by the e2e video tests.)
 */
function recordingGateway() {
  const state = {
    rooms: new Set<string>(),
    present: new Set<string>(),
    admitted: [] as string[],
    announced: [] as string[],
    deleted: [] as string[],
    tokens: [] as TokenRequest[],
  };
  const gateway: VideoGateway = {
    ensureRoom: async (room) => void state.rooms.add(room),
    isParticipantPresent: async (_room, identity) => state.present.has(identity),
    admit: async (_room, identity) => void state.admitted.push(identity),
    announceWaiting: async (_room, identity) => void state.announced.push(identity),
    deleteRoom: async (room) => void state.deleted.push(room),
    mintToken: async (request) => {
      state.tokens.push(request);
      return `token-${state.tokens.length}`;
    },
    createCheckRoom: async (room) => void state.rooms.add(room),
  };
  return { gateway, state };
}

let db: Database;
let booking: { id: string; manageToken: string; start: string; end: string };
const start = '2026-12-01T14:00:00+01:00';

beforeEach(() => {
  db = createFixtureDatabase();
  const created = createBooking(
    fixtureDeps(db),
    createBookingSchema.parse({
      serviceId: 'svc-a',
      channel: 'video',
      officeId: 'office-a',
      counsellorId: 'c1',
      start,
      client: { name: 'Anna Beispiel', email: 'anna@example.org', phone: '0211 1234567' },
      privacyConsent: true,
    }),
  );
  booking = {
    id: created.id,
    manageToken: created.manageToken,
    start: created.start,
    end: created.end,
  };
});

const counsellor: Actor = {
  kind: 'staff',
  staffId: 'c1',
  name: 'C1',
  role: 'counsellor',
  isActive: true,
  teamIds: [],
  leadsTeamIds: [],
};
const otherCounsellor: Actor = { ...counsellor, staffId: 'c2', name: 'C2' };
const client = () => byLink(booking.manageToken);

function deps(now: Date, gateway: VideoGateway): VideoDeps {
  return {
    db,
    now,
    secret: 'test-secret-of-at-least-32-characters!',
    gateway,
    livekitUrl: 'ws://127.0.0.1:7880',
  };
}

const minutes = (n: number) => n * 60_000;
const beforeStart = (n: number) => new Date(Date.parse(start) - minutes(n));

describe('joinVideo', () => {
  it('refuses before the window opens and says when it opens', async () => {
    const { gateway } = recordingGateway();
    recordVideoConsent(deps(fixtureNow, gateway), client(), booking.id);
    await expect(
      joinVideo(deps(beforeStart(16), gateway), client(), booking.id),
    ).rejects.toMatchObject({
      reason: 'video_not_open_yet',
      extra: { opensAt: '2026-12-01T12:45:00.000Z' },
    });
  });

  it('refuses after the window, after cancellation, for other people, and without consent', async () => {
    const { gateway } = recordingGateway();
    const open = beforeStart(5);
    await expect(joinVideo(deps(open, gateway), client(), booking.id)).rejects.toMatchObject({
      reason: 'video_consent_required',
    });
    await expect(joinVideo(deps(open, gateway), otherCounsellor, booking.id)).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    await expect(joinVideo(deps(open, gateway), byLink('wrong'), booking.id)).rejects.toMatchObject(
      {
        code: 'NOT_FOUND',
      },
    );
    await expect(
      joinVideo(deps(open, gateway), { kind: 'anonymous' }, booking.id),
    ).rejects.toMatchObject({
      code: 'NOT_FOUND',
    });
    const late = new Date(Date.parse(booking.end) + minutes(31));
    await expect(joinVideo(deps(late, gateway), counsellor, booking.id)).rejects.toMatchObject({
      reason: 'video_closed',
    });
  });

  it('lets the client wait, unadmitted, and the counsellor in with admin rights', async () => {
    const { gateway, state } = recordingGateway();
    const open = beforeStart(10);
    recordVideoConsent(deps(open, gateway), client(), booking.id);
    const forClient = await joinVideo(deps(open, gateway), client(), booking.id);
    const forCounsellor = await joinVideo(deps(open, gateway), counsellor, booking.id);
    expect(forClient).toMatchObject({ role: 'client', isAdmitted: false });
    expect(forCounsellor).toMatchObject({ role: 'counsellor', isAdmitted: true });
    expect(forClient.e2eeKey).toBe(forCounsellor.e2eeKey);
    const room = roomNameOf('test-secret-of-at-least-32-characters!', booking.id);
    expect(room).not.toContain(booking.id);
    expect(state.tokens.map((t) => [t.room, t.identity, t.isAdmitted])).toEqual([
      [room, clientIdentityOf(booking.id), false],
      [room, 'counsellor:c1', true],
    ]);
  });
});

describe('admission, ending and the phone fallback', () => {
  it('admits only a client who is in the room, and remembers it for the next token', async () => {
    const { gateway, state } = recordingGateway();
    const open = beforeStart(5);
    recordVideoConsent(deps(open, gateway), client(), booking.id);
    await expect(admitClient(deps(open, gateway), counsellor, booking.id)).rejects.toMatchObject({
      reason: 'client_not_waiting',
    });
    state.present.add(clientIdentityOf(booking.id));
    await expect(admitClient(deps(open, gateway), client(), booking.id)).rejects.toMatchObject({
      code: 'FORBIDDEN',
    });
    await admitClient(deps(open, gateway), counsellor, booking.id);
    expect(state.admitted).toEqual([clientIdentityOf(booking.id)]);
    expect((await joinVideo(deps(open, gateway), client(), booking.id)).isAdmitted).toBe(true);
  });

  it('ends the session for everyone: the room is deleted and no new token is issued', async () => {
    const { gateway, state } = recordingGateway();
    const open = beforeStart(5);
    await endVideoSession(deps(open, gateway), counsellor, booking.id);
    expect(state.deleted).toHaveLength(1);
    await expect(joinVideo(deps(open, gateway), counsellor, booking.id)).rejects.toMatchObject({
      reason: 'video_ended',
    });
  });

  it('moves a failed session to the phone and shows the counsellor the number', () => {
    const { gateway } = recordingGateway();
    const open = beforeStart(5);
    // The number as stored (normalised to E.164 when booked).
    expect(switchToPhone(deps(open, gateway), client(), booking.id, undefined)).toEqual({
      phone: '+492111234567',
    });
    expect(videoStatus(deps(open, gateway), counsellor, booking.id)).toMatchObject({
      fallbackPhone: '+492111234567',
    });
  });
});

describe('presence from LiveKit webhooks', () => {
  it('tracks the client waiting, in session and gone; duplicates count once', async () => {
    const { gateway, state } = recordingGateway();
    const open = beforeStart(5);
    const status = () => videoStatus(deps(open, gateway), counsellor, booking.id).presence;
    expect(status()).toBe('never_joined');
    const joined = {
      id: 'evt-1',
      event: 'participant_joined',
      participantIdentity: clientIdentityOf(booking.id),
    };
    expect(recordClientPresence(db, joined, open)).toBe(true);
    expect(recordClientPresence(db, joined, open)).toBe(false);
    expect(status()).toBe('waiting');
    state.present.add(clientIdentityOf(booking.id));
    await admitClient(deps(open, gateway), counsellor, booking.id);
    expect(status()).toBe('in_session');
    recordClientPresence(db, { ...joined, id: 'evt-2', event: 'participant_left' }, open);
    expect(status()).toBe('left');
    const other = {
      id: 'evt-3',
      event: 'participant_joined',
      participantIdentity: 'counsellor:c1',
    };
    expect(recordClientPresence(db, other, open)).toBe(false);
  });

  it('announces a waiting client at once, but nobody admitted, left or not a client', async () => {
    const { gateway, state } = recordingGateway();
    const announce = (event: string, participantIdentity: string) =>
      announceWaitingClient(deps(beforeStart(5), gateway), {
        id: `evt-${event}`,
        event,
        participantIdentity,
      });
    const identity = clientIdentityOf(booking.id);
    expect(await announce('participant_left', identity)).toBe(false);
    expect(await announce('participant_joined', 'counsellor:c1')).toBe(false);
    expect(await announce('participant_joined', clientIdentityOf('no-such-booking'))).toBe(false);
    expect(await announce('participant_joined', identity)).toBe(true);
    expect(state.announced).toEqual([identity]);
    state.present.add(identity);
    await admitClient(deps(beforeStart(5), gateway), counsellor, booking.id);
    expect(await announce('participant_joined', identity)).toBe(false);
    expect(state.announced).toEqual([identity]);
  });
});
