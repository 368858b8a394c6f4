import { describe, expect, it } from 'vitest';
import { clientPresenceOf, isNoShowCandidate, joinRefusalOf } from './session-rules';

const booking = {
  channel: 'video',
  status: 'confirmed',
  startsAt: '2026-03-29T08:00:00.000Z',
  endsAt: '2026-03-29T09:00:00.000Z',
};
const at = (iso: string) => new Date(iso);

describe('joinRefusalOf', () => {
  it('opens 15 minutes before the start and closes 30 minutes after the end', () => {
    expect(joinRefusalOf(booking, [], at('2026-03-29T07:44:59Z'))).toEqual({
      reason: 'video_not_open_yet',
      opensAt: '2026-03-29T07:45:00.000Z',
    });
    expect(joinRefusalOf(booking, [], at('2026-03-29T07:45:00Z'))).toBeNull();
    expect(joinRefusalOf(booking, [], at('2026-03-29T09:30:00Z'))).toBeNull();
    expect(joinRefusalOf(booking, [], at('2026-03-29T09:30:01Z'))).toEqual({
      reason: 'video_closed',
    });
  });

  it('refuses other channels, cancelled bookings and ended sessions', () => {
    const now = at('2026-03-29T08:10:00Z');
    expect(joinRefusalOf({ ...booking, channel: 'phone' }, [], now)).toEqual({
      reason: 'not_video',
    });
    expect(joinRefusalOf({ ...booking, status: 'cancelled' }, [], now)).toEqual({
      reason: 'booking_not_active',
    });
    expect(joinRefusalOf(booking, [{ type: 'video_ended' }], now)).toEqual({
      reason: 'video_ended',
    });
  });
});

describe('presence and no-shows', () => {
  it('proposes a no-show only when the client never joined and the window has closed', () => {
    const after = at('2026-03-29T09:31:00Z');
    expect(isNoShowCandidate(booking, [], after)).toBe(true);
    expect(isNoShowCandidate(booking, [], at('2026-03-29T09:00:00Z'))).toBe(false);
    expect(isNoShowCandidate(booking, [{ type: 'video_client_joined' }], after)).toBe(false);
    expect(clientPresenceOf([{ type: 'video_client_joined' }])).toBe('waiting');
  });
});
