import { and, asc, count, eq, ne } from 'drizzle-orm';
import { meetingPoints } from '../schema/organisation';
import type { Executor } from '../transaction';

export type MeetingPointRow = typeof meetingPoints.$inferSelect;
export type MeetingPointChanges = Pick<
  MeetingPointRow,
  'name' | 'description' | 'isStepFree' | 'typicalDurationMinutes'
>;

/** An office's meeting points, active or not, by name. */
export function listMeetingPointsOf(ex: Executor, officeId: string): MeetingPointRow[] {
  return ex
    .select()
    .from(meetingPoints)
    .where(eq(meetingPoints.officeId, officeId))
    .orderBy(asc(meetingPoints.name))
    .all();
}

export function findMeetingPoint(ex: Executor, id: string): MeetingPointRow | undefined {
  return ex.select().from(meetingPoints).where(eq(meetingPoints.id, id)).get();
}

/** Active meeting points of an office, other than `exceptId`. */
export function countActiveMeetingPoints(ex: Executor, officeId: string, exceptId?: string) {
  const row = ex
    .select({ n: count() })
    .from(meetingPoints)
    .where(
      and(
        eq(meetingPoints.officeId, officeId),
        eq(meetingPoints.active, true),
        exceptId ? ne(meetingPoints.id, exceptId) : undefined,
      ),
    )
    .get();
  return row?.n ?? 0;
}

export function insertMeetingPoint(ex: Executor, row: typeof meetingPoints.$inferInsert): void {
  ex.insert(meetingPoints).values(row).run();
}

export function updateMeetingPoint(ex: Executor, id: string, changes: MeetingPointChanges): void {
  ex.update(meetingPoints).set(changes).where(eq(meetingPoints.id, id)).run();
}

export function setMeetingPointActive(ex: Executor, id: string, isActive: boolean): void {
  ex.update(meetingPoints).set({ active: isActive }).where(eq(meetingPoints.id, id)).run();
}
