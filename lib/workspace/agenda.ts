import type { Database } from '@/db/client';
import type { BookingNeeds } from '@/db/schema/booking';
import {
  listAgendaRows,
  listEventsOfBookings,
  listRoomBlocksOf,
  type AgendaRow,
} from '@/db/queries/workspace-agenda';
import {
  addDaysToLocalDate,
  localDateOf,
  startOfLocalDay,
  type LocalDate,
} from '@/lib/calendar/local-date';
import { groupBy } from '@/lib/collections';
import {
  clientPresenceOf,
  isNoShowCandidate,
  joinRefusalOf,
  videoEventTypes,
  type ClientPresence,
} from '@/lib/video/session-rules';
import {
  callStartedEvent,
  canStartCall,
  isCall,
  outcomeEventTypes,
  recordedOutcomeOf,
  type Outcome,
  type WorkspaceEvent,
} from './outcome-rules';
import { coveringBlock, type WeeklyBlock } from './availability-rules';

/** Days of the agenda after today ("the week"), and how far back outcomes are asked for. */
export const weekDays = 7;
export const outcomeLookbackDays = 14;

export type AgendaItem = Omit<AgendaRow, 'hasNote' | 'isHandedOver' | 'needs'> & {
  needs: BookingNeeds | null;
  date: LocalDate;
  /** Before its start, running now, or over. */
  phase: 'upcoming' | 'running' | 'past';
  outcome: Outcome | null;
  /** Over, still confirmed: the counsellor has not said what happened yet. */
  needsOutcome: boolean;
  presence: ClientPresence | null;
  /** Video: the room can be entered now (15 minutes before until 30 after). */
  isRoomOpen: boolean;
  /** Video: the window closed and the client never came; the counsellor may confirm it. */
  isNoShowProposed: boolean;
  /** A phone appointment, or a video one that moved to the phone. */
  isCall: boolean;
  canStartCall: boolean;
  callStartedAt: string | null;
  hasNote: boolean;
  isHandedOver: boolean;
  /** In person: the room of the block the appointment lies in, when that block names one. */
  room: string | null;
};

export type AgendaDay = { date: LocalDate; items: AgendaItem[] };

export type Agenda = {
  today: LocalDate;
  /** The current or next confirmed appointment, shown first and taken out of the lists. */
  next: AgendaItem | null;
  todayItems: AgendaItem[];
  /** The seven days after today, each day listed even when empty. */
  week: AgendaDay[];
  /** Earlier days' appointments that still wait for an outcome. */
  awaitingOutcome: AgendaItem[];
};

export const agendaEventTypes = [
  ...videoEventTypes,
  ...outcomeEventTypes,
  callStartedEvent,
] as const;

function phaseOf(row: { startsAt: string; endsAt: string }, now: Date): AgendaItem['phase'] {
  if (now.getTime() < Date.parse(row.startsAt)) return 'upcoming';
  return now.getTime() < Date.parse(row.endsAt) ? 'running' : 'past';
}

/** One appointment with everything the agenda derives from its events and the clock. */
/** The room of a presence appointment, from the block it lies in. */
export function roomOf(row: AgendaRow, roomBlocks: readonly WeeklyBlock[]): string | null {
  if (row.channel !== 'presence') return null;
  const appointment = { ...row, zone: row.officeTimeZone };
  return coveringBlock(appointment, roomBlocks)?.room ?? null;
}

export function toAgendaItem(
  row: AgendaRow,
  events: readonly WorkspaceEvent[],
  now: Date,
  roomBlocks: readonly WeeklyBlock[] = [],
): AgendaItem {
  const { hasNote, isHandedOver, needs, ...rest } = row;
  const phase = phaseOf(row, now);
  const calls = events.filter((e) => e.type === callStartedEvent);
  return {
    ...rest,
    needs: needs ?? null,
    date: localDateOf(new Date(row.startsAt), row.officeTimeZone),
    phase,
    outcome: recordedOutcomeOf(row, events),
    needsOutcome: phase === 'past' && row.status === 'confirmed',
    presence: row.channel === 'video' ? clientPresenceOf(events) : null,
    isRoomOpen: joinRefusalOf(row, events, now) === null,
    isNoShowProposed: isNoShowCandidate(row, events, now),
    isCall: isCall(row, events),
    canStartCall: canStartCall(row, events, now),
    callStartedAt: calls.at(-1)?.occurredAt ?? null,
    hasNote: Boolean(hasNote),
    isHandedOver: Boolean(isHandedOver),
    room: roomOf(row, roomBlocks),
  };
}

/**
 * Splits the appointments into the agenda's parts. Pure: the rows, their events and the
 * clock in; the sections out. Days are the office's local days.
 */
export function buildAgenda(
  rows: readonly AgendaRow[],
  events: readonly (WorkspaceEvent & { bookingId: string })[],
  now: Date,
  zone: string,
  roomBlocks: readonly WeeklyBlock[] = [],
): Agenda {
  const today = localDateOf(now, zone);
  const eventsByBooking = groupBy(events, (e) => e.bookingId);
  const items = rows.map((row) =>
    toAgendaItem(row, eventsByBooking.get(row.id) ?? [], now, roomBlocks),
  );
  const next = items.find((i) => i.status === 'confirmed' && i.phase !== 'past') ?? null;
  const listed = items.filter((i) => i !== next);
  const week = Array.from({ length: weekDays }, (_, n) => {
    const date = addDaysToLocalDate(today, n + 1);
    return { date, items: listed.filter((i) => i.date === date) };
  });
  return {
    today,
    next,
    todayItems: listed.filter((i) => i.date === today),
    week,
    awaitingOutcome: items.filter((i) => i.date < today && i.needsOutcome),
  };
}

/** The counsellor's agenda: earlier days awaiting outcomes, today, and the next seven days. */
export function loadAgenda(
  db: Database,
  counsellorId: string,
  now: Date,
  locale: string,
  zone = 'Europe/Berlin',
): Agenda {
  const today = localDateOf(now, zone);
  const rows = listAgendaRows(
    db,
    counsellorId,
    {
      from: startOfLocalDay(addDaysToLocalDate(today, -outcomeLookbackDays), zone).toISOString(),
      to: startOfLocalDay(addDaysToLocalDate(today, weekDays + 1), zone).toISOString(),
    },
    locale,
  );
  const events = listEventsOfBookings(
    db,
    rows.map((r) => r.id),
    agendaEventTypes,
  );
  return buildAgenda(rows, events, now, zone, listRoomBlocksOf(db, counsellorId));
}
