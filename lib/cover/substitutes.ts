import { countConfirmedByCounsellor } from '@/db/queries/cover';
import type { Channel } from '@/db/schema/enums';
import type { Executor } from '@/db/transaction';
import { requireOffice } from '@/lib/booking/context';
import { computeSlots } from '@/lib/booking/service-slots';
import { addDaysToLocalDate, localDateOf, startOfLocalDay } from '@/lib/calendar/local-date';

/** The appointment to cover: what a substitute must be able to take over. */
export type CoverTarget = {
  id: string;
  serviceId: string;
  channel: Channel;
  officeId: string;
  language: string;
  counsellorId: string;
  startsAt: string;
  endsAt: string;
};

export type SubstituteCandidate = { id: string; name: string };
export type Substitute = SubstituteCandidate & { dayLoad: number };

/**
 * Least loaded that day first (spreads the extra work), then by name so the order is
 * stable for the lead; ids break exact ties.
 */
export function rankSubstitutes(substitutes: readonly Substitute[]): Substitute[] {
  return [...substitutes].sort(
    (a, b) => a.dayLoad - b.dayLoad || a.name.localeCompare(b.name, 'de') || (a.id < b.id ? -1 : 1),
  );
}

/**
 * Which of `candidates` could take the appointment over, best first. "Free" is the slot
 * engine's own notion, asked for exactly this appointment: skilled for its service,
 * channel, office and language, a weekly block at that office and channel covering the
 * time, no absence, no other booking or hold within the office buffer. The grid is one
 * minute so a colleague whose blocks start at another wall-clock minute still counts, and
 * the notice rule is ignored: cover is often needed at short notice.
 */
export function findSubstitutes(
  ex: Executor,
  target: CoverTarget,
  candidates: readonly SubstituteCandidate[],
  now: Date,
): Substitute[] {
  const others = candidates.filter((c) => c.id !== target.counsellorId);
  if (others.length === 0 || Date.parse(target.startsAt) <= now.getTime()) return [];
  const office = requireOffice(ex, target.officeId);
  const date = localDateOf(new Date(target.startsAt), office.timeZone);
  const start = Date.parse(target.startsAt);
  const minutes = Math.round((Date.parse(target.endsAt) - start) / 60_000);
  const slot = computeSlots(ex, {
    office: { ...office, slotStepMinutes: 1 },
    serviceId: target.serviceId,
    channel: target.channel,
    minutes,
    fromDate: date,
    toDate: date,
    now,
    language: target.language,
    ownBookingId: target.id,
    ignoreMinNotice: true,
  }).find((s) => s.start === start);
  const free = new Set(slot?.counsellorIds ?? []);
  const matching = others.filter((c) => free.has(c.id));
  const load = countConfirmedByCounsellor(
    ex,
    matching.map((c) => c.id),
    startOfLocalDay(date, office.timeZone).toISOString(),
    startOfLocalDay(addDaysToLocalDate(date, 1), office.timeZone).toISOString(),
  );
  return rankSubstitutes(matching.map((c) => ({ ...c, dayLoad: load.get(c.id) ?? 0 })));
}
