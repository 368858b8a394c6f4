import { createHash } from 'node:crypto';
import type { BookingStatus, Channel } from '@/db/schema/enums';
import {
  addDaysToLocalDate,
  eachLocalDate,
  isoWeekdayOf,
  zonedWallTimeToUtc,
} from '@/lib/calendar/local-date';
import { groupBy } from '@/lib/collections';
import { demoServices } from './services';
import type { DemoContext, DemoData } from './types';

type BookingData = Pick<DemoData, 'clients' | 'bookings' | 'bookingEvents'>;
type Input = Pick<
  DemoData,
  | 'staff'
  | 'availabilityRules'
  | 'availabilityRuleChannels'
  | 'counsellorServices'
  | 'counsellorLanguages'
  | 'absences'
  | 'meetingPoints'
  | 'offices'
>;

const minute = 60_000;

/** Fuller soon, emptier later, so every office keeps free slots in the next 8 weeks. */
function bookingProbability(daysFromToday: number): number {
  if (daysFromToday < 0) return 0.55;
  if (daysFromToday < 7) return 0.45;
  if (daysFromToday < 21) return 0.3;
  if (daysFromToday < 42) return 0.15;
  return 0.05;
}

export function generateBookings(ctx: DemoContext, input: Input): BookingData {
  const data: BookingData = { clients: [], bookings: [], bookingEvents: [] };
  const rulesByStaff = groupBy(input.availabilityRules, (r) => r.staffId);
  const channelsByRule = groupBy(input.availabilityRuleChannels, (r) => r.ruleId);
  const servicesByStaff = groupBy(input.counsellorServices, (r) => r.staffId);
  const languagesByStaff = groupBy(input.counsellorLanguages, (r) => r.staffId);
  const absencesByStaff = groupBy(input.absences, (a) => a.staffId);
  const pointsByOffice = groupBy(input.meetingPoints, (p) => p.officeId);
  const bufferByOffice = new Map(input.offices.map((o) => [o.id, o.bufferMinutes ?? 10]));
  // Five weeks of history: the dashboard's default period (four weeks) reads full.
  const pastDays = ctx.scale.pastDays ?? 35;
  const dates = eachLocalDate(
    addDaysToLocalDate(ctx.today, -pastDays),
    addDaysToLocalDate(ctx.today, ctx.scale.futureDays ?? 56),
  );

  for (const person of input.staff) {
    const rules = rulesByStaff.get(person.id) ?? [];
    const serviceIds = new Set((servicesByStaff.get(person.id) ?? []).map((s) => s.serviceId));
    const services = demoServices.filter((s) => serviceIds.has(s.id));
    const languages = (languagesByStaff.get(person.id) ?? []).map((l) => l.language);
    const absences = absencesByStaff.get(person.id) ?? [];
    dates.forEach((date, index) => {
      if (ctx.holidays.has(date)) return;
      const daysFromToday = index - pastDays;
      for (const rule of rules) {
        if (rule.weekday !== isoWeekdayOf(date)) continue;
        const start = zonedWallTimeToUtc(date, rule.startTime, ctx.zone);
        const end = zonedWallTimeToUtc(date, rule.endTime, ctx.zone);
        if (!start || !end) continue;
        const ruleChannels = (channelsByRule.get(rule.id) ?? []).map((c) => c.channel);
        const buffer = (bufferByOffice.get(rule.officeId) ?? 10) * minute;
        let cursor = start.getTime();
        while (cursor < end.getTime()) {
          const options = services.flatMap((s) =>
            ruleChannels
              .filter((c) => s.minutes[c])
              .map((c) => ({ service: s, channel: c, minutes: s.minutes[c] ?? 0 })),
          );
          if (options.length === 0) break;
          const pick = ctx.faker.helpers.arrayElement(options);
          const slotEnd = cursor + pick.minutes * minute;
          if (slotEnd > end.getTime()) break;
          const blocked = absences.some(
            (a) => Date.parse(a.startsAt) < slotEnd && cursor < Date.parse(a.endsAt),
          );
          if (
            !blocked &&
            ctx.faker.number.float() < (ctx.scale.bookedShare ?? bookingProbability(daysFromToday))
          ) {
            addBooking(ctx, data, {
              counsellorId: person.id,
              officeId: rule.officeId,
              serviceId: pick.service.id,
              channel: pick.channel,
              start: cursor,
              end: slotEnd,
              languages,
              meetingPoints: (pointsByOffice.get(rule.officeId) ?? []).map((p) => p.id),
            });
          }
          cursor = slotEnd + buffer;
        }
      }
    });
  }
  return data;
}

type Slot = {
  counsellorId: string;
  officeId: string;
  serviceId: string;
  channel: Channel;
  start: number;
  end: number;
  languages: string[];
  meetingPoints: string[];
};

function statusFor(ctx: DemoContext, slot: Slot): BookingStatus {
  const roll = ctx.faker.number.float();
  if (slot.end <= ctx.now.getTime()) {
    return roll < 0.84 ? 'completed' : roll < 0.93 ? 'no_show' : 'cancelled';
  }
  return roll < 0.95 ? 'confirmed' : 'cancelled';
}

function clientFor(ctx: DemoContext, data: BookingData, channel: Channel, createdAt: string) {
  const existing = data.clients.length > 20 && ctx.faker.number.float() < 0.15;
  if (existing) return ctx.faker.helpers.arrayElement(data.clients).id;
  const firstName = ctx.faker.person.firstName();
  const lastName = ctx.faker.person.lastName();
  const id = ctx.faker.string.uuid();
  const wantsPhone = channel === 'phone' || ctx.faker.number.float() < 0.3;
  data.clients.push({
    id,
    createdAt,
    name: `${firstName} ${lastName}`,
    email: ctx.faker.internet.email({ firstName, lastName, provider: 'example.org' }).toLowerCase(),
    phone: wantsPhone ? ctx.faker.phone.number({ style: 'international' }) : null,
    preferredLanguage: ctx.faker.helpers.weightedArrayElement([
      { value: 'de', weight: 85 },
      { value: 'en', weight: 15 },
    ]),
  });
  return id;
}

function addBooking(ctx: DemoContext, data: BookingData, slot: Slot) {
  const leadDays = ctx.faker.number.int({ min: 1, max: 21 });
  const created = new Date(Math.min(slot.start - leadDays * 86_400_000, ctx.now.getTime()));
  const createdAt = created.toISOString();
  const id = ctx.faker.string.uuid();
  const status = statusFor(ctx, slot);
  const otherLanguages = slot.languages.filter((l) => l !== 'de');
  const language =
    otherLanguages.length && ctx.faker.number.float() < 0.15
      ? ctx.faker.helpers.arrayElement(otherLanguages)
      : 'de';
  const token = ctx.faker.string.alphanumeric(43);
  data.bookings.push({
    id,
    status,
    language,
    createdAt,
    updatedAt: createdAt,
    serviceId: slot.serviceId,
    channel: slot.channel,
    officeId: slot.officeId,
    counsellorId: slot.counsellorId,
    clientId: clientFor(ctx, data, slot.channel, createdAt),
    meetingPointId:
      slot.channel === 'walk_and_talk' ? ctx.faker.helpers.arrayElement(slot.meetingPoints) : null,
    startsAt: new Date(slot.start).toISOString(),
    endsAt: new Date(slot.end).toISOString(),
    manageTokenHash: createHash('sha256').update(token).digest('hex'),
  });
  data.bookingEvents.push({
    bookingId: id,
    type: 'created',
    actorType: 'client',
    actorId: null,
    data: { channel: slot.channel },
    occurredAt: createdAt,
  });
  if (status !== 'confirmed') {
    const cancelledAt = Math.min(created.getTime() + 86_400_000, slot.start, ctx.now.getTime());
    const at = new Date(status === 'cancelled' ? cancelledAt : slot.end).toISOString();
    data.bookingEvents.push({
      bookingId: id,
      type: status,
      actorType: status === 'cancelled' ? 'client' : 'staff',
      actorId: status === 'cancelled' ? null : slot.counsellorId,
      data: {},
      occurredAt: at,
    });
  }
}
