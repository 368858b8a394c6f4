import type { PublicSlot } from '@/lib/booking/service-slots';

/**
 * Free slots grouped for the picker: by local date, then morning and afternoon. Slot
 * times carry the office's offset (e.g. 2026-06-02T09:00:00+02:00), so the local date
 * and wall-clock time are the string's own parts; no zone conversion needed here.
 */
export type SlotTime = { start: string; end: string; time: string; endTime: string };
export type SlotDay = { date: string; morning: SlotTime[]; afternoon: SlotTime[]; count: number };

export function groupSlotsByDay(slots: PublicSlot[]): SlotDay[] {
  const days = new Map<string, SlotDay>();
  for (const slot of slots) {
    const date = slot.start.slice(0, 10);
    const day = days.get(date) ?? { date, morning: [], afternoon: [], count: 0 };
    const time = slot.start.slice(11, 16);
    const entry = { start: slot.start, end: slot.end, time, endTime: slot.end.slice(11, 16) };
    (time < '12:00' ? day.morning : day.afternoon).push(entry);
    day.count += 1;
    days.set(date, day);
  }
  return [...days.values()].sort((a, b) => a.date.localeCompare(b.date));
}

/** The requested day when it has free slots, else the first day that has. */
export function pickDay(days: SlotDay[], requested?: string): SlotDay | undefined {
  return days.find((d) => d.date === requested) ?? days[0];
}
