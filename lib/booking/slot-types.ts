import type { Channel } from '@/db/schema/enums';

/** A half-open interval [start, end) of UTC epoch milliseconds. */
export type Interval = { start: number; end: number };

/** Booking rules of an office that shape its slots. */
export type OfficeSchedule = {
  id: string;
  timeZone: string;
  bufferMinutes: number;
  minNoticeMinutes: number;
  bookingHorizonDays: number;
};

/** A weekly availability rule, in the office's local wall-clock time. */
export type WeeklyRule = {
  officeId: string;
  /** ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** 'HH:MM', inclusive. */
  startTime: string;
  /** 'HH:MM', exclusive; later than startTime on the same day. */
  endTime: string;
  /** Local date 'YYYY-MM-DD', inclusive. */
  validFrom: string;
  /** Local date, inclusive; null = open-ended. */
  validTo: string | null;
  channels: readonly Channel[];
};

/**
 * Everything the engine needs to know about one counsellor. `busy` holds confirmed
 * bookings and other people's slot holds; both get the office buffer around them.
 * `absences` block time exactly (no buffer).
 */
export type CounsellorSchedule = {
  id: string;
  serviceIds: ReadonlySet<string>;
  channels: ReadonlySet<Channel>;
  officeIds: ReadonlySet<string>;
  languages: ReadonlySet<string>;
  rules: readonly WeeklyRule[];
  absences: readonly Interval[];
  busy: readonly Interval[];
};

export type SlotQuery = {
  serviceId: string;
  channel: Channel;
  durationMinutes: number;
  /** Local dates (office zone), inclusive. */
  from: string;
  to: string;
  now: Date;
  /** Only counsellors who speak this language (ISO 639-1). */
  language?: string;
  /** Only this counsellor (follow-up appointments). */
  counsellorId?: string;
  /** Grid of candidate start times in wall-clock minutes from a rule's start. Default 30. */
  stepMinutes?: number;
};

export type SlotInput = {
  query: SlotQuery;
  offices: readonly OfficeSchedule[];
  counsellors: readonly CounsellorSchedule[];
  /** Public holidays (local dates) on which no office opens. */
  holidays: ReadonlySet<string>;
};

/** One bookable start at one office. `counsellorIds` are all free, qualified counsellors. */
export type Slot = {
  officeId: string;
  start: number;
  end: number;
  counsellorIds: string[];
};
