-- The audit trail is append-only: changes are new events, never edits.
CREATE TRIGGER booking_events_no_update BEFORE UPDATE ON booking_events
BEGIN
  SELECT RAISE(ABORT, 'booking_events is append-only');
END;
--> statement-breakpoint
CREATE TRIGGER booking_events_no_delete BEFORE DELETE ON booking_events
BEGIN
  SELECT RAISE(ABORT, 'booking_events is append-only');
END;
--> statement-breakpoint
-- No counsellor has two confirmed appointments that overlap ([start, end) intervals).
-- The booking service checks this inside its write transaction; these triggers are the
-- last line of defence for every other writer.
CREATE TRIGGER bookings_no_overlap_insert BEFORE INSERT ON bookings
WHEN NEW.status = 'confirmed'
BEGIN
  SELECT RAISE(ABORT, 'booking overlaps a confirmed booking of the same counsellor')
  WHERE EXISTS (
    SELECT 1 FROM bookings b
    WHERE b.counsellor_id = NEW.counsellor_id
      AND b.status = 'confirmed'
      AND b.starts_at < NEW.ends_at
      AND NEW.starts_at < b.ends_at
  );
END;
--> statement-breakpoint
CREATE TRIGGER bookings_no_overlap_update BEFORE UPDATE OF counsellor_id, starts_at, ends_at, status ON bookings
WHEN NEW.status = 'confirmed'
BEGIN
  SELECT RAISE(ABORT, 'booking overlaps a confirmed booking of the same counsellor')
  WHERE EXISTS (
    SELECT 1 FROM bookings b
    WHERE b.id <> NEW.id
      AND b.counsellor_id = NEW.counsellor_id
      AND b.status = 'confirmed'
      AND b.starts_at < NEW.ends_at
      AND NEW.starts_at < b.ends_at
  );
END;
