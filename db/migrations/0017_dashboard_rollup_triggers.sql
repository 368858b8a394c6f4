-- Keeps the dashboard rollups (db/schema/dashboard.ts) exact: every insert, update and
-- delete of a booking adds its row to them, takes its old row away, or both. Local dates
-- come from `local_days` (filled on start from the IANA zone data); an instant outside it
-- falls back to its UTC date. Hand-written: drizzle-kit does not generate triggers.
CREATE TRIGGER bookings_dashboard_insert AFTER INSERT ON bookings
BEGIN
  INSERT INTO dashboard_booking_days (office_id, channel, status, local_date, bookings, minutes)
  VALUES (NEW.office_id, NEW.channel, NEW.status, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1, CAST(round((julianday(NEW.ends_at) - julianday(NEW.starts_at)) * 1440) AS INTEGER))
  ON CONFLICT (office_id, channel, status, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
  INSERT INTO dashboard_wait_days (office_id, channel, wait_days, local_date, bookings)
  SELECT NEW.office_id, NEW.channel,
    CAST(julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10))) - julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.created_at AND NEW.created_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.created_at, 1, 10))) AS INTEGER),
    coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1
  WHERE NEW.status <> 'cancelled'
  ON CONFLICT (office_id, channel, wait_days, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_language_days (office_id, language, local_date, bookings)
  SELECT NEW.office_id, NEW.language, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1
  WHERE NEW.status <> 'cancelled'
  ON CONFLICT (office_id, language, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_counsellor_days (counsellor_id, office_id, local_date, bookings, minutes)
  SELECT NEW.counsellor_id, NEW.office_id, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1, CAST(round((julianday(NEW.ends_at) - julianday(NEW.starts_at)) * 1440) AS INTEGER)
  WHERE NEW.status <> 'cancelled'
  ON CONFLICT (counsellor_id, office_id, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
END;
--> statement-breakpoint
CREATE TRIGGER bookings_dashboard_update AFTER UPDATE OF office_id, channel, status, starts_at, ends_at, language, counsellor_id, created_at ON bookings
BEGIN
  INSERT INTO dashboard_booking_days (office_id, channel, status, local_date, bookings, minutes)
  VALUES (OLD.office_id, OLD.channel, OLD.status, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1, -CAST(round((julianday(OLD.ends_at) - julianday(OLD.starts_at)) * 1440) AS INTEGER))
  ON CONFLICT (office_id, channel, status, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
  INSERT INTO dashboard_wait_days (office_id, channel, wait_days, local_date, bookings)
  SELECT OLD.office_id, OLD.channel,
    CAST(julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10))) - julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.created_at AND OLD.created_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.created_at, 1, 10))) AS INTEGER),
    coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1
  WHERE OLD.status <> 'cancelled'
  ON CONFLICT (office_id, channel, wait_days, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_language_days (office_id, language, local_date, bookings)
  SELECT OLD.office_id, OLD.language, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1
  WHERE OLD.status <> 'cancelled'
  ON CONFLICT (office_id, language, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_counsellor_days (counsellor_id, office_id, local_date, bookings, minutes)
  SELECT OLD.counsellor_id, OLD.office_id, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1, -CAST(round((julianday(OLD.ends_at) - julianday(OLD.starts_at)) * 1440) AS INTEGER)
  WHERE OLD.status <> 'cancelled'
  ON CONFLICT (counsellor_id, office_id, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
  INSERT INTO dashboard_booking_days (office_id, channel, status, local_date, bookings, minutes)
  VALUES (NEW.office_id, NEW.channel, NEW.status, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1, CAST(round((julianday(NEW.ends_at) - julianday(NEW.starts_at)) * 1440) AS INTEGER))
  ON CONFLICT (office_id, channel, status, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
  INSERT INTO dashboard_wait_days (office_id, channel, wait_days, local_date, bookings)
  SELECT NEW.office_id, NEW.channel,
    CAST(julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10))) - julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.created_at AND NEW.created_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.created_at, 1, 10))) AS INTEGER),
    coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1
  WHERE NEW.status <> 'cancelled'
  ON CONFLICT (office_id, channel, wait_days, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_language_days (office_id, language, local_date, bookings)
  SELECT NEW.office_id, NEW.language, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1
  WHERE NEW.status <> 'cancelled'
  ON CONFLICT (office_id, language, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_counsellor_days (counsellor_id, office_id, local_date, bookings, minutes)
  SELECT NEW.counsellor_id, NEW.office_id, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = NEW.office_id) AND d.starts_at <= NEW.starts_at AND NEW.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(NEW.starts_at, 1, 10)), 1, CAST(round((julianday(NEW.ends_at) - julianday(NEW.starts_at)) * 1440) AS INTEGER)
  WHERE NEW.status <> 'cancelled'
  ON CONFLICT (counsellor_id, office_id, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
END;
--> statement-breakpoint
CREATE TRIGGER bookings_dashboard_delete AFTER DELETE ON bookings
BEGIN
  INSERT INTO dashboard_booking_days (office_id, channel, status, local_date, bookings, minutes)
  VALUES (OLD.office_id, OLD.channel, OLD.status, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1, -CAST(round((julianday(OLD.ends_at) - julianday(OLD.starts_at)) * 1440) AS INTEGER))
  ON CONFLICT (office_id, channel, status, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
  INSERT INTO dashboard_wait_days (office_id, channel, wait_days, local_date, bookings)
  SELECT OLD.office_id, OLD.channel,
    CAST(julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10))) - julianday(coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.created_at AND OLD.created_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.created_at, 1, 10))) AS INTEGER),
    coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1
  WHERE OLD.status <> 'cancelled'
  ON CONFLICT (office_id, channel, wait_days, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_language_days (office_id, language, local_date, bookings)
  SELECT OLD.office_id, OLD.language, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1
  WHERE OLD.status <> 'cancelled'
  ON CONFLICT (office_id, language, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings;
  INSERT INTO dashboard_counsellor_days (counsellor_id, office_id, local_date, bookings, minutes)
  SELECT OLD.counsellor_id, OLD.office_id, coalesce((SELECT d.local_date FROM local_days d WHERE d.zone = (SELECT o.time_zone FROM offices o WHERE o.id = OLD.office_id) AND d.starts_at <= OLD.starts_at AND OLD.starts_at < d.ends_at ORDER BY d.starts_at DESC LIMIT 1), substr(OLD.starts_at, 1, 10)), -1, -CAST(round((julianday(OLD.ends_at) - julianday(OLD.starts_at)) * 1440) AS INTEGER)
  WHERE OLD.status <> 'cancelled'
  ON CONFLICT (counsellor_id, office_id, local_date) DO UPDATE
  SET bookings = bookings + excluded.bookings, minutes = minutes + excluded.minutes;
END;
