import type { ScheduleRows } from '@/db/queries/schedule';
import { groupBy } from '@/lib/collections';
import type { CounsellorSchedule, Interval, SlotInput, SlotQuery } from './slot-types';

const toInterval = (row: { startsAt: string; endsAt: string }): Interval => ({
  start: Date.parse(row.startsAt),
  end: Date.parse(row.endsAt),
});

const byStart = (a: Interval, b: Interval) => a.start - b.start;

/** Turns the rows of one range query into the slot engine's input. */
export function toSlotInput(rows: ScheduleRows, query: SlotQuery): SlotInput {
  const languages = groupBy(rows.languageRows, (l) => l.staffId);
  const rules = groupBy(rows.ruleRows, (r) => r.staffId);
  const absences = groupBy(rows.absenceRows, (a) => a.staffId);
  const busy = groupBy(rows.busyRows, (b) => b.counsellorId);
  const counsellors = new Map<string, CounsellorSchedule & { officeIds: Set<string> }>();
  for (const { id, officeId } of rows.counsellorRows) {
    const existing = counsellors.get(id);
    if (existing) {
      existing.officeIds.add(officeId);
      continue;
    }
    counsellors.set(id, {
      id,
      serviceIds: new Set([query.serviceId]),
      channels: new Set([query.channel]),
      officeIds: new Set([officeId]),
      languages: new Set((languages.get(id) ?? []).map((l) => l.language)),
      rules: (rules.get(id) ?? []).map((r) => ({ ...r, channels: [query.channel] })),
      absences: (absences.get(id) ?? []).map(toInterval).sort(byStart),
      busy: (busy.get(id) ?? []).map(toInterval).sort(byStart),
    });
  }
  return {
    query,
    offices: rows.officeRows.map((o) => ({
      id: o.id,
      timeZone: o.timeZone,
      bufferMinutes: o.bufferMinutes,
      minNoticeMinutes: o.minNoticeMinutes,
      bookingHorizonDays: o.bookingHorizonDays,
    })),
    counsellors: [...counsellors.values()],
    holidays: new Set(rows.holidayRows.map((h) => h.date)),
  };
}
