CREATE TABLE `waitlist_entries` (
	`id` text PRIMARY KEY NOT NULL,
	`office_id` text NOT NULL,
	`service_id` text NOT NULL,
	`channel` text NOT NULL,
	`name` text NOT NULL,
	`email` text NOT NULL,
	`phone` text,
	`locale` text NOT NULL,
	`earliest_date` text,
	`latest_date` text,
	`weekdays` text,
	`part_of_day` text,
	`status` text DEFAULT 'waiting' NOT NULL,
	`leave_token_hash` text NOT NULL,
	`sealed_leave_token` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`office_id`) REFERENCES `offices`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`service_id`) REFERENCES `services`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "waitlist_entries_status_check" CHECK(status in ('waiting', 'booked', 'left')),
	CONSTRAINT "waitlist_entries_channel_check" CHECK(channel in ('presence', 'phone', 'video', 'walk_and_talk')),
	CONSTRAINT "waitlist_entries_part_check" CHECK("waitlist_entries"."part_of_day" is null or part_of_day in ('morning', 'afternoon'))
);
--> statement-breakpoint
CREATE INDEX `waitlist_entries_office_status_idx` ON `waitlist_entries` (`office_id`,`status`,`created_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `waitlist_entries_leave_token_unique` ON `waitlist_entries` (`leave_token_hash`);--> statement-breakpoint
CREATE TABLE `waitlist_offers` (
	`id` text PRIMARY KEY NOT NULL,
	`entry_id` text NOT NULL,
	`counsellor_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	`hold_id` text NOT NULL,
	`sealed_hold_token` text NOT NULL,
	`status` text DEFAULT 'open' NOT NULL,
	`booking_id` text,
	`expires_at` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `waitlist_entries`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`counsellor_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "waitlist_offers_status_check" CHECK(status in ('open', 'accepted', 'lapsed', 'withdrawn'))
);
--> statement-breakpoint
CREATE INDEX `waitlist_offers_status_expires_idx` ON `waitlist_offers` (`status`,`expires_at`);--> statement-breakpoint
CREATE INDEX `waitlist_offers_slot_idx` ON `waitlist_offers` (`counsellor_id`,`starts_at`);--> statement-breakpoint
CREATE UNIQUE INDEX `waitlist_offers_one_open_per_entry` ON `waitlist_offers` (`entry_id`) WHERE status = 'open';--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`idempotency_key` text NOT NULL,
	`booking_id` text,
	`payload` text NOT NULL,
	`status` text DEFAULT 'pending' NOT NULL,
	`outcome` text,
	`run_at` text NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`max_attempts` integer NOT NULL,
	`locked_by` text,
	`locked_until` text,
	`last_error` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	`finished_at` text,
	FOREIGN KEY (`booking_id`) REFERENCES `bookings`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "jobs_kind_check" CHECK(kind in ('booking_confirmation', 'booking_change', 'booking_cancellation', 'booking_reminder', 'staff_notice', 'waitlist_offer')),
	CONSTRAINT "jobs_status_check" CHECK(status in ('pending', 'running', 'done', 'failed', 'cancelled')),
	CONSTRAINT "jobs_attempts_check" CHECK("__new_jobs"."attempts" >= 0 and "__new_jobs"."max_attempts" >= 1)
);
--> statement-breakpoint
INSERT INTO `__new_jobs`("id", "kind", "idempotency_key", "booking_id", "payload", "status", "outcome", "run_at", "attempts", "max_attempts", "locked_by", "locked_until", "last_error", "created_at", "updated_at", "finished_at") SELECT "id", "kind", "idempotency_key", "booking_id", "payload", "status", "outcome", "run_at", "attempts", "max_attempts", "locked_by", "locked_until", "last_error", "created_at", "updated_at", "finished_at" FROM `jobs`;--> statement-breakpoint
DROP TABLE `jobs`;--> statement-breakpoint
ALTER TABLE `__new_jobs` RENAME TO `jobs`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `jobs_idempotency_key_unique` ON `jobs` (`idempotency_key`);--> statement-breakpoint
CREATE INDEX `jobs_status_run_at_idx` ON `jobs` (`status`,`run_at`);--> statement-breakpoint
CREATE INDEX `jobs_booking_idx` ON `jobs` (`booking_id`,`status`);