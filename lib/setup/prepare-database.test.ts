import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq, sql } from 'drizzle-orm';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { closeDatabase, openDatabase, type Database } from '@/db/client';
import { listPublicHolidaysBetween } from '@/db/queries/holidays';
import { countRows } from '@/db/queries/seed';
import { bookingEvents, bookings } from '@/db/schema/booking';
import { prepareDatabase } from './prepare-database';

const now = new Date('2026-11-28T14:00:00.000Z');
let db: Database;

beforeAll(() => {
  db = openDatabase(':memory:');
  prepareDatabase(db, { now, seedDemoData: true });
});

const tempDirs: string[] = [];
const confirmedId = (database: Database) =>
  database
    .select({ id: bookings.id })
    .from(bookings)
    .where(eq(bookings.status, 'confirmed'))
    .limit(1)
    .get()!.id;
afterEach(() => {
  for (const dir of tempDirs.splice(0)) fs.rmSync(dir, { recursive: true, force: true });
});

describe('prepareDatabase', () => {
  it('migrates, loads NRW holidays and seeds an empty database once', () => {
    const counts = countRows(db);
    expect(counts.offices).toBe(42);
    prepareDatabase(db, { now, seedDemoData: true });
    expect(countRows(db)).toEqual(counts);
    const holidays = listPublicHolidaysBetween(db, 'DE-NW', '2026-01-01', '2026-12-31');
    expect(holidays.map((h) => h.date)).toContain('2026-06-04');
  });

  it('keeps data across restarts and re-creates a deleted database file', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-restart-'));
    tempDirs.push(dir);
    const file = path.join(dir, 'data', 'app.db');
    const first = openDatabase(file);
    prepareDatabase(first, { now, seedDemoData: true });
    const changedId = confirmedId(first);
    first.update(bookings).set({ status: 'cancelled' }).where(eq(bookings.id, changedId)).run();
    const before = countRows(first);
    closeDatabase(first);

    const restarted = openDatabase(file);
    prepareDatabase(restarted, { now: new Date(now.getTime() + 86_400_000), seedDemoData: true });
    expect(countRows(restarted)).toEqual(before);
    const kept = restarted.select().from(bookings).where(eq(bookings.id, changedId)).get();
    expect(kept?.status).toBe('cancelled');
    closeDatabase(restarted);

    fs.rmSync(path.join(dir, 'data'), { recursive: true });
    const fresh = openDatabase(file);
    prepareDatabase(fresh, { now, seedDemoData: true });
    expect(countRows(fresh).bookings).toBe(before.bookings);
    closeDatabase(fresh);
  });

  it('leaves an empty database empty when seeding is off', () => {
    const empty = openDatabase(':memory:');
    prepareDatabase(empty, { now, seedDemoData: false });
    expect(countRows(empty).offices).toBe(0);
    closeDatabase(empty);
  });

  it('opens files in WAL mode with synchronous=FULL and foreign keys on', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bp-db-'));
    tempDirs.push(dir);
    const fileDb = openDatabase(path.join(dir, 'nested', 'test.db'));
    expect(fileDb.$client.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(fileDb.$client.pragma('synchronous', { simple: true })).toBe(2);
    expect(fileDb.$client.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(Number(fileDb.$client.pragma('busy_timeout', { simple: true }))).toBeGreaterThan(0);
    closeDatabase(fileDb);
  });
});

describe('database invariants', () => {
  const confirmed = () =>
    db.select().from(bookings).where(eq(bookings.status, 'confirmed')).limit(1).get()!;

  it('rejects a second confirmed booking that overlaps one of the same counsellor', () => {
    const existing = confirmed();
    const shifted = new Date(Date.parse(existing.startsAt) + 15 * 60_000).toISOString();
    const overlapping = {
      ...existing,
      id: 'overlap-test',
      manageTokenHash: 'x'.repeat(64),
      startsAt: shifted,
      endsAt: new Date(Date.parse(existing.endsAt) + 15 * 60_000).toISOString(),
    };
    expect(() => db.insert(bookings).values(overlapping).run()).toThrow(/overlaps/);
    expect(() =>
      db
        .insert(bookings)
        .values({ ...overlapping, startsAt: existing.startsAt, endsAt: existing.endsAt })
        .run(),
    ).toThrow();
  });

  it('accepts a cancelled booking at the same time', () => {
    const existing = confirmed();
    db.insert(bookings)
      .values({
        ...existing,
        id: 'cancelled-test',
        status: 'cancelled',
        manageTokenHash: 'y'.repeat(64),
      })
      .run();
    expect(db.select().from(bookings).where(eq(bookings.id, 'cancelled-test')).get()?.status).toBe(
      'cancelled',
    );
  });

  it('keeps the booking audit trail append-only', () => {
    expect(() =>
      db
        .update(bookingEvents)
        .set({ type: 'edited' })
        .where(sql`1 = 1`)
        .run(),
    ).toThrow(/append-only/);
    expect(() =>
      db
        .delete(bookingEvents)
        .where(sql`1 = 1`)
        .run(),
    ).toThrow(/append-only/);
  });

  it('enforces channel values and a meeting point exactly for walk and talk', () => {
    const existing = confirmed();
    const base = {
      ...existing,
      id: 'check-test',
      status: 'cancelled' as const,
      manageTokenHash: 'z'.repeat(64),
    };
    expect(() =>
      db
        .insert(bookings)
        .values({ ...base, channel: 'fax' as never })
        .run(),
    ).toThrow(/CHECK/);
    expect(() =>
      db
        .insert(bookings)
        .values({ ...base, channel: 'walk_and_talk', meetingPointId: null })
        .run(),
    ).toThrow(/CHECK/);
  });
});
