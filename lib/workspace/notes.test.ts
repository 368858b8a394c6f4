import { beforeEach, describe, expect, it } from 'vitest';
import type { Database } from '@/db/client';
import { bookingNotes } from '@/db/schema/workspace';
import { eraseExpiredNotes, eraseNotesOfBookings, readNote, saveNote } from './notes';
import {
  createWorkspaceDatabase,
  fixtureNow,
  insertAppointment,
  staffActor,
  workspaceDeps,
} from './test-fixture';

let db: Database;
beforeEach(() => {
  db = createWorkspaceDatabase();
});

describe('private notes', () => {
  it('are read back only by their author', () => {
    const id = insertAppointment(db, { startsAt: '2026-11-30T06:00:00.000Z' });
    const c1 = staffActor(db, 'c1');
    saveNote(workspaceDeps(db), c1, id, '  Lebenslauf mitbringen lassen  ');
    expect(readNote(db, c1, id)).toBe('Lebenslauf mitbringen lassen');
    // A colleague does not see the booking; the team lead sees it but not the note.
    expect(() => readNote(db, staffActor(db, 'c2'), id)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
    expect(() => readNote(db, staffActor(db, 'l1'), id)).toThrow(
      expect.objectContaining({ code: 'FORBIDDEN' }),
    );
    expect(() => readNote(db, { kind: 'manage-token', token: 'anything' }, id)).toThrow(
      expect.objectContaining({ code: 'NOT_FOUND' }),
    );
  });

  it('are updated in place, deleted when emptied, and kept short', () => {
    const id = insertAppointment(db, { startsAt: '2026-11-30T06:00:00.000Z' });
    const c1 = staffActor(db, 'c1');
    saveNote(workspaceDeps(db), c1, id, 'erste Fassung');
    saveNote(workspaceDeps(db), c1, id, 'zweite Fassung');
    expect(db.select().from(bookingNotes).all()).toHaveLength(1);
    expect(readNote(db, c1, id)).toBe('zweite Fassung');
    saveNote(workspaceDeps(db), c1, id, '   ');
    expect(readNote(db, c1, id)).toBeNull();
    expect(() => saveNote(workspaceDeps(db), c1, id, 'x'.repeat(1001))).toThrow(
      expect.objectContaining({ reason: 'note_too_long' }),
    );
  });
});

describe('retention', () => {
  it('erases the notes of the given bookings and nothing else', () => {
    const c1 = staffActor(db, 'c1');
    const a = insertAppointment(db, { startsAt: '2026-11-30T06:00:00.000Z' });
    const b = insertAppointment(db, { startsAt: '2026-11-27T06:00:00.000Z' });
    saveNote(workspaceDeps(db), c1, a, 'a');
    saveNote(workspaceDeps(db), c1, b, 'b');
    expect(eraseNotesOfBookings(db, [a])).toBe(1);
    expect(readNote(db, c1, a)).toBeNull();
    expect(readNote(db, c1, b)).toBe('b');
  });

  it('erases notes of bookings that ended before the retention period, keeps newer ones', () => {
    const c1 = staffActor(db, 'c1');
    const old = insertAppointment(db, { startsAt: '2026-05-04T08:00:00.000Z' });
    const recent = insertAppointment(db, { startsAt: '2026-11-27T08:00:00.000Z' });
    const earlier = new Date('2026-05-04T10:00:00.000Z');
    saveNote(workspaceDeps(db, earlier), c1, old, 'alt');
    saveNote(workspaceDeps(db), c1, recent, 'neu');
    // fixtureNow is 30 November: the May appointment is more than 180 days over.
    expect(eraseExpiredNotes(workspaceDeps(db, fixtureNow), 180)).toEqual({
      bookings: 1,
      notes: 1,
    });
    expect(db.select({ bookingId: bookingNotes.bookingId }).from(bookingNotes).all()).toEqual([
      { bookingId: recent },
    ]);
  });
});
