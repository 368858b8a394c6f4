import type { DemandRows, ReferralRow } from '@/db/queries/dashboard';
import type { StaffingRows } from '@/db/queries/dashboard-scope';
import { channels, providerIds, type Channel, type ProviderId } from '@/db/schema/enums';
import { offeredMilliseconds } from '@/lib/booking/offered-time';
import { localDayClocks, type LocalDayClock } from '@/lib/calendar/local-date';
import { groupBy } from '@/lib/collections';
import { medianOf, rate, sumBy, type Bucket } from './statistics';

/**
 * The dashboard's figures for one scope and period. Definitions (README "Dashboard"):
 * - booked: appointments in the period not cancelled (confirmed, completed, no-show);
 * - no-show rate: no-shows / (completed + no-shows), the appointments with an outcome;
 * - cancellation rate: cancelled / all appointments of the period (cancelled included);
 * - wait: local days from the day of booking to the appointment's day (booked ones);
 * - first free slot: local days from an hourly snapshot's day to the first bookable slot
 *   of the office and channel; snapshots that found none are counted apart;
 * - utilisation: booked minutes / offered minutes (rules minus absences and holidays);
 * - referrals: referrals created in the period (local dates), per direction between the
 *   providers; unlike the others by the day of the referral, not of an appointment.
 * New sections are added here and in `dashboardTables` (tables.ts).
 */
export type ChannelFigures = {
  channel: Channel;
  booked: number;
  completed: number;
  noShows: number;
  cancelled: number;
  share: number | null;
  noShowRate: number | null;
  cancellationRate: number | null;
  medianWaitDays: number | null;
  medianFirstSlotDays: number | null;
  snapshotsWithoutSlot: number;
};

export type ProviderFigures = { providerId: ProviderId; channel: Channel; booked: number };

export type OfficeChannelFigures = {
  officeId: string;
  officeName: string;
  channel: Channel;
  booked: number;
  medianWaitDays: number | null;
  medianFirstSlotDays: number | null;
};

export type CounsellorFigures = {
  counsellorId: string;
  name: string;
  bookedMinutes: number;
  offeredMinutes: number;
  utilisation: number | null;
};

export type LanguageFigures = { language: string; requested: number; counsellors: number };

export type ReferralFigures = {
  fromProviderId: ProviderId;
  toProviderId: ProviderId;
  referrals: number;
};

export type DashboardFigures = {
  period: { from: string; to: string };
  totals: {
    booked: number;
    cancelled: number;
    noShows: number;
    videoShare: number | null;
    phoneShare: number | null;
    noShowRate: number | null;
    medianWaitDays: number | null;
    utilisation: number | null;
    referrals: number;
  };
  channels: ChannelFigures[];
  providers: ProviderFigures[];
  offices: OfficeChannelFigures[];
  counsellors: CounsellorFigures[];
  languages: LanguageFigures[];
  referrals: ReferralFigures[];
};

const minuteMs = 60_000;

export function buildFigures(
  period: { from: string; to: string },
  demand: DemandRows,
  staffing: StaffingRows,
  referralRows: readonly ReferralRow[],
): DashboardFigures {
  const statusCount = (channel: Channel | null, status: string) =>
    demand.bookings
      .filter((r) => (channel === null || r.channel === channel) && r.status === status)
      .reduce((n, r) => n + r.bookings, 0);
  const bookedOf = (channel: Channel | null) =>
    ['confirmed', 'completed', 'no_show'].reduce((n, s) => n + statusCount(channel, s), 0);
  const booked = bookedOf(null);
  const waitBuckets = (pick: (r: DemandRows['waits'][number]) => boolean): Bucket[] =>
    demand.waits.filter(pick).map((r) => ({ value: r.waitDays, count: r.bookings }));
  const slotBuckets = (pick: (r: DemandRows['firstSlots'][number]) => boolean): Bucket[] =>
    demand.firstSlots
      .filter((r) => r.waitDays >= 0 && pick(r))
      .map((r) => ({ value: r.waitDays, count: r.snapshots }));

  const channelFigures = channels.map((channel): ChannelFigures => {
    const completed = statusCount(channel, 'completed');
    const noShows = statusCount(channel, 'no_show');
    const cancelled = statusCount(channel, 'cancelled');
    const channelBooked = bookedOf(channel);
    return {
      channel,
      booked: channelBooked,
      completed,
      noShows,
      cancelled,
      share: rate(channelBooked, booked),
      noShowRate: rate(noShows, completed + noShows),
      cancellationRate: rate(cancelled, channelBooked + cancelled),
      medianWaitDays: medianOf(waitBuckets((r) => r.channel === channel)),
      medianFirstSlotDays: medianOf(slotBuckets((r) => r.channel === channel)),
      snapshotsWithoutSlot: demand.firstSlots
        .filter((r) => r.channel === channel && r.waitDays < 0)
        .reduce((n, r) => n + r.snapshots, 0),
    };
  });
  const counsellors = utilisationOf(period, demand, staffing);
  const bookedMinutes = counsellors.reduce((n, c) => n + c.bookedMinutes, 0);
  const offeredMinutes = counsellors.reduce((n, c) => n + c.offeredMinutes, 0);
  const noShows = statusCount(null, 'no_show');
  const referrals = referralFiguresOf(referralRows);
  return {
    period,
    totals: {
      booked,
      cancelled: statusCount(null, 'cancelled'),
      noShows,
      videoShare: rate(bookedOf('video'), booked),
      phoneShare: rate(bookedOf('phone'), booked),
      noShowRate: rate(noShows, noShows + statusCount(null, 'completed')),
      medianWaitDays: medianOf(waitBuckets(() => true)),
      utilisation: rate(bookedMinutes, offeredMinutes),
      referrals: referrals.reduce((n, r) => n + r.referrals, 0),
    },
    channels: channelFigures,
    providers: providerFiguresOf(demand, staffing),
    offices: officeFiguresOf(demand, staffing),
    counsellors,
    languages: languageFiguresOf(demand, staffing),
    referrals,
  };
}

/** Both directions always, so a period without referrals reads as 0 rather than nothing. */
function referralFiguresOf(rows: readonly ReferralRow[]): ReferralFigures[] {
  return providerIds.flatMap((fromProviderId) =>
    providerIds
      .filter((toProviderId) => toProviderId !== fromProviderId)
      .map((toProviderId) => ({
        fromProviderId,
        toProviderId,
        referrals: rows
          .filter((r) => r.fromProviderId === fromProviderId && r.toProviderId === toProviderId)
          .reduce((n, r) => n + r.referrals, 0),
      })),
  );
}

function providerFiguresOf(demand: DemandRows, staffing: StaffingRows): ProviderFigures[] {
  const providerOf = new Map(staffing.offices.map((o) => [o.id, o.providerId]));
  const sums = sumBy(
    demand.bookings.filter((r) => r.status !== 'cancelled'),
    (r) => `${providerOf.get(r.officeId)}|${r.channel}`,
    (r) => r.bookings,
  );
  // A provider without any booking in the scope (a team of one provider) is left out.
  const present = providerIds.filter((id) => channels.some((c) => sums.has(`${id}|${c}`)));
  return present.flatMap((providerId) =>
    channels.map((channel) => ({
      providerId,
      channel,
      booked: sums.get(`${providerId}|${channel}`) ?? 0,
    })),
  );
}

function officeFiguresOf(demand: DemandRows, staffing: StaffingRows): OfficeChannelFigures[] {
  const key = (r: { officeId: string; channel: Channel }) => `${r.officeId}|${r.channel}`;
  const booked = sumBy(
    demand.bookings.filter((r) => r.status !== 'cancelled'),
    key,
    (r) => r.bookings,
  );
  const waits = groupBy(demand.waits, key);
  const slots = groupBy(
    demand.firstSlots.filter((r) => r.waitDays >= 0),
    key,
  );
  const seen = new Set([...booked.keys(), ...demand.firstSlots.map(key)]);
  return staffing.offices.flatMap((office) =>
    channels
      .filter((channel) => seen.has(`${office.id}|${channel}`))
      .map((channel) => {
        const id = `${office.id}|${channel}`;
        return {
          officeId: office.id,
          officeName: office.name,
          channel,
          booked: booked.get(id) ?? 0,
          medianWaitDays: medianOf(
            (waits.get(id) ?? []).map((r) => ({ value: r.waitDays, count: r.bookings })),
          ),
          medianFirstSlotDays: medianOf(
            (slots.get(id) ?? []).map((r) => ({ value: r.waitDays, count: r.snapshots })),
          ),
        };
      }),
  );
}

function utilisationOf(
  period: { from: string; to: string },
  demand: DemandRows,
  staffing: StaffingRows,
): CounsellorFigures[] {
  const zoneOf = new Map(staffing.offices.map((o) => [o.id, o.timeZone]));
  const holidays = new Set(staffing.holidays);
  // One clock per local day and zone for everyone: making them costs more than using them.
  const clocksOf = new Map<string, LocalDayClock[]>();
  const clocksIn = (zone: string) => {
    let clocks = clocksOf.get(zone);
    if (!clocks) clocksOf.set(zone, (clocks = localDayClocks(period.from, period.to, zone)));
    return clocks;
  };
  const rulesOf = groupBy(staffing.rules, (r) => r.staffId);
  const absencesOf = groupBy(staffing.absences, (a) => a.staffId);
  const minutes = sumBy(
    demand.counsellorMinutes,
    (r) => r.counsellorId,
    (r) => r.minutes,
  );
  return (
    staffing.counsellors
      .map((counsellor) => {
        const absences = (absencesOf.get(counsellor.id) ?? []).map((a) => ({
          start: Date.parse(a.startsAt),
          end: Date.parse(a.endsAt),
        }));
        // Rules are read in their office's zone; an absence covers every office.
        const byZone = groupBy(
          rulesOf.get(counsellor.id) ?? [],
          (r) => zoneOf.get(r.officeId) ?? 'Europe/Berlin',
        );
        let offeredMs = 0;
        for (const [zone, rules] of byZone) {
          offeredMs += offeredMilliseconds({ rules, clocks: clocksIn(zone), holidays, absences });
        }
        const offeredMinutes = Math.round(offeredMs / minuteMs);
        const bookedMinutes = minutes.get(counsellor.id) ?? 0;
        return {
          counsellorId: counsellor.id,
          name: counsellor.name,
          bookedMinutes,
          offeredMinutes,
          utilisation: rate(bookedMinutes, offeredMinutes),
        };
      })
      // Members who neither offer nor take appointments (a lead who does not counsel).
      .filter((c) => c.offeredMinutes > 0 || c.bookedMinutes > 0)
      .sort((a, b) => a.name.localeCompare(b.name, 'de'))
  );
}

function languageFiguresOf(demand: DemandRows, staffing: StaffingRows): LanguageFigures[] {
  const requested = sumBy(
    demand.languages,
    (r) => r.language,
    (r) => r.bookings,
  );
  const speakers = sumBy(
    staffing.languages,
    (r) => r.language,
    () => 1,
  );
  const languages = new Set([...requested.keys(), ...speakers.keys()]);
  return [...languages]
    .map((language) => ({
      language,
      requested: requested.get(language) ?? 0,
      counsellors: speakers.get(language) ?? 0,
    }))
    .sort((a, b) => b.requested - a.requested || a.language.localeCompare(b.language));
}
