import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookings } from '@/db/schema/booking';
import { isAppError } from '@/lib/errors';
import { createBookingSchema } from './schemas';
import { createBooking, type CreatedBooking } from './service-create';
import { holdSlot } from './service-hold';
import { cancelBooking, rescheduleBooking } from './service-manage';
import { listSlots } from './service-slots';
import { byLink, createFixtureDatabase, fixtureDeps, fixtureNow } from './test-fixture';

const channels = ['presence', 'phone', 'video', 'walk_and_talk'] as const;
type Op =
  | { kind: 'book'; channel: (typeof channels)[number]; pick: number }
  | { kind: 'hold'; channel: (typeof channels)[number]; pick: number }
  | { kind: 'reschedule'; target: number; pick: number }
  | { kind: 'cancel'; target: number };

const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('book' as const),
    channel: fc.constantFrom(...channels),
    pick: fc.nat(),
  }),
  fc.record({
    kind: fc.constant('hold' as const),
    channel: fc.constantFrom(...channels),
    pick: fc.nat(),
  }),
  fc.record({ kind: fc.constant('reschedule' as const), target: fc.nat(), pick: fc.nat() }),
  fc.record({ kind: fc.constant('cancel' as const), target: fc.nat() }),
);

function noOverlaps(db: Database) {
  const rows = db
    .select()
    .from(bookings)
    .all()
    .filter((b) => b.status === 'confirmed');
  for (const a of rows) {
    for (const b of rows) {
      if (a.id !== b.id && a.counsellorId === b.counsellorId) {
        expect(a.startsAt < b.endsAt && b.startsAt < a.endsAt, `${a.id} overlaps ${b.id}`).toBe(
          false,
        );
      }
    }
  }
}

const expectedRefusals = new Set([
  'reschedule_limit',
  'change_window_closed',
  'booking_not_active',
]);

describe('booking operations (property)', () => {
  it('never double-book, and every offered slot can actually be booked', () => {
    fc.assert(
      fc.property(fc.array(opArb, { minLength: 1, maxLength: 14 }), (ops) => {
        const db = createFixtureDatabase();
        const deps = fixtureDeps(db, fixtureNow);
        const made: CreatedBooking[] = [];
        let n = 0;
        for (const op of ops) {
          n += 1;
          if (op.kind === 'book' || op.kind === 'hold') {
            const query = {
              serviceId: 'svc-a',
              channel: op.channel,
              officeId: 'office-a',
              to: '2026-12-02',
            };
            const { slots } = listSlots(deps, query);
            if (slots.length === 0) continue;
            const slot = slots[op.pick % slots.length]!;
            if (op.kind === 'hold') {
              holdSlot(deps, { ...query, start: slot.start });
              continue;
            }
            // Offered means bookable: this must not throw.
            const body = createBookingSchema.parse({
              ...query,
              start: slot.start,
              meetingPointId: op.channel === 'walk_and_talk' ? 'mp-a' : undefined,
              client: { name: 'Test Person', email: `p${n}@example.org`, phone: '0211 1234567' },
              privacyConsent: true,
            });
            made.push(createBooking(deps, body));
          } else if (made.length > 0) {
            const target = made[op.target % made.length]!;
            try {
              if (op.kind === 'cancel')
                cancelBooking(deps, target.id, byLink(target.manageToken), {});
              else {
                const { slots } = listSlots(deps, {
                  serviceId: 'svc-a',
                  channel: target.channel,
                  officeId: 'office-a',
                  to: '2026-12-03',
                });
                if (slots.length)
                  rescheduleBooking(deps, target.id, byLink(target.manageToken), {
                    start: slots[op.pick % slots.length]!.start,
                  });
              }
            } catch (error) {
              if (!isAppError(error) || !expectedRefusals.has(error.reason ?? '')) throw error;
            }
          }
          noOverlaps(db);
        }
        db.$client.close();
      }),
      { numRuns: 60, seed: 4242 },
    );
  });
});
