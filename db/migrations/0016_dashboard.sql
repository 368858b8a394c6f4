CREATE TABLE `dashboard_booking_days` (
	`office_id` text NOT NULL,
	`channel` text NOT NULL,
	`status` text NOT NULL,
	`local_date` text NOT NULL,
	`bookings` integer NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`office_id`, `channel`, `status`, `local_date`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "dashboard_booking_days_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk')),
	CONSTRAINT "dashboard_booking_days_status_check" CHECK(status in ('confirmed', 'cancelled', 'completed', 'no_show'))
);
--> statement-breakpoint
CREATE INDEX `dashboard_booking_days_cover_idx` ON `dashboard_booking_days` (`office_id`,`channel`,`status`,`local_date`,`bookings`,`minutes`);--> statement-breakpoint
CREATE TABLE `dashboard_counsellor_days` (
	`counsellor_id` text NOT NULL,
	`office_id` text NOT NULL,
	`local_date` text NOT NULL,
	`bookings` integer NOT NULL,
	`minutes` integer NOT NULL,
	PRIMARY KEY(`counsellor_id`, `office_id`, `local_date`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dashboard_counsellor_days_cover_idx` ON `dashboard_counsellor_days` (`counsellor_id`,`office_id`,`local_date`,`bookings`,`minutes`);--> statement-breakpoint
CREATE TABLE `dashboard_language_days` (
	`office_id` text NOT NULL,
	`language` text NOT NULL,
	`local_date` text NOT NULL,
	`bookings` integer NOT NULL,
	PRIMARY KEY(`office_id`, `language`, `local_date`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dashboard_language_days_cover_idx` ON `dashboard_language_days` (`office_id`,`language`,`local_date`,`bookings`);--> statement-breakpoint
CREATE TABLE `dashboard_wait_days` (
	`office_id` text NOT NULL,
	`channel` text NOT NULL,
	`wait_days` integer NOT NULL,
	`local_date` text NOT NULL,
	`bookings` integer NOT NULL,
	PRIMARY KEY(`office_id`, `channel`, `wait_days`, `local_date`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `dashboard_wait_days_cover_idx` ON `dashboard_wait_days` (`office_id`,`channel`,`wait_days`,`local_date`,`bookings`);--> statement-breakpoint
CREATE TABLE `first_slot_snapshot_runs` (
	`taken_at` text PRIMARY KEY NOT NULL,
	`finished_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `first_slot_wait_days` (
	`office_id` text NOT NULL,
	`channel` text NOT NULL,
	`wait_days` integer NOT NULL,
	`local_date` text NOT NULL,
	`snapshots` integer NOT NULL,
	PRIMARY KEY(`office_id`, `channel`, `wait_days`, `local_date`),
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "first_slot_wait_days_wait_check" CHECK("first_slot_wait_days"."wait_days" >= -1),
	CONSTRAINT "first_slot_wait_days_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk'))
);
--> statement-breakpoint
CREATE INDEX `first_slot_wait_days_cover_idx` ON `first_slot_wait_days` (`office_id`,`channel`,`wait_days`,`local_date`,`snapshots`);--> statement-breakpoint
CREATE TABLE `local_days` (
	`zone` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`local_date` text NOT NULL,
	PRIMARY KEY(`zone`, `starts_at`),
	CONSTRAINT "local_days_interval_check" CHECK("local_days"."starts_at" < "local_days"."ends_at")
);
