import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  isoWeekdayOf,
  localDateOf,
  localDayClock,
  wallTimeOf,
  wallTimeToMinutes,
} from '@/lib/calendar/local-date';
import { slotInputArb } from './slot-arbitrary';
import type { Slot, SlotInput, WeeklyRule } from './slot-types';
import { listOpenSlots } from './slots';

// Properties of the engine on its own, over the same small random inputs as the oracle test.
const runs = { numRuns: 1_000, seed: 20_261_025 };
const minuteMs = 60_000;

function officeOf(input: SlotInput, slot: Slot) {
  const office = input.offices.find((o) => o.id === slot.officeId);
  if (!office) throw new Error(`unknown office ${slot.officeId}`);
  return office;
}

/** Whether `rule` (of a counsellor) covers the slot on the grid of the query. */
function ruleCovers(rule: WeeklyRule, slot: Slot, input: SlotInput): boolean {
  const zone = officeOf(input, slot).timeZone;
  const date = localDateOf(new Date(slot.start), zone);
  const clock = localDayClock(date, zone);
  const startMinute = wallTimeToMinutes(wallTimeOf(new Date(slot.start), zone));
  const offset = startMinute - wallTimeToMinutes(rule.startTime);
  return (
    rule.officeId === slot.officeId &&
    rule.weekday === isoWeekdayOf(date) &&
    rule.validFrom <= date &&
    (rule.validTo === null || date <= rule.validTo) &&
    rule.channels.includes(input.query.channel) &&
    offset >= 0 &&
    offset % (input.query.stepMinutes ?? 30) === 0 &&
    slot.end <= clock.boundaryOf(wallTimeToMinutes(rule.endTime))
  );
}

describe('listOpenSlots properties', () => {
  it('offers each office and start once, sorted, with sorted non-empty counsellor lists', () => {
    fc.assert(
      fc.property(slotInputArb, (input) => {
        const slots = listOpenSlots(input);
        const keys = slots.map((s) => `${s.start} ${s.officeId}`);
        expect(new Set(keys).size).toBe(keys.length);
        for (let i = 1; i < slots.length; i++) {
          const [a, b] = [slots[i - 1]!, slots[i]!];
          expect(a.start < b.start || (a.start === b.start && a.officeId < b.officeId)).toBe(true);
        }
        for (const slot of slots) {
          expect(slot.end - slot.start).toBe(input.query.durationMinutes * minuteMs);
          expect(slot.counsellorIds.length).toBeGreaterThan(0);
          expect(slot.counsellorIds).toEqual([...new Set(slot.counsellorIds)].sort());
        }
      }),
      runs,
    );
  });

  it('offers a slot only inside a rule of each listed counsellor, within notice and horizon', () => {
    fc.assert(
      fc.property(slotInputArb, (input) => {
        const now = input.query.now.getTime();
        for (const slot of listOpenSlots(input)) {
          const office = officeOf(input, slot);
          expect(slot.start).toBeGreaterThanOrEqual(now + office.minNoticeMinutes * minuteMs);
          expect(slot.start).toBeLessThan(now + office.bookingHorizonDays * 1440 * minuteMs);
          expect(input.holidays.has(localDateOf(new Date(slot.start), office.timeZone))).toBe(
            false,
          );
          for (const id of slot.counsellorIds) {
            const counsellor = input.counsellors.find((c) => c.id === id);
            expect(counsellor?.officeIds.has(slot.officeId)).toBe(true);
            expect(counsellor?.rules.some((rule) => ruleCovers(rule, slot, input))).toBe(true);
          }
        }
      }),
      runs,
    );
  });

  it('no longer offers a slot to a counsellor once it is busy for them', () => {
    fc.assert(
      fc.property(slotInputArb, fc.nat(), fc.nat(), (input, slotPick, idPick) => {
        const slots = listOpenSlots(input);
        fc.pre(slots.length > 0);
        const slot = slots[slotPick % slots.length]!;
        const id = slot.counsellorIds[idPick % slot.counsellorIds.length]!;
        const booked = input.counsellors.map((c) =>
          c.id === id ? { ...c, busy: [...c.busy, { start: slot.start, end: slot.end }] } : c,
        );
        const again = listOpenSlots({ ...input, counsellors: booked });
        const same = again.find((s) => s.officeId === slot.officeId && s.start === slot.start);
        expect(same?.counsellorIds ?? []).not.toContain(id);
        expect(same?.counsellorIds ?? []).toEqual(slot.counsellorIds.filter((c) => c !== id));
      }),
      runs,
    );
  });

  it('only gains slots when busy time and absences are removed', () => {
    fc.assert(
      fc.property(slotInputArb, (input) => {
        const free = input.counsellors.map((c) => ({ ...c, busy: [], absences: [] }));
        const relaxed = listOpenSlots({ ...input, counsellors: free });
        for (const slot of listOpenSlots(input)) {
          const wider = relaxed.find((s) => s.officeId === slot.officeId && s.start === slot.start);
          expect(wider?.counsellorIds).toEqual(expect.arrayContaining(slot.counsellorIds));
        }
      }),
      runs,
    );
  });

  it('gives a follow-up query exactly the slots that list that counsellor', () => {
    fc.assert(
      fc.property(slotInputArb, fc.constantFrom('c1', 'c2', 'c3'), (input, id) => {
        const all = listOpenSlots({ ...input, query: { ...input.query, counsellorId: undefined } });
        const expected = all
          .filter((s) => s.counsellorIds.includes(id))
          .map((s) => ({ ...s, counsellorIds: [id] }));
        const followUp = listOpenSlots({ ...input, query: { ...input.query, counsellorId: id } });
        expect(followUp).toEqual(expected);
      }),
      runs,
    );
  });
});
