CREATE TABLE `calendar_busy_intervals` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`staff_id` text NOT NULL,
	`starts_at` text NOT NULL,
	`ends_at` text NOT NULL,
	FOREIGN KEY (`staff_id`) REFERENCES `calendar_connections`(`staff_id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "calendar_busy_order_check" CHECK("calendar_busy_intervals"."ends_at" > "calendar_busy_intervals"."starts_at")
);
--> statement-breakpoint
CREATE INDEX `calendar_busy_staff_idx` ON `calendar_busy_intervals` (`staff_id`,`starts_at`);--> statement-breakpoint
CREATE TABLE `calendar_connections` (
	`staff_id` text PRIMARY KEY NOT NULL,
	`calendar_url` text NOT NULL,
	`username` text NOT NULL,
	`sealed_password` text NOT NULL,
	`connected_at` text NOT NULL,
	`last_pull_at` text,
	`last_success_at` text,
	`last_error_reason` text,
	`last_error_at` text,
	`pull_locked_until` text,
	FOREIGN KEY (`staff_id`) REFERENCES `staff`(`id`) ON UPDATE no action ON DELETE no action,
	CONSTRAINT "calendar_connections_error_check" CHECK(last_error_reason is null or last_error_reason in ('auth_refused', 'not_found', 'not_a_calendar', 'tls_failed', 'unreachable', 'timeout', 'server_error', 'invalid_data'))
);
--> statement-breakpoint
CREATE TABLE `calendar_pushed_events` (
	`booking_id` text NOT NULL,
	`staff_id` text NOT NULL,
	`href` text NOT NULL,
	`pushed_at` text NOT NULL,
	PRIMARY KEY(`booking_id`, `staff_id`),
	FOREIGN KEY (`staff_id`) REFERENCES `calendar_connections`(`staff_id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
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
	CONSTRAINT "jobs_kind_check" CHECK(kind in ('booking_confirmation', 'booking_change', 'booking_cancellation', 'booking_reminder', 'staff_notice', 'waitlist_offer', 'calendar_push')),
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